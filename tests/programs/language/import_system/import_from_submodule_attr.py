from pkgs.alpha.beta import value, CONSTANT
print(value(), CONSTANT)
import pkgs
print(hasattr(pkgs, "alpha"))
