try:
    try:
        raise ValueError("a")
    except ValueError:
        {}["missing"]
except KeyError as e:
    print(repr(e), repr(e.__context__))
    print(e.__context__.__context__)
