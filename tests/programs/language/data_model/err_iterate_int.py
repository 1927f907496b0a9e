# xfail: not yet identical to CPython
total = 0
for digit in 12345:
    total += digit
