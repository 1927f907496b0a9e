def f(q):
    while 1:
        item = q.get()
        if item is None:
            return
        print(item)
