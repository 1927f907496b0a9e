# split: separators, captured separators, maxsplit, empty matches.
from srecodes import compile as C

print(C(r',\s*').split('a, b,c,   d'), C(r'(,)\s*').split('a, b,c'))
print(C(r'\W+').split('Words, words, words.'), C(r'(\W+)').split('Words, words.'))
print(C(r'\W+').split('Words, words, words.', 1), C(r'\W+').split('Words, words', maxsplit=-1))
print(C(r'x*').split('axbc'), C(r'').split('abc'), C(r'\b').split('ab cd'))
print(C(r'(a)|(b)').split('xaybz'), C(r'[,;]').split(''), C(r'a').split('aaa'))
print(C(r'(?:)').split('ab', 1))
