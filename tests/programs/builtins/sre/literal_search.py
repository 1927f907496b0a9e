# Literal patterns: match, fullmatch and search, with pos and endpos.
from srecodes import compile as C

p = C('abc')
for s in ['abc', 'abcd', 'xabc', 'ab', '', 'xxabcabc']:
    print(repr(s), p.match(s), p.fullmatch(s), p.search(s))
print(p.search('xxabcabc', 3))
print(p.search('xxabcabc', 2, 5))
print(p.search('xxabcabc', 2, 4))
print(p.match('xxabc', 2))
print(p.fullmatch('xxabcd', 2, 5))
print(p.search('abc', -5, 100))
print(p.search('abc', 10))
print(p.match(string='zabc', pos=1))
q = C('a')
print(q.search('bbba'), q.search('bbb'))
e = C('')
print(e.match('abc'), e.search('abc', 3), e.fullmatch(''), e.fullmatch('a'))
print(C('x*').match('abc', 2, 1))
print(C('hello world').search('say hello world!').span())
