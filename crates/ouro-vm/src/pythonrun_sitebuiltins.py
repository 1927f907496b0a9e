class Quitter(object):
    __module__ = '_sitebuiltins'
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return f'Use {self.name}() or {self.eof} to exit'
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
class _Printer(object):
    __module__ = '_sitebuiltins'
    MAXLINES = 23
    def __init__(self, name, data, files=(), dirs=()):
        self._Printer__name = name
        self._Printer__data = data
        self._Printer__lines = None
        self._Printer__filenames = [d + '/' + f for d in dirs for f in files]
    def _Printer__setup(self):
        if self._Printer__lines:
            return
        text = None
        for path in self._Printer__filenames:
            try:
                with open(path, encoding='utf-8') as fp:
                    text = fp.read()
                break
            except OSError:
                pass
        self._Printer__lines = (text or self._Printer__data).split('\n')
        self._Printer__linecnt = len(self._Printer__lines)
    def __repr__(self):
        self._Printer__setup()
        if len(self._Printer__lines) > self.MAXLINES:
            return 'Type %s() to see the full %s text' % (self._Printer__name, self._Printer__name)
        return '\n'.join(self._Printer__lines)
    def __call__(self):
        self._Printer__setup()
        lines = self._Printer__lines
        start = 0
        while start < len(lines):
            for line in lines[start:start + self.MAXLINES]:
                print(line)
            start += self.MAXLINES
            if start >= len(lines):
                break
            answer = None
            while answer not in ('', 'q'):
                answer = input('Hit Return for more, or q (and Return) to quit: ')
            if answer == 'q':
                break
class _Helper(object):
    __module__ = '_sitebuiltins'
    def __repr__(self):
        return 'Type help() for interactive help, or help(object) for help about object.'
    def __call__(self, *args, **kwds):
        import pydoc
        return pydoc.help(*args, **kwds)
import sys as _sys
copyright = _Printer('copyright', _sys.copyright)
credits = _Printer('credits', '''\
    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.''')
if _stdlib_dir:
    license = _Printer('license', 'See https://www.python.org/psf/license/',
                       ['LICENSE.txt', 'LICENSE'], [_stdlib_dir + '/..', _stdlib_dir, '.'])
else:
    license = _Printer('license', 'See https://www.python.org/psf/license/')
help = _Helper()
del _sys
