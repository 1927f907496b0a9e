# Deep backtracking and long subjects: no stack overflow, same results as CPython.
from srecodes import compile as C

n = 50000
print(C(r'(?:ab)*').match('ab' * n).end())
print(C(r'(?:a|b)*c').match('ab' * n))
print(C(r'(a|b)*').match('ab' * n).span(1))
print(C(r'(?:a+)+b').match('a' * 16))
print(C(r'(a*)*b').match('a' * 12))
print(C(r'(x+x+)+y').match('x' * 16))
print(C(r'((((((((((a))))))))))*$').search('a' * 5000).span())
print(C(r'.*?x').match('y' * n))
print(len(C(r'(.)').findall('z' * n)))
print(C(r'(?:(a)|b)*?c').match('ab' * 10000 + 'c').span())
print(C(r'\w+@').search('a' * 3000))
