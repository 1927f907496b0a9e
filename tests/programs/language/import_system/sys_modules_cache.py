import sys
import pkgs.counter as c1
import pkgs.counter as c2
print(c1 is c2, "pkgs.counter" in sys.modules, c1.hits())
del sys.modules["pkgs.counter"]
import pkgs.counter as c3
print(c3 is c1, c3.hits())
sys.modules["fake_module"] = type(sys)("fake_module")
sys.modules["fake_module"].attr = "injected"
import fake_module
print(fake_module.attr, fake_module.__name__)
