from .sub import leaf
from ..alpha import beta


def chain():
    return f"top -> {leaf.WHO} -> {beta.value()}"
