import io, sys
buf = io.StringIO()
print("to buffer", 42, file=buf)
print("second", file=buf, end="!")
print(repr(buf.getvalue()))
print("to stderr-less stdout", file=sys.stdout, flush=True)
print("explicit none file", file=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("a", "b", sep="+", file=w)
print(w.parts)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class Flushy:
    def write(self, s): pass
    def flush(self): print("flushed!")
print("q", file=Flushy(), flush=True)
