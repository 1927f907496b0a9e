inf, nan = float("inf"), float("nan")
for v in (inf, -inf, nan, -nan):
    print([format(v, s) for s in ("", "f", "e", "g", "F", "E", "G", "%", "10", "<8", "010f", "+f", ".3f", ",")])
