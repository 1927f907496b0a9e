inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * -1, inf / inf, 1 / inf, -1 / inf, inf ** 0, nan ** 0, 1 ** nan, 0 * inf)
print(inf > 10**1000, -inf < -10**1000, float(10**308) < inf, inf == 10**400, max(inf, 10**400))
print(str(inf), repr(-inf), format(inf, ".2f"), "%e" % nan, int(1e18), float("1e-400"), -float("1e-400"))
for v in (inf, nan):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(inf), hash(-inf), (inf).is_integer(), (1e308 * 10) == inf)
