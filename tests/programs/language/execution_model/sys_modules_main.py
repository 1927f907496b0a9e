import sys
me = sys.modules[__name__]
def hello():
    return "hello from main"
print(me.hello(), sorted(k for k in ("sys", "builtins", "__main__") if k in sys.modules))
