def build(*, name, size):
    return name, size

print(build(name="a", size=1))
build(name="x")
