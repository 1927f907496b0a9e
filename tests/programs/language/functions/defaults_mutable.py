def append(x, acc=[]):
    acc.append(x)
    return acc

print(append(1))
print(append(2))
print(append(3, []))
print(append(4))

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe(1), safe(2))
