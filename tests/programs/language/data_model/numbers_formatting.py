for v in [0, 7, -42, 1234567, 3.5, -0.001, 1e100, 123456789012345678]:
    print(f"{v!r:>24} {str(v):>24} {format(v, '>12') if isinstance(v, int) else format(v, '.3g')}")
