# sub and subn with literal and callable replacements, counts and empty matches.
from srecodes import compile as C

p = C(r'\d+')
print(p.sub('#', 'a1b22c333'), p.subn('#', 'a1b22c333'), p.sub('#', 'a1b22c333', 2))
print(p.sub('#', 'abc'), p.subn('#', 'abc'), p.sub('', '1a2'))
print(p.sub(lambda m: str(int(m.group()) * 2), 'x7y15'))
print(p.sub(lambda m: None, 'x7y15'), p.subn(lambda m: '', 'x7y15'))
print(C(r'x*').sub('-', 'abxd'), C(r'').sub('-', 'abc'), C(r'x*').subn('-', ''))
print(C(r'(?:)').sub('|', 'ab', 1), C(r'a|(?=b)').sub('_', 'abab'))
print(p.sub(repl='N', string='1 2 3', count=1))
print(C(r'\s+').sub(' ', '  lots   of\t\nspace  '))
try:
    p.sub(lambda m: 5, 'a1')
except TypeError as e:
    print('TypeError', e)
