print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, NotImplemented is NotImplemented)
print(type(NotImplemented)() is NotImplemented)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        b = bool(NotImplemented)
        print("bool", b)
    except TypeError as e:
        print(type(e).__name__, e)
    print(len(w), w[0].category.__name__ if w else None)
print(NotImplemented.__reduce__())
