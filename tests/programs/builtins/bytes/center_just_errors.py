for bad in (b"", b"ab", "a", 5):
    try:
        b"x".center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(b"abc".center(8, b"-"), b"abc".ljust(2), b"abc".rjust(6, b"\x00"), b"-7".zfill(5), b"+".zfill(3))
