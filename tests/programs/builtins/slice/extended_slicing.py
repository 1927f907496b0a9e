data = list(range(20))
s = "abcdefghijklmnopqrst"
for st in (None, 1, 2, 3, -1, -2, -7):
    for start in (None, 0, 5, -5):
        print(st, start, data[start::st][:6], s[start::st][:6], s[start:3:st])
