match x:
    case -1:
        f()
# xfail: needs ast_opt constant folding of -1
