total = 0
for digit in 12345:
    total += digit
