# IGNORECASE with non-ASCII characters, including the extra cases of re._casefix.
from srecodes import compile as C, I

print(C('\u00e9t\u00e9', I).findall('\u00c9T\u00c9 \u00e9t\u00e9 ete'))
print(C('\u03c3', I).findall('\u03a3\u03c3\u03c2'), C('\u03a3', I).findall('\u03a3\u03c3\u03c2'))
print(C('[\u03c3]', I).findall('\u03a3\u03c3\u03c2'), C('k', I).findall('\u212a'))
print(C('\u0432', I).findall('\u0412\u0432\u1c80'), C('[\u0430-\u044f]+', I).findall('\u041f\u0420\u0418\u0412\u0415\u0422 world'))
print(C('ss', I).match('\u00df'), C('\u00df', I).match('\u1e9e'), C('i', I).findall('iI\u0130\u0131'))
print(C('[a-z]+', I).findall('\u212a\u017f x'), C('[^k]', I).findall('k\u212aK.'))
print(C('\u00c5', I).findall('\u00e5\u212b\u00c5'), C('(\u00e5)\\1', I).match('\u00e5\u00c5'))
print(C('\u1f80', I).findall('\u1f88\u1f80'), C('\u0131', I).findall('iI\u0131'))
