match value:
    case []:
        pass
    case [1, *others]:
        print(others)
    case (a, b, c):
        print(a, b, c)
    case {"x": 1}:
        pass
    case None:
        pass
    case True:
        pass
