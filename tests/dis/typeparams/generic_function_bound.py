def biggest[T: (int, float), S: str](a: T, b: S) -> T:
    return a
