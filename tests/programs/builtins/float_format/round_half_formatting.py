# xfail: not yet identical to CPython
for v in (0.125, 0.375, 2.5, 3.5, 0.045, 1.0005, 2.675, 1.115, 8.345, 0.05):
    print(repr(v), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", f"{v:.3f}", round(v, 2), "%.2f" % v)
