# Conditional patterns (?(id)yes|no).
from srecodes import compile as C

p = C(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(repr(s), m and m.groups())
q = C(r'(?P<a>a)?(?(a)b|c)')
print(q.findall('ab c abc b'))
print(C(r'(a)?(?(1)x)y').findall('axy y ay'))
