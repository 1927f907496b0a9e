import marshal
s = "shared"
t = (s, s, s)
print(marshal.dumps(t).hex())
print(marshal.dumps(t, 2).hex())
l = [1, 2]
print(marshal.dumps([l, l]).hex())
back = marshal.loads(marshal.dumps([l, l]))
print(back, back[0] is back[1])
big = 10**30
print(marshal.dumps((big, big)).hex())
