import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno

def caller():
    return where()

print(caller())
print(where())
def loc():
    a = 1
    b = "two"
    return sorted(sys._getframe().f_locals.items())
print(loc())
