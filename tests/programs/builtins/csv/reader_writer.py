# csv over _csv: reading quoted fields, doubled quotes, escapes, embedded newlines, spaces,
# strict mode, the 3.12 quoting modes (numeric, strings, not-null), unterminated quotes,
# bare newlines, field size limits; writing with each quoting mode, escapes, doubled quotes,
# single empty fields, None and floats; dialects, their checks and the registry;
# DictReader/DictWriter and the Sniffer on top.
import csv
import io

def read(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=""), **kw)
        return list(r), r.line_num
    except Exception as e:
        return type(e).__name__, str(e)

cases = [
    ("a,b,c\r\n1,2,3\r\n", {}),
    ('"a,b",c\n"say ""hi""",d\n', {}),
    ('"multi\nline",x\nnext,y\n', {}),
    ("a, b,  c\n", {"skipinitialspace": True}),
    ("a\\,b,c\n", {"escapechar": "\\"}),
    ('"a\\"b",c\n', {"escapechar": "\\", "doublequote": False}),
    ('"a"b,c\n', {}),
    ('"a"b,c\n', {"strict": True}),
    ('"unterminated\n', {}),
    ('"unterminated\n', {"strict": True}),
    ("1,2.5,\"x\",\n", {"quoting": csv.QUOTE_NONNUMERIC}),
    ("1,abc\n", {"quoting": csv.QUOTE_NONNUMERIC}),
    (',"",1,"s"\n', {"quoting": csv.QUOTE_STRINGS}),
    (',"",x\n', {"quoting": csv.QUOTE_NOTNULL}),
    ('a"b,"c"\n', {"quoting": csv.QUOTE_NONE}),
    ("a;b;c\n", {"delimiter": ";"}),
    ("\n\na,b\n\n", {}),
    ("a,b\rc,d\r", {}),
    ("a\tb\n", {"dialect": "excel-tab"}),
    ("x" * 20 + "\n", {}),
    ("a,\"b\nc\"\rd\n", {}),
]
for text, kw in cases:
    print(repr(text), kw, read(text, **kw))
print(read("a\x00b,c\n"))
old = csv.field_size_limit(10)
print(old, read("abcdefghijklmnop\n"), csv.field_size_limit(old))
print(read("a,b\nc,d", lineterminator="x"))
try:
    list(csv.reader([b"bytes"]))
except csv.Error as e:
    print(e)

def write(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            w.writerow(row)
        return out.getvalue()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

rows = [["a", "b,c", 'd"e', "f\ng", "", None, 1, 2.5, True, " lead"], [], [""], [None], ["x y"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC},
           {"quoting": csv.QUOTE_STRINGS}, {"quoting": csv.QUOTE_NOTNULL},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"quoting": csv.QUOTE_NONE},
           {"doublequote": False, "escapechar": "\\"}, {"doublequote": False},
           {"delimiter": "\t", "lineterminator": "\n"}, {"quotechar": "'"},
           {"escapechar": "\\"}]:
    print(kw, repr(write(rows, **kw)))
print(repr(write([[""]], quoting=csv.QUOTE_NONE)), repr(write([1])), repr(write([["a"]], lineterminator="!")))
for kw in [dict(delimiter=""), dict(delimiter=None), dict(delimiter=1), dict(delimiter="ab"),
           dict(quotechar=""), dict(quoting=9), dict(quoting=3), dict(quotechar=None),
           dict(lineterminator=1), dict(escapechar="ab"), dict(bogus=1), dict(quotechar=None, quoting=0)]:
    try:
        d = csv.reader([], **kw).dialect
        print("ok", repr(d.delimiter), repr(d.quotechar), d.quoting, d.doublequote, repr(d.lineterminator))
    except Exception as e:
        print(type(e).__name__, e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
print(list(csv.reader(["a|b"], "pipes")))
csv.unregister_dialect("pipes")
for f in [lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"),
          lambda: csv.reader([], "nope")]:
    try:
        f()
    except csv.Error as e:
        print(type(e).__name__, e)

class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
print(repr(write([["a;b", "c"]], dialect=Semi)))
try:
    class Bad(csv.Dialect):
        delimiter = ";;"
    Bad()
except csv.Error as e:
    print(type(e).__name__, e)
buf = io.StringIO()
dw = csv.DictWriter(buf, ["x", "y"])
dw.writeheader()
dw.writerows([{"x": 1, "y": "two"}, {"x": 3}])
print(repr(buf.getvalue()))
print(list(csv.DictReader(io.StringIO(buf.getvalue()))))
s = csv.Sniffer()
d = s.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, s.has_header("name,age\nbob,3\nann,4\n"))
print(type(csv.reader([])).__name__, type(csv.writer(io.StringIO())).__name__, csv.Error.__module__)
