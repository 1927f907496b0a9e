# PEP 695 type parameters and type aliases (the intrinsics behind the syntax).
type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__name__, Point.__value__, Point.__type_params__)
print(Point.__module__, type(Point))
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair[int], Pair[int].__origin__ is Pair, Pair[int].__args__)
def first[T](xs: list[T]) -> T:
    return xs[0]
(T,) = first.__type_params__
print(first([1, 2]), T, type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.__module__)
def bounded[B: int, C: (str, bytes)](): pass
B, C = bounded.__type_params__
print(B, B.__bound__, C, C.__constraints__, C.__bound__)
def variadic[*Ts, **P](): pass
Ts, P = variadic.__type_params__
print(Ts, type(Ts).__name__, P, type(P).__name__, P.args, P.kwargs, P.args.__origin__ is P)
class Box[U]:
    def __init__(self, v: U):
        self.v = v
print(Box(3).v, Box.__type_params__, [c.__name__ for c in Box.__mro__])
print(list[T], list[T].__parameters__, dict[str, T].__parameters__)
try:
    Point[int]
except TypeError as e:
    print(type(e).__name__, e)
