def risky():
    raise KeyError("inner")

def wrap():
    try:
        risky()
    except KeyError:
        print("logging and re-raising")
        raise

try:
    wrap()
except KeyError as e:
    print("outer caught", e)
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames", count)
