NAME = "alpha package"

from . import beta


def helper():
    return "helper uses " + beta.value()
