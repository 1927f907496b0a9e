# Non-ASCII subjects: indices are code points.
from srecodes import compile as C

s = 'h\u00e9llo w\u00f6rld \U0001f600 end'
m = C(r'w\w+').search(s)
print(m, m.span(), m.group())
print(C(r'\S+').findall(s), [x.span() for x in C(r'\S+').finditer(s)])
print(C(r'\U0001f600').search(s).span(), C('.').findall('\u00e9\U0001f600'))
print(C(r'(?<=\u00e9)l+').search(s), C(r'd\b').search(s).span())
print(C(r'\s').split(s), C(r'[\u00e9\u00f6]').sub('_', s))
print(C(r'\w+').match('\u00fcber', 1), C(r'\w+').search('\u4e2d\u6587 text').group())
