import marshal
class F:
    def __init__(self, data):
        self.data = data; self.pos = 0
    def read(self, n=-1):
        print("read", n)
        if n < 0: n = len(self.data) - self.pos
        r = self.data[self.pos:self.pos+n]; self.pos += len(r); return r
    def readinto(self, buf):
        print("readinto", len(buf), type(buf).__name__)
        r = self.data[self.pos:self.pos+len(buf)]; buf[:len(r)] = r; self.pos += len(r); return len(r)
    def write(self, b):
        print("write", type(b).__name__, len(b))
f = F(marshal.dumps(([1, "ab"], 2.5)) + marshal.dumps(7))
print(marshal.load(f), f.pos)
print(marshal.load(f), f.pos)
try:
    marshal.load(f)
except EOFError as e:
    print(e)
marshal.dump({"a": 1}, f)
class G:
    def read(self, n): return "str"
try:
    marshal.load(G())
except TypeError as e:
    print(e)
half = F(marshal.dumps("a longer string")[:6])
try:
    marshal.load(half)
except EOFError as e:
    print(type(e).__name__, e)
class Greedy(F):
    def readinto(self, buf):
        return len(buf) + 1
try:
    marshal.load(Greedy(b"N"))
except ValueError as e:
    print(type(e).__name__, e)
class Broken(F):
    def readinto(self, buf):
        raise OSError("disk gone")
try:
    marshal.load(Broken(b"N"))
except OSError as e:
    print(type(e).__name__, e)
