import sys
match sys.argv[1:]:
    case []:
        mode = "none"
    case [arg]:
        mode = arg
    case _:
        mode = "many"
