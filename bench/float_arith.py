# Float arithmetic: a numerical integration and a simple n-body style update.
def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def orbit(steps):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    dt = 0.001
    for _ in range(steps):
        r2 = x * x + y * y
        r3 = r2 * r2 ** 0.5
        vx -= x / r3 * dt
        vy -= y / r3 * dt
        x += vx * dt
        y += vy * dt
    return round(x, 6), round(y, 6)


print(round(integrate(1_000_000), 10))
print(orbit(400_000))
