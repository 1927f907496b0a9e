v = "tëst\n"
print(f"{v!r}", f"{v!a}", f"{v!s}", f"{v!r:>15}|", f"{v=}", f"{v = }", f"{v=!s}", f"{v=:>8}")
x = 10
print(f"{x:#x}", f"{x!r:>4}", f"{x*2=}", f"{'nested {x}'}", f"{{x}}", f"{x:{'>'}{5}}")
items = [1, 2]
print(f"{items[0]}{items[-1]}", f"{len(items):03d}", f"{','.join(map(str, items))}")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}")
