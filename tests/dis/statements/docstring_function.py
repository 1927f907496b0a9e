def f():
    """Function docstring."""
    return 1
def g():
    "single quoted"
def h():
    x = 1
    "not a docstring"
