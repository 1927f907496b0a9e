print(1)
print(2); print(3)
x = [
    1,
    2,
]
y = f(
    a,
    b=2,
)
