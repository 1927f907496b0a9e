# string.Formatter uses _string to parse and then formats each field.
import string

f = string.Formatter()
print(f.format("{0} + {1} = {2}", 1, 2, 3))
print(f.format("{name:>8}|{0:.2f}", 3.14159, name="pi"))
print(f.format("{a.real} {b[1]} {c[k]}", a=5, b=[7, 8], c={"k": "v"}))
print(f.format("{!r} {!s} {!a}", "x", "y", "\u00e9"))
print(f.format("{0:{1}}", 42, "^10"))
print(f.vformat("{x}-{y}", (), {"x": 1, "y": 2}))
print(list(f.parse("a{b}c")))
print(f.get_field("a.real", (), {"a": 3}))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()

print(Upper().format("{} and {}", "abc", "def"))
for bad in ["{0", "}", "{0!x}", "{}{0}"]:
    try:
        print(f.format(bad, 1))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
