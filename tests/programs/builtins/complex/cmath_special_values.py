import cmath
inf = float("inf"); nan = float("nan")
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, -1e-320, 1e300, -1e308, 1.7e308, 3.0, 710.0, -710.0, inf, -inf, nan, 0.71, 1.2]
names = ["acos","acosh","asin","asinh","atan","atanh","cos","cosh","exp","log","log10","sin","sinh","sqrt","tan","tanh","phase","polar","isfinite","isnan","isinf"]
for n in names:
    f = getattr(cmath, n)
    out = []
    for a in vals:
        for b in vals:
            try:
                out.append(repr(f(complex(a, b))))
            except Exception as e:
                out.append(type(e).__name__ + ":" + str(e))
    print(n, "|".join(out))
for a in vals:
    for b in vals:
        try:
            print("rect", a, b, cmath.rect(a, b))
        except Exception as e:
            print("rect", a, b, type(e).__name__, e)
for a in [0, 1, 2j, -1, 1e-300, inf]:
    for b in [0, 1, 2j, -1, 10, inf, nan]:
        try:
            print("log", a, b, cmath.log(a, b))
        except Exception as e:
            print("log", a, b, type(e).__name__, e)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(inf, inf), cmath.isclose(inf, -inf), cmath.isclose(nan, nan), cmath.isclose(0, 1e-10, abs_tol=1e-9))
print(cmath.sqrt(4), cmath.sqrt(True), cmath.phase(-1+0j), cmath.phase(complex(-1, -0.0)), cmath.log10(100), cmath.exp(1))
for f in ("cmath.rect(1)", "cmath.rect(1,2,3)", "cmath.rect(r=1,phi=2)", "cmath.log()", "cmath.log(1, base=2)", "cmath.sqrt(z=1)", "cmath.isclose(a=1,b=1)", "cmath.isclose(1,2,foo=1)", "cmath.isclose(1,b=2,a=3)", "cmath.isclose()", "cmath.isclose(1, 2, rel_tol=\"x\")", "cmath.rect(\"x\", 1)", "cmath.polar(1e308+1e308j*1.5)","cmath.log(1,0)", "cmath.atanh(1)", "cmath.log(0, 1j)", "cmath.sqrt('x')", "cmath.sqrt(None)", "cmath.sqrt(2**2000)", "cmath.sqrt()", "cmath.sqrt(1,2)", "cmath.log(1,2,3)", "cmath.isclose(1)", "cmath.isclose(1,2,3)", "cmath.exp(1000)"):
  try: print(f, eval(f))
  except Exception as e: print(f, type(e).__name__, e)
class C:
  def __complex__(self): return 1
class D:
  def __complex__(self): return 2j
class F:
  def __float__(self): return 2.0
class I:
  def __index__(self): return 9
for o in (C(), D(), F(), I()):
  try: print(cmath.sqrt(o))
  except Exception as e: print(type(e).__name__, e)
print(sorted(n for n in dir(cmath) if not n.startswith("__")))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
