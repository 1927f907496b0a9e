# The LOCALE flag on bytes patterns (the C locale: ASCII case rules and word characters).
from srecodes import compile as C, I, L

for pat, fl in [(rb'\w+', L), (rb'[a-z]+', L | I), (rb'abc', L | I), (rb'\bx\b', L), (rb'(k)\1', L | I),
                (rb'[^a]+', L | I), (rb'\W+', L), (rb'x', L | I), (rb'[\xe0-\xff]+', L | I)]:
    p = C(pat, fl)
    print(pat, p.flags, p.findall(b'ABC abc x Kk \xc0\xe0 _9 \xe9X'))
print(C(rb'(?L)a', 0).match(b'A'), C(rb'(?Li)a', 0).match(b'A'))
