# UnionType errors.
import types
for f in (lambda: int | 3, lambda: 3 | int, lambda: int | "str", lambda: types.UnionType(),
          lambda: (int | str)[int], lambda: (int | str)(), lambda: (int | str).__origin__,
          lambda: [] | int):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class X(int | str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
