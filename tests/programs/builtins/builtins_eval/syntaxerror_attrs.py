cases = ["x = = 1", "def f(:\n  pass", "if True\n  pass", "  indented", "f(**a, *b)", "return 5", "x = (", "1 = 2", "print 'hi'", "a b"]
for src in cases:
    try:
        compile(src, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))
