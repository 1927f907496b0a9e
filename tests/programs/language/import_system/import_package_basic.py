import pkgs.alpha
import pkgs.alpha.beta as beta
from pkgs.alpha import gamma
print(pkgs.alpha.NAME, beta.value(), gamma.describe())
print(pkgs.alpha.__name__, beta.__name__, gamma.__package__)
print(sorted(k for k in pkgs.alpha.__dict__ if not k.startswith("__")))
