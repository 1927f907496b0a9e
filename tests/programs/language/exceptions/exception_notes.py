try:
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("file: data.csv")
        raise
except ValueError as e:
    print(e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
