import sys, types
m = types.ModuleType("fake_mod", "doc of fake")
m.value = 99
sys.modules["fake_mod"] = m
import fake_mod
print(fake_mod.value, fake_mod.__doc__, fake_mod.__name__, repr(fake_mod))
del sys.modules["fake_mod"]
try:
    import fake_mod as again
    print("still bound", again is m)
except ImportError as e:
    print(type(e).__name__, e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
