def f():
    try:
        return 1
    finally:
        return 2

def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"

print(f())
print(g())
