for s in ("42", "-42", "+42", "", "abc", "-", "--5", "3.14", "-0.5e3"):
    print(repr(s), [s.zfill(n) for n in (0, 1, 3, 6)])
