import sys
print("before input")
try:
    s = input()
    print("got", repr(s))
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
