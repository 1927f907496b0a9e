import sys, os
print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
sys.path.append("/nonexistent-dir-for-test")
print(sys.path[-1])
sys.path.pop()
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, __name__)
