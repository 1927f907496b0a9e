print(repr(()), repr((1,)), repr((1, 2)), repr(((),)), repr((("a",),)), str((None, True)))
a = [1]
t = (a,)
a.append(t)
print(t)
print(repr(tuple("é")), (1, "it's", b"b"))
