# Lookbehind assertions (?<=...) and (?<!...), also before pos.
from srecodes import compile as C

print(C(r'(?<=\$)\d+').findall('cost $12 and 7 and $300'))
print(C(r'(?<!\$)\b\d+').findall('cost $12 and 7 and $300'))
print(C(r'(?<=ab)c').search('abc'), C(r'(?<=ab)c').search('abc', 2), C(r'(?<=ab)c').match('abc', 2))
print(C(r'(?<=a)').findall('aaa'), C(r'(?<!a)b').findall('ab bb cb'))
print(C(r'(?<=(a))b').search('ab').groups(), C(r'(?<=ab|cd)e').findall('abe cde xe'))
print(C(r'^(?<!x)y').match('y'), C(r'(?<=\b)x').findall('x ax x'))
