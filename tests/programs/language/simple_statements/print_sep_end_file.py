import io
buf = io.StringIO()
print("a", 1, None, sep="|", end=";", file=buf)
print("b", file=buf)
print(repr(buf.getvalue()))
print(*"abc")
print("%s" % "percent", "{}".format("format"))
