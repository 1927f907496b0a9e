match x:
    case m.C(a, _, k=_, j=[c, d]):
        f()
