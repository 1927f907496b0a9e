# Hand-written code lists run directly by _sre.compile.
import _sre

MAXREPEAT = _sre.MAXREPEAT
# INFO (prefix 'a'), LITERAL 'a', REPEAT_ONE 0..MAX of IN[range b-d], SUCCESS
code = [14, 8, 1, 1, MAXREPEAT, 1, 1, 97, 0, 16, 97, 24, 10, 0, MAXREPEAT, 13, 5, 22, 98, 100, 0, 1, 1]
p = _sre.compile('a[b-d]*', 0, code, 0, {}, (None,))
print(p.match('abcdbe'), p.search('xxacd'), p.fullmatch('abd'))
# INFO, MARK 0, LITERAL 'x', MARK 1, SUCCESS: one group.
g = _sre.compile('(x)', 0, [14, 8, 1, 1, 1, 1, 0, 120, 0, 17, 0, 16, 120, 17, 1, 1], 1, {}, (None, None))
m = g.search('yx')
print(m, m.groups(), m.span(1), m.lastindex)
# INFO, AT_BEGINNING_LINE / AT_END_LINE.
a = _sre.compile('^$', 8, [14, 4, 0, 0, 0, 6, 1, 6, 6, 1], 0, {}, (None,))
print([x.span() for x in a.finditer('a\n\nb\n')])
