# compile()'s optimize argument: 0 keeps asserts and docstrings and __debug__ true, 1 drops
# asserts and makes __debug__ false, 2 drops docstrings too, -1 is the interpreter's level;
# out of range is a ValueError. exec() and eval() of strings use the interpreter's level.
src = "assert False, 'kept'\nx = __debug__\ndef f():\n    'doc'\n    return 1\nif __debug__:\n    y = 1\nelse:\n    y = 2\n"
for opt in (-1, 0, 1, 2):
    ns = {}
    try:
        exec(compile(src, "m", "exec", optimize=opt), ns)
        print(opt, ns["x"], ns["f"].__doc__, ns["y"])
    except AssertionError as e:
        print(opt, "AssertionError", e)
for opt in (3, -2):
    try:
        compile("1", "m", "eval", optimize=opt)
    except ValueError as e:
        print(opt, type(e).__name__, e)
print(eval("__debug__"), eval(compile("__debug__", "e", "eval", optimize=1)))
