try:
    value = int("10")
except ValueError:
    value = 0
else:
    value = value / (value - 10)
