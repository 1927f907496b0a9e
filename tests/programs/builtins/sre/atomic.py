# Atomic groups (?>...).
from srecodes import compile as C

print(C(r'(?>a+)b').match('aaab'), C(r'(?>a+)a').match('aaaa'))
print(C(r'a(?>bc|b)c').match('abcc'), C(r'a(?>bc|b)c').match('abc'))
print(C(r'(?>(\w+))\s').findall('one two three'))
print(C(r'(?>x*)y|x').findall('xxy x'))
print(C(r'(?>(a)|b)+c').match('abac').groups())
