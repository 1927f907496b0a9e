# GenericAlias error cases.
import types
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: list[int][int], lambda: types.GenericAlias(list),
          lambda: types.GenericAlias(list, int, str), lambda: types.GenericAlias(origin=list, args=int),
          lambda: getattr(int, "x")[int], lambda: [3][0][int], lambda: list[int]()[0]):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    class X(list[int], list[str]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
