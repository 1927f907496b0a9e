# Float arithmetic reuses a temporary operand's object for the result (left or right): no
# float that a name, a container or another expression still refers to ever changes.
def loop():
    h = 0.5
    kept = []
    s = 0.0
    for i in range(6):
        x = (i + 0.5) * h
        t = x * x
        kept.append(t)
        r = 1.0 + t
        q = 4.0 / (1.0 + x * x)
        s += q
        w = 2 - (x * h)
        kept.append(w)
        u = (x * 3.0) - (x * 2.0)
        kept.append((x, t, r, q, w, u))
    return s, kept


s, kept = loop()
print(s)
for k in kept:
    print(k)

a = 1.25
b = 0.75


def shared():
    pairs = []
    for i in range(3):
        left = a * 2.0
        pairs.append(left)
        pairs.append(b - left)
        pairs.append(left + (b * 4))
        pairs.append((a + b) * (a - b))
    return pairs


print(shared(), a, b)
vals = [0.5, 1.5]
total = 0.0
for v in vals:
    total = total + (v * v)
    total = (v + 1.0) + total
print(total, vals)
print(1e308 * 10.0 - 1e308 * 10.0 if False else (1e308 * 10.0) * 0.0)
try:
    for i in range(2):
        z = (i * 1.0) / (i * 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
