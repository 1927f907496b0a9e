def worker():
    while True:
        job = yield
        print("job", job)

w = worker()
next(w)
w.send("a")
w.throw(RuntimeError("shutdown requested"))
