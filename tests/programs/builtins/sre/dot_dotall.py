# The dot, with and without DOTALL.
from srecodes import compile as C, S

s = 'ab\ncd\n\nef'
print(C('.').findall(s))
print(C('.', S).findall(s))
print(C('a.*').match(s), C('a.*', S).match(s))
print(C('.+').findall(s), C('.+', S).findall(s))
print(C('c.?d').search(s), C('b.c', S).search(s), C('b.c').search(s))
print(C('(?s:.)x').findall('\nx ax'))
