# Match methods in detail: group with several arguments, defaults, indexing by name.
from srecodes import compile as C

m = C(r'(?P<a>\d)(?P<b>x)?(?P<c>\d)').search('--1 2--12')
print(m, m.groups(), m.groups(0), m.groupdict(), m.groupdict(default='none'))
print(m.group(0, 'a', 3, 'b'), m[0], m['c'], m[True])
print(m.span('b'), m.start('b'), m.end(0), m.span(), m.regs)
print(m.lastindex, m.lastgroup)
m2 = C(r'(a)(b)?').match('ac')
print(m2.lastindex, m2.lastgroup, m2.regs)
m3 = C(r'x').match('x')
print(m3.lastindex, m3.lastgroup, m3.groups(), m3.groupdict())
print(C(r'(?P<n>a)|(?P<m>b)').match('b').lastgroup)
