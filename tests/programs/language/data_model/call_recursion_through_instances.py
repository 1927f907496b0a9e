# An instance whose class's __call__ is an instance of that class calls on until the
# recursion limit, as CPython's slot_tp_call guards it.
class A:
    pass
A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError", e)
