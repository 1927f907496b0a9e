# Pattern and Match reprs and the Pattern's attributes, equality and hash.
from srecodes import compile as C, I, M, S, X, A, U

print(C('a+b'), C('a+b', I), C('a+b', I | M | S), C('x', X), C('x', A), C('x', U | I))
print(C(rb'x'), C(rb'x', I), C('(?i)abc'), C("it's"))
print(repr(C('a' * 300))[-20:], len(repr(C('a' * 300))))
m = C(r'\w+').search('  hello')
print(m, repr(C('.*').match('x' * 100)))
print(C(rb'.+').match(b'bytes!'))
p, q = C(r'a(b)'), C(r'a(b)')
print(p == q, p != q, hash(p) == hash(q), p == C(r'a(b)', I), p == 'a(b)', p.__copy__() is p)
print(p.pattern, p.flags, p.groups, p.groupindex, C(r'(?P<x>.)(?P<y>.)').groupindex)
print(type(p).__name__, type(m).__name__, type(p).__module__, type(m).__module__)
print(m.__copy__() is m, m.__deepcopy__({}) is m)
