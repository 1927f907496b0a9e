class A:
    def __init__(self):
        self.value = 1
    def m(self):
        return self.valeu
try:
    A().m()
except AttributeError as e:
    print(e.name, e.obj is not None)
def k():
    lenght = 3
    return lengt
try:
    k()
except NameError as e:
    print(e.name)
import sys
try:
    sys.exitt
except AttributeError as e:
    print("x")
prnt("hi")
