def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = make_counter()
for _ in range(3):
    c()
print(c(), c.__closure__[0].cell_contents)
