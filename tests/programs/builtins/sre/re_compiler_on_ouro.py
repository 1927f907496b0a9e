# re's own parser and compiler (pure Python) feeding _sre, without re/__init__.py: a stand-in
# `re` package object lets `import re._compiler` load the submodules directly.
import sys
import _sre

re = type(sys)('re')
re.__path__ = [p + '/re' for p in sys.path]
sys.modules['re'] = re
import re._compiler as compiler
import re._parser as parser

def _compile_template(pattern, repl):
    return _sre.template(pattern, parser.parse_template(repl, pattern))
re._compile_template = _compile_template

def C(p, flags=0):
    return compiler.compile(p, flags)

p = C(r'(?P<key>\w+)\s*=\s*(?P<value>"[^"]*"|\d+)')
text = 'a = 1, name="x y", b=22'
print(p.findall(text), [m.groupdict() for m in p.finditer(text)])
print(p.sub(r'\g<value>=\g<key>', text), p.subn(r'<\1>', text))
m = p.search(text)
print(m.expand(r'[\2|\1|\g<0>]'), m.expand(r'\n\t\\'))
print(C(r'(a)(b)?').sub(r'\1-\2-', 'ab a'))
print(C(rb'(\d+)').sub(rb'<\1>', b'x12y3'))
print(C(r'(?i)stra\u00dfe').match('STRASSE'), C(r'(?i)stra\u00dfe').match('STRA\u1e9eE'))
print(C(r'(?i)[k-m]+').findall('KLM \u212a kl'), C(r'(?i)\u03c3+').findall('\u03a3\u03c2\u03c3'))
print(C(r'(?x) \d+ (?: \. \d+ )?').findall('1.5 and 22 and 3.'))
print(C(r'(?s)<!--.*?-->').sub('', 'a<!-- x\ny -->b<!---->c'))
print(C(r'(?m)^\s*#.*$\n?').sub('', '# c\nx = 1\n  # d\ny\n'))
print(C(r'\b(\w)(\w*)\b').sub(lambda m: m[1].upper() + m[2], 'the quick brown fox'))
print(C(r'(?<=\d)(?=(\d{3})+\b)').sub(',', '1234567 and 89'))
print(C(r'(\w+)@(\w+)\.com').split('a joe@mail.com b ann@web.com'))
print(C(r'a++b|(?>c+)d|e{2,}+').findall('aab ccd eee'))
print(C(r'(?P<q>[\'"])(.*?)(?P=q)').findall('"a" \'b\' "c\''))
print(C(r'(x)?(?(1)y|z)').findall('xy z xz'))
for bad in [r'(', r'a**', r'(?P<1>x)', r'[z-a]', r'\1']:
    try:
        C(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    C(r'(a)').sub(r'\2', 'a')
except Exception as e:
    print(type(e).__name__, e)
