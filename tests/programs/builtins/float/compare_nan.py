# xfail: not yet identical to CPython
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print([nan] == [nan], (nan,) == (nan,), nan in [nan], [float("nan")] == [float("nan")])
print(inf > 1e308, -inf < -1e308, inf == inf, inf - 1 == inf)
print(0.0 == -0.0, hash(0.0) == hash(-0.0), str(-0.0))
print(max(nan, 1), max(1, nan), min(nan, 1), min(1, nan))
print(sorted([3.0, 1.0, 2.0]), sorted([-0.0, 0.0]), sorted([0.0, -0.0]))
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0))
