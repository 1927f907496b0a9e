import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "it.txt")
with open(p, "w") as f:
    f.writelines(["line%d\n" % i for i in range(5)])
    print(f.tell())
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
    print(repr(f.readline()), f.tell())
    f.seek(0)
    print(repr(f.read(7)), f.tell())
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
with open(p) as f:
    f.readline()
    print(next(f), end="")
    print(f.readline(3), f.readline(100), end="")
with open(p, "r+") as f:
    f.truncate(12)
with open(p) as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
