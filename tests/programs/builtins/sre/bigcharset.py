# Sets of many non-ASCII characters (BIGCHARSET) and negated sets.
from srecodes import compile as C, I

p = C('[\u0100-\u0180\u0400\u0500-\u0520\u4e00-\u4e10\uff01]+')
print(p.findall('a\u0100\u017f\u0181 \u0400\u0401 \u0510\u0521 \u4e05\u4e11\uff01\uff02'))
q = C('[^\u0100-\u0180\u4e00-\u4e10a]+')
print(q.findall('ab\u0101c\u4e01d\U00010000'))
print(C('[\u00e0-\u00ff\u0100-\u017f]+', I).findall('\u00c0\u00e0 \u0100\u0101 X'))
print(C('[\u3040-\u309f\u30a0-\u30ff]+').findall('\u3072\u3089\u304c\u306a and \u30ab\u30bf\u30ab\u30ca'))
