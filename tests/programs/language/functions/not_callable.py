cases = [lambda: 5(), lambda: "s"(), lambda: None(), lambda: [1]()]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)

class A:
    pass

try:
    A()()
except TypeError as e:
    print(e)
