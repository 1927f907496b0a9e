import builtins
names = ["print", "len", "range", "Exception", "None", "True", "__import__"]
print([hasattr(builtins, n) for n in names])
print(builtins.True_ if hasattr(builtins, "True_") else "no True_")
print(type(builtins.print).__name__, builtins.__name__)
