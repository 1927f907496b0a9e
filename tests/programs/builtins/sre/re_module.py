# The re package itself on top of _sre (needs `import re` to work).
import re

print(re.findall(r'\d+', 'a1b22'), re.sub(r'(\w)(\w*)', lambda m: m[1].upper() + m[2], 'hello world'))
print(re.compile(r'(?P<w>\w+)').sub(r'<\g<w>>', 'a b'), re.split(r'[,;]\s*', 'a, b;c'))
print(re.match(r'(\d+)-(\d+)', '10-20').groups(), re.fullmatch(r'\w+', 'abc'))
print(re.compile('x', re.I | re.M), re.escape('a.b*c'), re.search('(?i)AB', 'xab'))
print(re.compile(r'(a)(b)').match('ab').expand(r'\2\1'), re.subn('a', 'b', 'aaa'))
print(type(re.compile('')).__name__, re.Pattern, re.Match)
