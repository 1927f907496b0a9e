class C:
    """The docstring."""
    x = 1
