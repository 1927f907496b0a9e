def apply(fn, *args):
    return fn(*args)

ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "neg": lambda a: -a}
print(apply(ops["add"], 2, 3), apply(ops["mul"], 4, 5), apply(ops["neg"], 6))
print(list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", None])))
fs = [str.upper, str.lower, str.title]
print([f("hello world") for f in fs])
