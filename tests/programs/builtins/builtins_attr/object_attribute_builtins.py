import builtins
names = sorted(n for n in dir(builtins) if not n.startswith("_") and not (n[0].isupper()))
print(names)
print(len([n for n in dir(builtins) if n.endswith("Error")]))
print([n for n in dir(builtins) if n.endswith("Warning")])
