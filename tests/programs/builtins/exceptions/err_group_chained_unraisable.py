class Outer:
    class Inner(Exception):
        pass
class Bad(Exception):
    def __str__(self):
        raise RuntimeError
class Del:
    def __del__(self):
        raise ValueError("in del")
d = Del()
del d
try:
    raise Bad()
except Bad as b:
    import sys
    sys.stderr.write("ok\n")
try:
    raise Outer.Inner("x")
except Exception as e:
    try:
        raise Bad() from e
    except Bad as b2:
        raise ExceptionGroup("eg", [b2, Outer.Inner("y")])
