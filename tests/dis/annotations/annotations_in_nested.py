def outer():
    def inner(x: int) -> int:
        return x
    class Local:
        attr: int = 0
    return inner, Local
