class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit runs", a[0])
def f():
    with CM():
        return "returned"
def g():
    for i in range(3):
        with CM():
            if i == 1:
                break
            continue
    return i
print(f())
print(g())
