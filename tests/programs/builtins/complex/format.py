z = 1.23456+7.891j
for s in ("", ".2f", "10.1f", "<20.2f", "^20.3e", "+.2f", ".3g", "g", ",.2f", "e", "*>25", ".0f"):
    print(repr(s), repr(format(z, s)))
print(format(1j, ""), format(1+0j, ""), format(-0j, ".1f"), format(complex(1e20, 1e-20), "g"))
for s in ("=10", "05", "%", "d"):
    try:
        format(z, s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(f"{z:.1f}", "%s" % z, "%r" % (z,))
