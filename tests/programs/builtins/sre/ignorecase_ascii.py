# IGNORECASE with ASCII patterns and the ASCII flag.
from srecodes import compile as C, I, A

for fl in [I, I | A]:
    print(C(r'hello', fl).findall('Hello HELLO hElLo hallo'))
    print(C(r'[a-f]+', fl).findall('ABC def GhI'), C(r'[^a-z]+', fl).findall('ab12CD'))
    print(C(r'x[yz]*', fl).findall('XyZz xYYq'), C(r'\w+', fl).findall('Caf\u00e9 OK'))
    print(C(r'k', fl).findall('kK\u212a'), C(r's', fl).findall('sS\u017f'))
    print(C(r'(?:ab)+?c', fl).match('ABabC'))
print(C(r'[A-Z]', I).findall('abcXYZ'), C(r'[^A-Z]', I).findall('ab1'))
print(C(r'a{2,}', I).match('aAaB'), C(r'[b]{2}', I).match('bB'))
