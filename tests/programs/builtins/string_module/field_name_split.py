# _string.formatter_field_name_split: the first part and an iterator of (is_attr, key).
import _string

for name in ["a.b[0][x].c", "0", "", "12[3]", "a]x", ".b", "[0]", "x[ 1 ]", "\u0661\u0662"]:
    first, rest = _string.formatter_field_name_split(name)
    print(repr(name), repr(first), list(rest))
for name in ["a.", "a[", "a[]", "a[0]x", "a..b"]:
    first, rest = _string.formatter_field_name_split(name)
    out = []
    try:
        for x in rest:
            out.append(x)
    except ValueError as e:
        out.append(("ValueError", str(e)))
    print(repr(name), repr(first), out)
print(type(_string.formatter_field_name_split("a")[1]).__name__)
try:
    _string.formatter_field_name_split(3)
except TypeError as e:
    print("TypeError", e)
