WHO = "leaf"


def parent_name():
    from .. import top
    return top.__name__
