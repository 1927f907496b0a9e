def run(fail):
    out = []
    try:
        out.append("try")
        if fail:
            raise ValueError
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

print(run(False))
print(run(True))
