# traceback.format_exc through linecache/tokenize (full-line statements: no carets).
import traceback


def fail():
    raise KeyError("missing")


try:
    fail()
except KeyError:
    text = traceback.format_exc()
print(text.replace(__file__, "FILE"))
