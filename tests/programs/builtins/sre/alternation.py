# Alternation (BRANCH) with literal and set first characters, nesting and backtracking.
from srecodes import compile as C

print(C(r'cat|dog|bird').findall('a dog, a cat and a bird; catdog'))
print(C(r'a(b|c|d)e').findall('abe ace ade afe'))
print(C(r'(ab|a)(bc|c)').match('abc').groups())
print(C(r'(a|ab)(c|bcd)').match('abcd').groups())
print(C(r'x(?:[ab]|[cd]e|f)+y').findall('xaby xcedey xfy xcy'))
print(C(r'(?:|a)b').findall('ab b'))
print(C(r'(foo|foobar)baz').match('foobarbaz').group(1))
print(C(r'^(?:(\d+)|(\w+))$').match('abc').groups(), C(r'^(?:(\d+)|(\w+))$').match('123').groups())
