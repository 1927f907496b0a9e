# The `_csv` module (CPython: Modules/_csv.c), in Python: dialects and their checks, the
# registry, the reader's state machine and the writer's quoting, with CPython's messages.

"""CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"


def _char(name, value, allow_none):
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        what = "string or None" if allow_none else "string"
        raise TypeError(f'"{name}" must be {what}, not {type(value).__name__}')
    if len(value) != 1:
        raise TypeError(f'"{name}" must be a 1-character string')
    return value


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar", "_lineterminator",
                 "_quotechar", "_quoting", "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for k in kwargs:
            if k not in ("delimiter", "doublequote", "escapechar", "lineterminator",
                         "quotechar", "quoting", "skipinitialspace", "strict"):
                raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if type(dialect) is Dialect and cls is Dialect and not kwargs:
                return dialect

        def get(name):
            if name in kwargs:
                return kwargs[name], True
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name), True
            return None, False

        self = object.__new__(cls)
        v, given = get("delimiter")
        self._delimiter = _char("delimiter", v, False) if given else ","
        v, given = get("doublequote")
        self._doublequote = bool(v) if given else True
        v, given = get("escapechar")
        self._escapechar = _char("escapechar", v, True) if given else None
        v, given = get("lineterminator")
        if given:
            if not isinstance(v, str):
                raise TypeError('"lineterminator" must be a string')
            self._lineterminator = v
        else:
            self._lineterminator = "\r\n"
        q, quoting_given = get("quoting")
        if quoting_given:
            if not isinstance(q, int):
                raise TypeError('"quoting" must be an integer')
            if q not in range(6):
                raise TypeError('bad "quoting" value')
            self._quoting = int(q)
        else:
            self._quoting = QUOTE_MINIMAL
        v, given = get("quotechar")
        if given:
            self._quotechar = _char("quotechar", v, True)
            if v is None and not quoting_given:
                self._quoting = QUOTE_NONE
        else:
            self._quotechar = '"'
        v, given = get("skipinitialspace")
        self._skipinitialspace = bool(v) if given else False
        v, given = get("strict")
        self._strict = bool(v) if given else False
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __reduce_ex__(self, proto):
        raise TypeError(f"cannot pickle '_csv.Dialect' instances")


Dialect.__module__ = "_csv"


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        raise TypeError("field_size_limit() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_EOL = None


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    def __iter__(self):
        return self

    def _save_field(self):
        d = self.dialect
        text = "".join(self._field)
        # (3.12 reads QUOTE_STRINGS and QUOTE_NOTNULL fields as QUOTE_MINIMAL does.)
        if self._unquoted and text and d._quoting == QUOTE_NONNUMERIC:
            value = float(text)
        else:
            value = text
        self._unquoted = True
        self._fields.append(value)
        self._field = []

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error(f"field larger than field limit ({_field_limit})")
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d._skipinitialspace:
                pass
            elif c == d._delimiter:
                self._save_field()
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d._escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d._escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d._doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d._delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d._strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error(f"'{d._delimiter}' expected after '{d._quotechar}'")
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._unquoted = True
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect._strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields, self._fields = self._fields, None
        return fields


Reader.__module__ = "_csv"
Reader.__name__ = Reader.__qualname__ = "reader"


def reader(csvfile, dialect=None, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    it = iter(csvfile)
    r = object.__new__(Reader)
    r._input = it
    r.line_num = 0
    r.dialect = Dialect(dialect, **kwargs)
    return r


def _is_number(v):
    t = type(v)
    return isinstance(v, (int, float, complex)) or any(
        hasattr(t, m) for m in ("__index__", "__int__", "__float__"))


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    def _append(self, out, text, quoted, first):
        d = self.dialect
        special = (d._delimiter, d._escapechar, d._quotechar)
        for phase in (0, 1):
            if phase == 1:
                if not first:
                    out.append(d._delimiter)
                if quoted:
                    out.append(d._quotechar)
            for c in text:
                want_escape = False
                if c in special and c is not None or c in d._lineterminator:
                    if d._quoting == QUOTE_NONE:
                        want_escape = True
                    else:
                        if c == d._quotechar:
                            if d._doublequote:
                                if phase == 1:
                                    out.append(d._quotechar)
                            else:
                                want_escape = True
                        elif c == d._escapechar:
                            want_escape = True
                        if not want_escape:
                            quoted = True
                    if want_escape:
                        if d._escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        if phase == 1:
                            out.append(d._escapechar)
                if phase == 1:
                    out.append(c)
        if quoted:
            out.append(d._quotechar)

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        out = []
        n = 0
        for field in it:
            q = d._quoting
            if q == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif q == QUOTE_ALL:
                quoted = True
            elif q == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif q == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._append(out, text, quoted, n == 0)
            n += 1
        if n > 0 and not out:
            if d._quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            self._append(out, "", True, True)
        out.append(d._lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__module__ = "_csv"
Writer.__name__ = Writer.__qualname__ = "writer"


def writer(fileobj, dialect=None, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    w = object.__new__(Writer)
    try:
        w._write = fileobj.write
    except AttributeError:
        raise TypeError('argument 1 must have a "write" method') from None
    w.dialect = Dialect(dialect, **kwargs)
    return w
