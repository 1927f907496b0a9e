import io, sys
old = sys.stdin
sys.stdin = io.StringIO("first line\nsecond line\nno newline")
print(repr(input()), repr(input("p: ")))
print(repr(input()))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
sys.stdin = old
out = io.StringIO()
sys.stdout, saved = out, sys.stdout
sys.stdin = io.StringIO("x\n")
r = input("PROMPT")
sys.stdout = saved
sys.stdin = old
print(repr(out.getvalue()), repr(r))
