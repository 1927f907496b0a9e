names = [n for n in dir(float) if not n.startswith("_")]
print(names)
print(float.__name__, float.__mro__, float.__base__)
print((1.5).__class__ is float, float.fromhex.__name__, callable(float.hex))
print(float.real.__class__.__name__, float.__dict__["fromhex"].__class__.__name__)
