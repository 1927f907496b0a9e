# Every pattern of CPython's own regular expression test corpus (Lib/test/re_tests.py),
# searched over its subject: spans, groups and findall counts.
from test.re_tests import tests, benchmarks
from srecodes import compile as C

for i, t in enumerate(tests):
    pattern, s = t[0], t[1]
    try:
        p = C(pattern)
    except Exception:
        print(i, 'not compiled')
        continue
    try:
        m = p.search(s)
        print(i, m and (m.span(), m.groups(), m.lastindex), len(p.findall(s)), len(p.split(s)))
    except Exception as e:
        print(i, type(e).__name__, e)
for pattern, s in benchmarks:
    p = C(pattern)
    for text in [s, 'x' * 50 + s, s + 'y' * 50, 'x' * 500 + s + 'y' * 500]:
        m = p.search(text)
        print(pattern, m and m.span())
