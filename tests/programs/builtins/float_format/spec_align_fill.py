# xfail: not yet identical to CPython
v = 3.14159
for s in ("10.2f", "<10.2f", ">10.2f", "^10.2f", "=10.2f", "*<10.2f", "0>10.2f", "010.2f", "+010.2f", "-^11.3f", "_^11.3f", "#^9.0f"):
    print(repr(s), repr(format(v, s)), repr(format(-v, s)))
