# Greedy repeats of single characters (REPEAT_ONE) and of groups (REPEAT/MAX_UNTIL).
from srecodes import compile as C

print(C(r'a*').findall('aaabaa'), C(r'a+').findall('aaabaa'), C(r'a?').findall('aab'))
print(C(r'a{2}').findall('aaaaa'), C(r'a{2,3}').findall('aaaaaaa'), C(r'a{2,}').findall('a aa aaaa'))
print(C(r'(ab)+').match('ababab').span(), C(r'(ab)+').match('ababab').group(1))
print(C(r'(ab){2}').findall('abababab'), C(r'(?:ab){1,2}c').findall('abc ababc abababc'))
print(C(r'(a|bc)*d').match('abcabcd').groups(), C(r'(a|bc)*d').match('abcabcd').span())
print(C(r'(\w+)\s*=\s*(\d+)').findall('x = 1, yy=22 ,z =333'))
print(C(r'.*foo').match('xfooyfoo').group(), C(r'(.*)(\d+)').match('abc123').groups())
print(C(r'(a*)*b').match('aaab').groups(), C(r'(a*)+b').match('b').groups())
print(C(r'(?:a|)*b').match('aab').span(), C(r'(a?)*?b').match('ab').groups())
print(C(r'(x{0,3}y){2,3}').match('xyxxyyxxxxy').span())
print(C(r'(?:\d{3}-)?\d{4}').findall('555-1234 9876 12-3456'))
