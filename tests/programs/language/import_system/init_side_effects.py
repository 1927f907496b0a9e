print("before import")
import pkgs.noisy
print("after first import")
import pkgs.noisy
print("second import is silent")
import importlib
importlib.reload(pkgs.noisy)
print("reloaded, count =", pkgs.noisy.LOADS)
