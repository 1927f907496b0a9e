try:
    raise ValueError("v")
except ValueError as e:
    saved = e

try:
    raise saved.with_traceback(None)
except ValueError as e:
    print(e is saved, e.__traceback__.tb_lineno)

e2 = KeyError("x")
print(e2.__traceback__)
print(e2.with_traceback(None) is e2)
