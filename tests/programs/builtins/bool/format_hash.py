# xfail: not yet identical to CPython
print(format(True), format(True, ""), format(True, "d"), format(True, "5"), format(False, ">6"), format(True, "x"))
print(f"{True}", f"{False!r}", f"{True:^7}", f"{True:.2f}")
print(hash(True), hash(False), {True: "a", 1: "b"}, {1.0: "x", True: "y"})
print("%s %d %r %x" % (True, True, False, True))
print(str(True).upper(), repr(False).lower())
