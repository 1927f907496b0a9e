import traceback

def inner():
    raise ValueError("boom")

def outer():
    inner()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print("".join(traceback.format_exception_only(e)), end="")
    print(len(traceback.extract_tb(e.__traceback__)))
