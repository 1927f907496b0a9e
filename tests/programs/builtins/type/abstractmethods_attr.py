# Setting __abstractmethods__ marks a class abstract (what abc.ABCMeta does); object.__new__ refuses it.
class A:
    pass
A.__abstractmethods__ = frozenset({'b','a'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = frozenset({'b'})
try: A()
except TypeError as e: print(e)
A.__abstractmethods__ = ()
print(type(A()).__name__)
try: print(int.__abstractmethods__)
except AttributeError as e: print(e)
