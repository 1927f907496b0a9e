x = 5
print(x is 1, x is not "a", 1 is x, x is None, x is -1, x is (), x is (1, 2))
if x is 5 or x is 3.0: pass
def f():
    return [1, 2][1.0], (1, 2)['a'], "abc"[None] if 0 else 0
try:
    [1]
    f"{x}"()
except TypeError as e: print(e)
try: {1}[0]
except TypeError as e: print(e)
try: (x for x in [])[0]
except TypeError as e: print(e)
try: (lambda: 0)[0]
except TypeError as e: print(e)
try: 5[0]
except TypeError as e: print(e)
try: None[0]
except TypeError as e: print(e)
try: [1][[1]]
except TypeError as e: print(e)
try: (1, 2)(3)
except TypeError as e: print(e)
try: {}()
except TypeError as e: print(e)
try: (lambda: 0)()
except TypeError as e: print(e)
a = [1][0:1]
print(a, "abc"[True], x is ..., x is not True)
compile("1 is 1", "<w>", "exec")
exec("2 is 2")
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x = [1, 2]['a']", "<caught>", "exec")
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("y = 3 is 3", "<ignored>", "exec")
print("done")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["x = 1\nif x is 1: pass\n", "f = 5()", "g = [1, 2]['a']"]:
        try:
            compile(src, "<as-error>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
print(not x is 1, not (x is not "a"))
if not x is 3: pass
