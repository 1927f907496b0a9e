d = {k1: v1, k2: v2, **rest}
e = {v: k for k, v in d.items()}
