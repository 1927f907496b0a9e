# Strings with lone surrogates: constants, folding, sets, docstrings.
a = '\ud800'
b = 'x\udc00y' + 'z'
c = '\ud83d\ude00'
d = {'\ud800', 'a', '\U0001f600\udfff'}
e = '\ud800' * 3
f = 'ab\ud800'[2]
g = 'a' '\udabc' r'\ud800' 'b'


def h():
    '\udcff docstring'
    return '\ufffd\ud800\N{REPLACEMENT CHARACTER}'


x in {'\ud800a', 'b', 'c'}
