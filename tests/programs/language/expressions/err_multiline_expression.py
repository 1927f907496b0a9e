def compute(a, b, c):
    return (
        a * 2
        + b // c
        - a
    )

print(compute(1, 4, 2))
print(compute(1, 4, 0))
