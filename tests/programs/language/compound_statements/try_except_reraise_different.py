def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError as e:
            try:
                out.append(float(v))
            except ValueError:
                out.append(None)
    return out
print(convert(["1", "2.5", "x", "1e3"]))
