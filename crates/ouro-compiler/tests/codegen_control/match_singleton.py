match x:
    case None:
        f()
    case True:
        g()
    case False:
        h()
