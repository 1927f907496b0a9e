# finditer and the scanner object (match / search until exhausted).
from srecodes import compile as C

p = C(r'(\d+)')
it = p.finditer('a1 b22 c333')
print(type(it).__name__, [(m.span(), m.group(1)) for m in it])
print([m.span() for m in C(r'x*').finditer('axxb')])
print([m.group() for m in p.finditer('1 2 3 4', 2, 5)])
sc = p.scanner('12 345 6')
print(sc.pattern is p, sc.match(), sc.match(), sc.search(), sc.search(), sc.search())
sc = C(r'\w').scanner('ab c')
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = C(r'').scanner('ab')
print([sc.search() for _ in range(5)])
m = next(C(r'b').finditer('abc', 1))
print(m.pos, m.endpos, m)
