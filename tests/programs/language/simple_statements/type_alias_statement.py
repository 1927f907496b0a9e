type Point = tuple[float, float]
print(Point, Point.__name__, Point.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, Pair[int])
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
class Box[T]:
    def __init__(self, v: T):
        self.v = v
print(Box(1).v, Box.__type_params__)
