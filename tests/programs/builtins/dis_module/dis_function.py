import dis
def g(a, *args, k=3, **kw):
    x = [i * 2 for i in args if i]
    try:
        y = {k: v for k, v in kw.items()}
    except (KeyError, ValueError) as e:
        raise RuntimeError("bad") from e
    finally:
        print("done")
    with open("f") as fh:
        pass
    def inner():
        nonlocal x
        return x
    return inner, f"{a!r:>10}"
dis.dis(g)
print(list(g.__code__.co_lines())[:5], list(g.__code__.co_positions())[:3])
for ins in list(dis.get_instructions(g))[:6]:
    print(ins.opname, ins.arg, ins.argval, ins.offset, ins.starts_line, ins.is_jump_target, ins.positions)
print(dis.code_info(g))
