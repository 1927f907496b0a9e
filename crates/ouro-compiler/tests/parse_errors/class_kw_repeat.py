class C(metaclass=A, metaclass=B): pass
