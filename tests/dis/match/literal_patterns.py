def f(x):
    match x:
        case 1:
            return "one"
        case "two":
            return 2
        case None:
            return "none"
        case True:
            return "true"
# xfail: not yet identical to CPython
