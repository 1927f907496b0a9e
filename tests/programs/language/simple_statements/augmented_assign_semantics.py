l = [1]
alias = l
l += [2]
print(l is alias, alias)
t = (1,)
alias_t = t
t += (2,)
print(t is alias_t, alias_t)
s = {1}
alias_s = s
s |= {2}
print(s is alias_s, alias_s)
d = {"a": [1]}
d["a"] += [2]
print(d)
