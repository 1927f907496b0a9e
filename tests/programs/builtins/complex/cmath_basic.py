import cmath
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(0), cmath.phase(-1), cmath.phase(1j), cmath.polar(1j))
print(cmath.rect(1, 0), cmath.log(1), cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12))
print(cmath.isnan(complex(float("nan"), 0)), cmath.isinf(complex(0, float("inf"))), cmath.isfinite(1+1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(abs(cmath.sin(1j) - 1.1752011936438014j) < 1e-15)
try:
    cmath.log(0)
except ValueError as e:
    print(type(e).__name__, e)
