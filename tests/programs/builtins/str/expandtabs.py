for s in ("a\tb", "\t", "abc\tde\tf", "12345678\tx", "a\nb\tc", "a\r\tb", "\t\t"):
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-1)))
print(repr("x\ty".expandtabs(tabsize=3)))
