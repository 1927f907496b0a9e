import traceback
def a(): b()
def b(): raise ValueError("deep")
try:
    a()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
    print([fs.lineno for fs in traceback.extract_tb(e.__traceback__)])
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 1, 5, "x = = 1", 1, 6))))
