if 1 < x < 10 <= y != z:
    print("in range")
ok = a < b < c
