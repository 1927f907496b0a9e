# _sre.template: the compiled form of a replacement (literals and group indices), and the
# errors for malformed lists.
import _sre
from srecodes import compile as C

p = C(r'(a)(b)?')
def check(f):
    try:
        r = f()
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: _sre.template(p, ['x', 1, 'y']))
check(lambda: _sre.template(p, ['x']))
check(lambda: _sre.template(p, []))
check(lambda: _sre.template(p, ['x', 1]))
check(lambda: _sre.template(p, ['x', -1, 'y']))
check(lambda: _sre.template(p, ['x', 'a', 'y']))
check(lambda: _sre.template(p, ('x',)))
check(lambda: _sre.template(p, ['x', 5, '']))
check(lambda: _sre.template(p, [b'x', 1, None]))
check(lambda: _sre.template(p, [None, 2, None, 1, 'z']))
