x, name = 3.14159, "val"
print(f"{x:10.2f}|{x:<10.2f}|{x:^10.2f}|")
print(f"{name!s} {name!r} {name!a} {'é'!a}")
print(f"{x=}", f"{x = }", f"{1 + 1 = }")
width, prec = 8, 3
print(f"{x:{width}.{prec}}", f"{'nest':>{width}}")
d = {"k": "v"}
print(f"{d['k']}", f"{[1, 2][0]}", f"{(lambda: 'lam')()}")
print(f"{12345678:_}", f"{255:#o}", f"{0.25:.0%}", f"{-5:+}", f"{5:+}")
