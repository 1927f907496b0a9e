while a:
    break
else:
    f()
g()
