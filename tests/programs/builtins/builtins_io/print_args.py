print()
print("a", "b", 3)
print("a", "b", sep="")
print("a", "b", sep="--", end="|\n")
print("no newline", end="")
print(" continued")
print(1, 2, sep=None, end=None)
print(*range(5))
print(*[], sep="x")
print("x", "y", sep="\n")
for kw in ({"sep": 5}, {"end": 1}, {"bad": 1}):
    try:
        print("z", **kw)
    except TypeError as e:
        print(type(e).__name__, e)
