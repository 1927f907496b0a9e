import sys
print(__name__)
print(sys.modules["__main__"].__name__, __name__ in sys.modules)
main = sys.modules["__main__"]
VALUE = 42
print(main.VALUE, main is sys.modules[__name__])
if __name__ == "__main__":
    print("running as a script")
