print(None.__bool__(), None.__repr__(), None.__eq__(None), None.__eq__(0), None.__ne__(0), None.__lt__(None))
print(Ellipsis.__repr__(), NotImplemented.__repr__(), type(None).__name__, type(...).__qualname__, type(NotImplemented).__qualname__)
print(sorted(set(dir(None)) - set(dir(object))))
