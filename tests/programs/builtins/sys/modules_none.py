# A None entry in sys.modules stops an import of that name, submodules included.
import sys
sys.modules["json.fake"] = None
try:
    import json.fake
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.modules["zzblocked"] = None
try:
    from zzblocked import x
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__("zzblocked")
except ImportError as e:
    print(type(e).__name__, e, e.name)
