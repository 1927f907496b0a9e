type A = int
type B[T] = list[T]
type C[T: int] = dict[str, T]
class K:
    type M = K
    type N[U] = list[U]
