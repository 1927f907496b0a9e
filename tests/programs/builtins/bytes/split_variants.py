b = b"a  b\tc\n d"
print(b.split(), b.split(None, 1), b.rsplit(None, 2), b.split(b" "), b.split(b" ", 1), b.rsplit(b" ", 1))
print(b"".split(), b"".split(b","), b",".split(b","), b"a,,b".split(b","))
try:
    b.split(b"")
except ValueError as e:
    print(type(e).__name__, e)
print(b"\x1cA\x1dB".split(), b"\x0bA\x0cB".split(), b"\x85x".split())
