r = range(10**20)
print(len(range(2**62)), r[-1], r[10**19], 10**19 in r, r.index(12345), r[::10**19])
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(2**64).stop, bool(range(2**64)))
print(range(-10**20, 10**20, 10**19)[5], len(range(-10**20, 10**20, 10**19)))
