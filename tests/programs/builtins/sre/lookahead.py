# Lookahead assertions (?=...) and (?!...).
from srecodes import compile as C

print(C(r'\w+(?=!)').findall('hi! there you!'))
print(C(r'\b(?!un)\w+').findall('undo redo unite zap'))
print(C(r'(?=(\w\w))').findall('abcd'))
print(C(r'(?=.*\d)(?=.*[a-z])\w{4,}').match('ab12'), C(r'(?=.*\d)(?=.*[a-z])\w{4,}').match('abcd'))
print(C(r'a(?!b)').findall('ab ac a'), C(r'(?!)').match(''), C(r'(?=)').match(''))
print(C(r'(?=(a+))a*b\1').search('baaabac').groups())
print(C(r'(?!(a)b)\w').match('ac').groups())
