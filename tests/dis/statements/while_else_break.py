def f(xs):
    while xs:
        if xs.pop() == 3:
            break
    else:
        return "no three"
    return "three"
