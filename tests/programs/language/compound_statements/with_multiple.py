class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *a):
        print("exit", self.n)
with CM(1) as a, CM(2) as b:
    print("body", a, b)
with (
    CM(3) as c,
    CM(4),
):
    print("parenthesised", c)
