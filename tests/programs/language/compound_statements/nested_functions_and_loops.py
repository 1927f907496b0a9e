def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def matrix(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(1 if i == j else 0)
        rows.append(row)
    return rows
for row in matrix(3):
    print(row)
