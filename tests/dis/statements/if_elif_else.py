def f(x):
    if x == 1:
        return "one"
    elif x == 2:
        return "two"
    else:
        return "many"
