print(b"%s %d" % (b"ab", 5), b"%x" % 255, b"%c" % 65, b"%c" % b"z", b"%5s|" % b"q", b"%-5s|" % b"q", b"%r" % b"x", b"%a" % "é")
print(bytearray(b"%s") % b"v", b"%(k)s" % {b"k": b"val"}, b"%b" % b"bb", b"%%")
for args in [("%s", "str"), ("%s", 5), ("%c", 256), ("%c", b"ab"), ("%d", b"1")]:
    try:
        print(args[0].encode() % args[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
print(b"%s" % memoryview(b"mv"), b"%s" % bytearray(b"ba"))
