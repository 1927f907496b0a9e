print([].append(1), [3, 1].sort(), {}.clear(), {1}.add(2), print("inner"), (lambda: None)())
def f(): pass
def g(): return
print(f(), g(), f() is g())
d = {}
print(d.update(a=1), d)
