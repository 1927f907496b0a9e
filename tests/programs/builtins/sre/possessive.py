# Possessive repeats: *+ ++ ?+ {m,n}+ (POSSESSIVE_REPEAT_ONE and POSSESSIVE_REPEAT).
from srecodes import compile as C

print(C(r'a*+a').match('aaa'), C(r'a*a').match('aaa'))
print(C(r'a++b').findall('aab ab b'), C(r'a?+a').match('a'), C(r'a{1,2}+a').match('aaa'))
print(C(r'(?:ab)*+ab').match('ababab'), C(r'(?:ab)*+c').match('ababc'))
print(C(r'(ab|a)++b').match('abab'), C(r'(ab|a)++').match('abaab').groups())
print(C(r'"[^"]*+"').findall('"x" "yz" "'))
print(C(r'(?:a|b){2,3}+c').findall('abc ababc aac'))
print(C(r'x(?:y?)*+z').match('xyyz'), C(r'(?:)*+a').match('a'))
