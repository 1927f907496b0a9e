# Inline flags and VERBOSE patterns (flags that the compiler folds into the code).
from srecodes import compile as C, X

print(C(r'(?i)abc').findall('ABC abc'), C(r'a(?i:b)c').findall('aBc abC'), C(r'(?s).+').match('a\nb'))
print(C(r'(?m)^x').findall('x\nx'), C(r'(?x) a b  # comment').findall('ab a b'))
print(C(r'''
    (\d{3})  # area
    [-\s]?
    (\d{4})  # number
''', X).findall('555-1234 555 9876'))
print(C(r'(?a)\w+').findall('caf\u00e9'), C(r'(?-i:a)B', 2).findall('aB ab AB'))
print(C(r'(?i)[^a]').findall('aAb'))
