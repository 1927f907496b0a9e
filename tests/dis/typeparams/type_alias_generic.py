type Pair[T] = tuple[T, T]
type Mapping[K, V] = dict[K, V]
# xfail: not yet identical to CPython
