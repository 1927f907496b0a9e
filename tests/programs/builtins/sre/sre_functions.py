# The _sre module's constants and helper functions.
import _sre

print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9, 0x212a)])
print([_sre.unicode_iscased(c) for c in (65, 97, 48, 0xe9, 0x212a, 0x3042, 0x1c80)])
print([_sre.ascii_tolower(c) for c in (65, 97, 48, 0xc9, 0x212a)])
print([_sre.unicode_tolower(c) for c in (65, 97, 48, 0xc9, 0x212a, 0x130, 0x3a3, 0x1e9e)])
p = _sre.compile(None, 0, [16, 97, 1], 0, {}, (None,))
print(p.match('ab'), p.pattern, p.match(b'ab'))
print(hasattr(_sre, 'template'), hasattr(_sre, 'compile'))
