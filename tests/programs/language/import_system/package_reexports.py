import pkgs.alpha as alpha
print(alpha.helper())
from pkgs.alpha import beta as b2
print(b2 is alpha.beta)
