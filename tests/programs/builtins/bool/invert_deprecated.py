import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t = True
    r = ~t
    print(r, len(w), w[0].category.__name__ if w else None)
    print(str(w[0].message) if w else None)
print(~False if False else -1)
