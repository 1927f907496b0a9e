# Random patterns (a fixed pseudo-random sequence) compiled by re's own compiler and run over
# str, bytes and bytearray subjects: search, fullmatch, findall, split, sub and template subn.
import sys
re = type(sys)('re')
re.__path__ = [p + '/re' for p in sys.path]
sys.modules['re'] = re
import re._compiler as compiler
import _sre
import re._parser as parser
re._compile_template = lambda p, r: _sre.template(p, parser.parse_template(r, p))

seed = 7
N = 120
state = [seed]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(xs):
    return xs[rnd(len(xs))]

ATOMS = ['a', 'b', 'c', '.', r'\w', r'\d', r'\s', r'\W', '[ab]', '[^a]', '[a-c]', r'\b', '^', '$',
         r'\A', r'\Z', 'A', 'B', '\u00e9', '\u00c9', 'x', ' ', r'\n', '[^\n]']
def gen(depth):
    n = 1 + rnd(3)
    out = []
    ngroups = [0]
    for _ in range(n):
        r = rnd(10)
        if depth > 0 and r < 3:
            inner = gen(depth - 1)
            kind = pick(['(', '(?:', '(?>', '(?=', '(?!', '(?P<g%d>' % rnd(1000), '('])
            out.append(kind + inner + ')')
        elif depth > 0 and r == 3:
            out.append('(?:' + gen(depth - 1) + '|' + gen(depth - 1) + ')')
        elif r == 4:
            out.append(r'(?<=' + pick(['a', 'b', 'ab', r'\w', '.']) + ')')
        elif r == 5:
            out.append(r'(?<!' + pick(['a', 'b', 'ab', r'\d']) + ')')
        else:
            out.append(pick(ATOMS))
        if rnd(3) == 0:
            out[-1] += pick(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?', '*+', '++', '?+', '{1,2}+'])
    return ''.join(out)

BYTES = True
SUBJECTS = ['', 'a', 'ab', 'abc', 'aab', 'ba', 'abcabc', 'a b\nc', 'AbC', 'x\u00e9\u00c9x', 'aaaaab', '  a1 b2\n', 'cab\nabc']
for i in range(N):
    pat = gen(2)
    if rnd(4) == 0:
        pat = '(?i)' + pat
    if rnd(6) == 0:
        pat = pat + r'|(\1)?'
    if rnd(8) == 0:
        pat = '(?ms)' + pat
    try:
        p = compiler.compile(pat, 0)
    except Exception as e:
        print(i, repr(pat), 'error', type(e).__name__)
        continue
    res = []
    for s in SUBJECTS:
        try:
            m = p.search(s)
            fm = p.fullmatch(s)
            res.append((m and (m.span(), m.groups(), m.lastindex), fm and fm.span(), p.findall(s), p.split(s), p.sub('-', s), p.subn(r'<\g<0>>', s, 2)))
            if BYTES:
                pb = compiler.compile(pat.encode('latin-1'), 0)
                sb = s.encode('latin-1')
                mb = pb.search(bytearray(sb))
                res.append((mb and (mb.span(), mb.groups()), pb.findall(sb), pb.sub(b'.', sb)))
        except Exception as e:
            res.append(type(e).__name__)
    print(i, repr(pat), res)
