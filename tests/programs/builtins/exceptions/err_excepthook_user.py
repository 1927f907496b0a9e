import sys
print(sys.excepthook is sys.__excepthook__)
def hook(t, v, tb):
    print("hook", t.__name__, v, tb.tb_lineno)
sys.excepthook = hook
raise ValueError("x")
