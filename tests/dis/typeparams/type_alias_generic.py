type Pair[T] = tuple[T, T]
type Mapping[K, V] = dict[K, V]
