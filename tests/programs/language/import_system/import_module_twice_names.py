import pkgs.alpha.beta
import pkgs.alpha.beta as b
from pkgs.alpha.beta import value
print(b is pkgs.alpha.beta, value is b.value)
import sys
print(sorted(k for k in sys.modules if k.startswith("pkgs")))
