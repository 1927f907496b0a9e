# A generator expression that is a call's only argument spans the call's parentheses.
items = [1, 2, 3]
total = sum(x * 2 for x in items)
flag = any(
    x > 1
    for x in items
)
names = ", ".join(str(x) for x in items if x)
nested = list((y for y in items))
method = "-".join(
    str(x) for x in items)


def f(values):
    return max(len(str(v)) for v in values)
