def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e.args), type(e.__cause__).__name__)

def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("x") from KeyError("cause")
def r4(): raise ValueError from TypeError
def r5(): raise TypeError("t") from None
for f in [r1, r2, r3, r4, r5]:
    attempt(f)
try:
    raise
except RuntimeError as e:
    print(e)
