d = {k: v for k, v in pairs}
s = {a for a in d}
