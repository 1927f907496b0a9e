c1 = compile("1 + 1", "<e>", "eval")
c2 = compile("x = 1\nprint(x)", "<x>", "exec")
c3 = compile("5 * 5", "<s>", "single")
print(type(c1).__name__, c1.co_filename, c1.co_name, eval(c1))
exec(c2)
exec(c3)
exec(compile("None", "<s>", "single"))
exec(compile("'str'", "<s>", "single"))
for mode in ("bad", "EVAL"):
    try:
        compile("1", "<m>", mode)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    compile("x = 1", "<m>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile("a\nb", "<m>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
