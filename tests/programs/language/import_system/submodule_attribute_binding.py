import pkgs.rel
print(hasattr(pkgs.rel, "top"))
import pkgs.rel.top
print(hasattr(pkgs.rel, "top"), hasattr(pkgs.rel, "sub"))
