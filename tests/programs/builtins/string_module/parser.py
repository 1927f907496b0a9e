# _string.formatter_parser yields (literal, field_name, format_spec, conversion).
import _string

for s in ["a{0!r:>{w}}b{{c}}d{x.y[1]}e{}", "", "}}", "{{", "plain", "{:}", "{0!s}", "{a[}]}x",
          "{!r}", "{0:{1}{2}}", "x{}y{}z", "\u00e9{n}\u4e2d"]:
    print(repr(s), list(_string.formatter_parser(s)))
print(type(_string.formatter_parser("")).__name__)
