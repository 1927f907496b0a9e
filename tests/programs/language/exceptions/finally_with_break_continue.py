res = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        res.append(i)
    finally:
        res.append(f"f{i}")
print(res)

def swallow():
    for _ in range(1):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"
print(swallow())
