# Back references: \1, (?P=name), case-insensitive references.
from srecodes import compile as C, I

print(C(r'(\w)\1').findall('aabbcdde'))
print(C(r'(?P<q>[\'"]).*?(?P=q)').findall('say "hi" and \'bye\' "x\''))
print(C(r'(a+)b\1').search('aaabaa'))
print(C(r'(abc)\1', I).match('abcABC'), C(r'(abc)\1').match('abcABC'))
print(C(r'(\w+) \1', I).findall('Hey hey you YOU there'))
print(C(r'(a)?b\1').match('b'))
print(C(r'(?:(a)|b)\1').match('aa'), C(r'(?:(a)|b)\1').match('bb'))
print(C(r'(\u00e9)\1', I).match('\u00e9\u00c9'))
