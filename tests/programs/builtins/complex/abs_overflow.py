print(abs(3+4j), abs(-5j), abs(1e300+1e300j))
try:
    abs(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
try:
    complex(1e308, 1e308) * 10
except OverflowError as e:
    print(type(e).__name__, e)
print(complex(1e308, 1e308) * 10 if False else (1e308 + 1e308j) * 1)
try:
    (1e200j) ** 2
except OverflowError as e:
    print(type(e).__name__, e)
print(complex(1e308, 0) / complex(1e-308, 1e-308) if False else "skip")
