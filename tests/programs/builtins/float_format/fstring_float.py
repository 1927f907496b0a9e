# xfail: not yet identical to CPython
x = 2.0 / 3
w, p = 12, 4
print(f"{x}", f"{x:.3}", f"{x:.3f}", f"{x:{w}.{p}f}|", f"{x:>{w}}|", f"{x!r:>25}|")
print(f"{1e10:,.0f}", f"{-x:+.2e}", f"{x*100:.1f}%", f"{x = :.2f}")
print(f"{float('inf'):>6}", f"{0.1+0.2=}")
