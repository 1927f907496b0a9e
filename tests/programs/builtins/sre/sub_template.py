# sub templates with group references (compiled through re._compile_template and _sre.template).
from srecodes import compile as C

p = C(r'(?P<k>\w+)=(?P<v>\w+)')
print(p.sub(r'\2=\1', 'a=1 b=2'), p.sub(r'\g<v>:\g<k>', 'a=1 b=2'), p.sub(r'[\g<0>]', 'a=1'))
print(p.subn(r'<\1>\n', 'x=y'), C(r'(a)|b').sub(r'[\1]', 'ab'))
print(C(rb'(\d)').sub(rb'\1\1', b'a1b2'))
m = p.search('key=val')
print(m.expand(r'\2 is \1'), m.expand(r'\g<k>\\'))
