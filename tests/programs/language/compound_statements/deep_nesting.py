def f(n):
    result = []
    for i in range(n):
        if i % 2 == 0:
            try:
                with open(__file__) as fh:
                    while True:
                        if i > 2:
                            for j in range(2):
                                result.append((i, j))
                        break
            except OSError:
                result.append("oserror")
        else:
            result.append(i)
    return result
print(f(6))
