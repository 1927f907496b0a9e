type X = int
type Y[T] = list[T]
type Z[T: int, *Ts] = tuple[T, *Ts]
