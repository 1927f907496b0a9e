def f(a, b):
    return (a  +  b) * (a // b)
x = [1, 2]
d = {"k": {"j": 1}}
def g():
    return d["k"]["zz"]
def h():
    y = 1 + 2  # comment
    return x[1] + x[  5  ]
def main():
    try:
        f(1, 0)
    except ZeroDivisionError:
        pass
    try:
        g()
    except KeyError as e:
        print(repr(e))
    h()
main()
