r = a and b or c
s = not (a or b)
t = a if b and c else d
if a and not b or c:
    print(1)
