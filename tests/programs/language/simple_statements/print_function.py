print("a", "b", sep="-", end="!\n")
print()
print(1, 2, 3, sep="")
print("no newline", end="")
print(" continued")
import sys
print("to stdout", file=sys.stdout)
print(*range(5), sep=", ")
print("x" * 3, [None], {"k": (1,)}, flush=True)
