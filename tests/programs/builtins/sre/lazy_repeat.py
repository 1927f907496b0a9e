# Minimal repeats: *? +? ?? {m,n}? (MIN_REPEAT_ONE and MIN_UNTIL).
from srecodes import compile as C

s = '<a><b></b></a>'
print(C(r'<.*>').findall(s), C(r'<.*?>').findall(s), C(r'<.+?>').findall(s))
print(C(r'a??b').findall('ab b'), C(r'a{2,4}?').findall('aaaaaaa'), C(r'a{2,4}?b').findall('aaaab'))
print(C(r'(ab)*?c').match('ababc').groups(), C(r'(ab)+?').match('abab').span())
print(C(r'(a|b)*?b').match('aabab').span(), C(r'(a|b){2,3}?a').match('ababa').span())
print(C(r'"(.*?)"').findall('x "one" y "two" z ""'))
print(C(r'(\d+?)(\d*)').match('12345').groups())
print(C(r'(?:x|y)*?z').search('xyxyz').span())
print(C(r'(.)*?x').match('abcx').groups())
