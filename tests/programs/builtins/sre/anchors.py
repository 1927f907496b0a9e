# Anchors: ^ $ \A \Z \b \B with and without MULTILINE.
from srecodes import compile as C, M

s = 'one two\nthree four\nfive\n'
for pat, fl in [(r'^\w+', 0), (r'^\w+', M), (r'\w+$', 0), (r'\w+$', M), (r'\A\w+', M),
                (r'\w+\Z', M), (r'\bt\w*', 0), (r'\Bo\w*', 0), (r'$', 0), (r'$', M), (r'^', M)]:
    p = C(pat, fl)
    print(pat, fl, p.findall(s), [m.span() for m in p.finditer(s)])
print(C(r'^abc').search('xabc', 1))
print(C(r'abc$').search('abcx', 0, 3))
print(C(r'\bfoo\b').search('a foo b'), C(r'\bfoo\b').search('afoob'))
print(C(r'\b').search(''), C(r'\B').search(''), C(r'\B').search('a'))
print(C(r'x$').search('x\n'), C(r'x\Z').search('x\n'))
