match x:
    case 1+2j:
        f()
# xfail: needs ast_opt constant folding of 1+2j
