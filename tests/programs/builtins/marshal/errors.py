import marshal
for v in (object(), [object()], lambda: 0, iter([]), {1: object()}):
    try:
        marshal.dumps(v)
    except ValueError as e:
        print(type(e).__name__, e)
for h in ("", "e9", "ff", "73", "da05616263"):
    try:
        marshal.loads(bytes.fromhex(h))
    except (EOFError, ValueError) as e:
        print(repr(h), type(e).__name__, e)
try:
    marshal.loads("str")
except TypeError as e:
    print(type(e).__name__, e)
print(marshal.version)
