import dis
def f(a, b):
    if a:
        return a + \
            b
    for i in range(b):
        a += i
    return a
c = f.__code__
print(list(c.co_lines()))
print(list(c.co_positions()))
print([c._varname_from_oparg(i) for i in range(len(c.co_varnames))])
try:
    c._varname_from_oparg(99)
except IndexError as e:
    print(type(e).__name__, e)
print(list(dis.findlinestarts(c)))
bc = dis.Bytecode(f)
print(bc.first_line, [i.opname for i in bc][:8])
print(dis.stack_effect(dis.opmap["BINARY_OP"], 0) if hasattr(dis, "stack_effect") else "n/a")
