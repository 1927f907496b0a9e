def f(x):
    match x:
        case _:
            return "anything"
