def greet():
    return "hello from a namespace package"
