def first[T](xs: list[T]) -> T:
    return xs[0]
type Alias = list[int]
class Box[T]:
    pass
