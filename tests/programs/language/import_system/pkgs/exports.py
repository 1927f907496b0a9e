__all__ = ["public_one", "public_two"]


def public_one():
    return "one"


def public_two():
    return "two"


def _private():
    return "private"


hidden = "not exported"
