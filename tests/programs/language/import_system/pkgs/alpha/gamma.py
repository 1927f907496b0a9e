from .beta import value
from . import NAME


def describe():
    return f"gamma sees {value()!r} in {NAME!r}"
