for thing in (ValueError, ValueError("inst"), 5, "str", object, None):
    try:
        raise thing
    except BaseException as e:
        print(type(e).__name__, e)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
