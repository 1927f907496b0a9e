eager = "eager value"


def __getattr__(name):
    if name.startswith("computed_"):
        return name.upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["eager", "computed_anything"]
