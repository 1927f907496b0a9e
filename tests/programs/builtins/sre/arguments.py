# Argument binding of the Pattern and Match methods: missing, extra and keyword arguments.
from srecodes import compile as C
p = C(r'(a)(b)?')
m = p.match('ab')
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: p.match())
check(lambda: p.match('a', 0, 1, 2))
check(lambda: p.match('a', foo=1))
check(lambda: p.match('a', pos='x'))
check(lambda: p.search('a', 0, endpos=None))
check(lambda: p.sub('x'))
check(lambda: p.sub('x', 'a', 1, 2))
check(lambda: p.sub('x', 'a', count='1'))
check(lambda: p.split())
check(lambda: p.findall('a', 0, 1, 5))
check(lambda: m.groups(1, 2))
check(lambda: m.start(0, 1))
check(lambda: m.expand())
check(lambda: m.group(foo=1))
check(lambda: p.scanner())
check(lambda: m.span(None))
check(lambda: p.match('ab', 1.5))
