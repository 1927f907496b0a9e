import errno, os, tempfile
d = tempfile.mkdtemp()
try:
    os.rmdir(os.path.join(d, "nope"))
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
try:
    os.mkdir(d)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
try:
    os.listdir(os.path.join(d, "x", "y"))
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
p = os.path.join(d, "f")
open(p, "w").close()
try:
    os.listdir(p)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno])
try:
    os.close(-1)
except OSError as e:
    print(type(e).__name__, errno.errorcode[e.errno], e)
os.remove(p)
os.rmdir(d)
