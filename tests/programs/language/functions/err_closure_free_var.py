def outer():
    def inner():
        return value
    inner_result = inner()
    value = 1
    return inner_result

outer()
