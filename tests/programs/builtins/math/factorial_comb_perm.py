import math
print([math.factorial(n) for n in range(15)])
print(math.factorial(50), len(str(math.factorial(1000))))
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(5, 0), math.comb(0, 0))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(20, 10))
for f, args in [(math.factorial, (-1,)), (math.factorial, (1.5,)), (math.factorial, (5.0,)), (math.comb, (-1, 2)), (math.comb, (5, -1)), (math.perm, (5, -2)), (math.comb, (5.0, 2)), (math.comb, (5,))]:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
