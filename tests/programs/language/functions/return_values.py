def none():
    pass

def multi():
    return 1, 2, 3

def early(x):
    if x:
        return "early"
    return "late"

print(none(), multi(), early(1), early(0))
a, *b = multi()
print(a, b)

def tryret():
    try:
        return "try"
    finally:
        print("finally runs")

print(tryret())
