name = "world"
print(f"hello {name!r}", f'{"double"}', f"""{'tri' + "ple"}""", f"{name:{'^'}{12}}")
print(f"{'a' if name else 'b'}", f"{(lambda: 'lam')()}", f"{[c for c in 'xy']}")
print(f"{name}" f"{name}", "plain" f"{1+1}", f"{3:{'0'}{4}}")
print(f"{f'{name}'}", f"{'{'}{'}'}", f"{'\\n'!r}" if False else "no backslash in 3.11")
print(f"{name=!r:>12}")
width = 5
print(f"{'x':{width}}|{'y':>{width}}|{1:0{width}}")
