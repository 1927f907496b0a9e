# xfail: not yet identical to CPython
big = 2**53
print(big + 1 > float(big), big + 1 == float(big + 1), float(big + 1) == big)
print(10**16 + 1 > 1e16, 10**16 + 1 == 1e16, 1e16 == 10**16)
print(2**1024 > float("1.7976931348623157e308"), -(2**1024) < -1.7976931348623157e308)
print(0.5 < 1, 0.5 > 0, -0.5 < 0, 1.0 == True, 0.0 == False)
vals = [3, 2.5, True, -1, 2**60, 1.5e18, 0.0]
print(sorted(vals), max(vals), min(vals))
print(1.0000000000000002 > 1, 0.9999999999999999 < 1, 9007199254740993 > 9007199254740992.0)
