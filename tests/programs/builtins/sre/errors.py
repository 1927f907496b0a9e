# Errors: wrong subject types, bad group references.
from srecodes import compile as C

s, b = C(r'(a)(?P<n>b)?'), C(rb'(a)')
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: s.match(b'a'))
check(lambda: s.search(bytearray(b'a')))
check(lambda: b.match('a'))
check(lambda: s.match(12))
check(lambda: s.findall(None))
check(lambda: b.sub(b'x', 'a'))
check(lambda: s.split(3.5))
m = s.match('a')
check(lambda: m.group(3))
check(lambda: m.group(-1))
check(lambda: m.group('zz'))
check(lambda: m['n'])
check(lambda: m.start(5))
check(lambda: m.span('n'))
check(lambda: m.group(1.0))
check(lambda: s.match('a', 'x'))
check(lambda: s.sub(b'x', 'a'))
