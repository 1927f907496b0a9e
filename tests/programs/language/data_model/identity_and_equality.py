a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x == None)
print(type(a) is list, isinstance(a, list), type(True) is bool)
class AlwaysEqual:
    def __eq__(self, other):
        return True
e = AlwaysEqual()
print(e == 1, e == "x", e != 1, e is e)
print([e] == [1], (1, e) == (1, 2))
