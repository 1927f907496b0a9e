results = []
for raw in ["1", "x", "3", "", "5"]:
    try:
        if not raw:
            break
        n = int(raw)
    except ValueError:
        results.append("skip")
        continue
    else:
        results.append(n)
    finally:
        results.append("|")
print(results)
