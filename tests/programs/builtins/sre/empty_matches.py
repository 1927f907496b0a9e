# Empty matches next to non-empty ones: findall, finditer, sub, split and the scanner agree
# on where the next search starts (CPython's must_advance rule).
from srecodes import compile as C

for pat in [r'x*', r'\b', r'(?=a)', r'a|', r'|a', r'a*?', r'(a)|b*', r'^|$', r'(?m)^', r'\B', r'a??b?']:
    p = C(pat)
    for s in ['', 'a', 'xax', 'aab', 'ab\nba']:
        print(repr(pat), repr(s), p.findall(s), [m.span() for m in p.finditer(s)],
              p.sub('-', s), p.split(s), p.subn('<>', s, 2))
sc = C(r'a*').scanner('baab')
print([sc.search() for _ in range(6)])
sc = C(r'a*').scanner('baab')
print([sc.match() for _ in range(4)])
