# bytes patterns over bytes and bytearray subjects.
from srecodes import compile as C, I

p = C(rb'(\w+)=(\d+)')
print(p.findall(b'a=1 bb=22 c=x'), p.search(bytearray(b'..key=9..')))
m = p.search(bytearray(b'..key=9..'))
print(m.group(), type(m.group()).__name__, m.groups(), m.string)
print(C(rb'\s+').split(b'a b  c\td'), C(rb'[\x80-\xff]+').findall(b'a\x80\xffb\x7f'))
print(C(rb'ab', I).findall(b'AB ab Ab \xc1b'), C(rb'\w', I).findall(b'a\xe9Z'))
print(C(rb'x*').sub(b'-', b'abc'), C(rb'(.)').sub(lambda m: m.group(1).upper(), b'hey'))
print(C(rb'^\d+$').match(b'123'), C(rb'.').findall(b'a\nb'))
print(repr(C(rb'\d')), C(rb'\d').pattern)
