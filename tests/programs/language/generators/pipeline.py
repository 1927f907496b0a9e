def read(lines):
    for line in lines:
        yield line.strip()

def nonempty(it):
    return (x for x in it if x)

def numbered(it):
    for i, x in enumerate(it, 1):
        yield f"{i}: {x}"

text = ["  alpha ", "", "beta", "   ", "gamma"]
for out in numbered(nonempty(read(text))):
    print(out)
