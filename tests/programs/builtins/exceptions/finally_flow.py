def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "finally wins"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(h())
def k():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("k finally")
print(k())
