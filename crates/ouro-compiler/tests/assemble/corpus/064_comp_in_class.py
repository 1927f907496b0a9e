class K:
    vals = [v * 2 for v in range(3)]
    z = {i: j for i, j in enumerate(vals)}
