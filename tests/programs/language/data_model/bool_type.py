print(True and False, True or False, not True, True & False, True | False, True ^ True)
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(set()), bool(()), bool(None))
print(bool(1), bool(-1), bool("0"), bool([0]), bool(" "))
print(True == 1, False == 0, True + 1, str(True), repr(False))
print(0 or "default", "" or 0 or None, 1 and "yes", [] and "never")
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
