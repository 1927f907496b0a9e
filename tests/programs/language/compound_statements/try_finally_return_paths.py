log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return "from try"
    except ValueError:
        log.append("except")
        return "from except"
    finally:
        log.append("finally")
    return "after"
for m in ["raise", "return", "normal"]:
    log.clear()
    print(m, f(m), log)
