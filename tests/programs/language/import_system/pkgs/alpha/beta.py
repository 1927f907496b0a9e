CONSTANT = 299792458


def value():
    return "beta value"
