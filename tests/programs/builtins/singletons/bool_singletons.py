print(bool(0) is False, bool(1) is True, (1 == 1) is True, not None is True)
print(type(True)(0) is False, (True or False) is True)
print(id(True) == id(True), id(None) == id(None), id(...) == id(Ellipsis), id(NotImplemented) == id(NotImplemented))
print(True.__class__, None.__class__, Ellipsis.__class__, NotImplemented.__class__)
