# xfail: not yet identical to CPython
l = list(range(10))
print(l[-3:], l[:-3], l[3:3], l[5:2], l[5:2:-1], l[::-3], l[-1:-5:-2])
print(l[slice(2, 4)], l[:100], "hello"[::-1], (1, 2, 3)[1:])
s = "abc"
print(s[0:0], s[-0:], s[1:-1])
