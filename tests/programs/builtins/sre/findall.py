# findall: whole matches, one group, several groups, empty matches, pos/endpos.
from srecodes import compile as C

s = 'a1b22c333'
print(C(r'\d+').findall(s), C(r'[a-z](\d+)').findall(s), C(r'([a-z])(\d+)').findall(s))
print(C(r'\d*').findall(s), C(r'(\d)?[a-z]').findall(s))
print(C(r'').findall('abc'), C(r'x*').findall('axxb'), C(r'\b').findall('ab cd'))
print(C(r'\d').findall(s, 3), C(r'\d').findall(s, 2, 5), C(r'$').findall('ab'))
print(C(r'(a)|(b)').findall('abc'), C(r'(?:a(b)?)+').findall('aab a'))
print(C(r'(?m)^$').findall('a\n\nb\n'))
