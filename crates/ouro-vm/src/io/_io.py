# The classes of ouro's built-in `_io` module, run once when the module is made: the
# abstract bases (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase), FileIO over the
# descriptors of `posix`, the buffered layers, TextIOWrapper, StringIO, BytesIO and open().
# CPython: Modules/_io/*.c. Written for ouro; behaviour and messages follow CPython 3.12.

import posix as _os

DEFAULT_BUFFER_SIZE = 8192
try:
    _buffer_types = (bytes, bytearray, memoryview)
except NameError:
    _buffer_types = (bytes, bytearray)
_LOCALE_ENCODING = "UTF-8"


class UnsupportedOperation(OSError, ValueError):
    pass


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _unsupported(name):
    raise UnsupportedOperation(name)


class _IOBase:
    _closed_flag = False

    def seek(self, pos, whence=0):
        _unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self._closed_flag

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        _unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        _unsupported("readinto")

    def write(self, b):
        _unsupported("write")


class _BufferedIOBase(_IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def read1(self, size=-1):
        _unsupported("read1")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        _unsupported("write")

    def detach(self):
        _unsupported("detach")


class _TextIOBase(_IOBase):
    def read(self, size=-1):
        _unsupported("read")

    def write(self, s):
        _unsupported("write")

    def truncate(self, pos=None):
        _unsupported("truncate")

    def readline(self, size=-1):
        _unsupported("readline")

    def detach(self):
        _unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    f = getattr(type(file), "__fspath__", None)
    if f is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(file).__name__}")
    return _os.fspath(file)


def _bytes_of(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, _buffer_types):
        return bytes(b)
    # Any other buffer (array.array...), as its raw bytes.
    try:
        m = memoryview(b)
    except TypeError:
        m = None
    if m is None:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
    return m.tobytes()


class FileIO(_RawIOBase):
    _fd = -1

    def _checkClosed(self, msg=None):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file")

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _os.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int) and not isinstance(file, bool):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if not set(mode) <= set("xrwab+"):
            raise ValueError(f"invalid mode: {mode}")
        rwa = sum(c in "rwax" for c in mode)
        if rwa != 1 or mode.count("+") > 1:
            raise ValueError("Must have exactly one of create/read/write/append "
                             "mode and at most one plus")
        self._created = "x" in mode
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._appending = "a" in mode
        if "x" in mode:
            flags = 0o100 | 0o200
        elif "r" in mode:
            flags = 0
        elif "w" in mode:
            flags = 0o100 | 0o1000
        else:
            flags = 0o100 | 0o2000
        if "+" in mode:
            flags |= 2
        elif "r" not in mode:
            flags |= 1
        flags |= 0o2000000
        self._seekable = None
        if fd < 0:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            name = _fspath(file)
            if opener is None:
                fd = _os.open(name, flags, 0o666)
            else:
                fd = opener(name, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
        else:
            name = file
        self._fd = fd
        self._closefd = closefd
        self.name = file
        try:
            st = _os.fstat(fd)
        except OSError as e:
            self._fd = -1
            raise
        if (st.st_mode & 0o170000) == 0o040000:
            if self._closefd:
                _os.close(fd)
            self._fd = -1
            raise IsADirectoryError(21, _os.strerror(21), file)
        self._blksize = st.st_blksize if st.st_blksize > 1 else DEFAULT_BUFFER_SIZE
        if self._appending:
            try:
                _os.lseek(fd, 0, 2)
            except OSError:
                pass

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def __repr__(self):
        name = type(self).__module__ + "." + type(self).__qualname__
        if self.closed:
            return f"<{name} [closed]>"
        return f"<{name} name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>"

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                _os.lseek(self._fd, 0, 1)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._checkClosed()
        return _os.isatty(self._fd)

    def read(self, size=-1):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if size is None or size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        chunks = []
        while True:
            data = _os.read(self._fd, 65536)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        return _os.write(self._fd, _bytes_of(b))

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            fd = self._fd
            try:
                _RawIOBase.close(self)
            finally:
                self._fd = -1
                if self._closefd:
                    _os.close(fd)

    def _dealloc_warn(self, source):
        pass


class _Buffered(_BufferedIOBase):
    _raw = None

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._wbuf = bytearray()

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def __repr__(self):
        name = type(self).__module__ + "." + type(self).__qualname__
        try:
            n = self.name
        except AttributeError:
            return f"<{name}>"
        return f"<{name} name={n!r}>"

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def seekable(self):
        return self._raw.seekable()

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()

    def detach(self):
        if self._raw is None:
            raise ValueError("raw stream already detached")
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    # Reading.

    def _check_read(self, op="read"):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        self._checkClosed(op + " of closed file")
        if not self._raw.readable():
            raise UnsupportedOperation("read")
        if self._wbuf:
            self._flush_unlocked()

    def read(self, size=-1):
        self._check_read()
        if size is None:
            size = -1
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            chunks = [self._rbuf]
            self._rbuf = b""
            while True:
                data = self._raw.read()
                if not data:
                    if data is None and len(chunks) == 1 and not chunks[0]:
                        return None
                    break
                chunks.append(data)
            return b"".join(chunks)
        out = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        while len(out) < size:
            data = self._raw.read(max(self.buffer_size, size - len(out)))
            if not data:
                break
            need = size - len(out)
            out += data[:need]
            self._rbuf = data[need:]
        return out

    def read1(self, size=-1):
        self._check_read("read1")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._rbuf:
            data = self._raw.read(max(self.buffer_size, size))
            if not data:
                return b""
            self._rbuf = data
        out = self._rbuf[:size]
        self._rbuf = self._rbuf[size:]
        return out

    def peek(self, size=0):
        self._check_read("peek")
        if not self._rbuf:
            data = self._raw.read(self.buffer_size)
            if data:
                self._rbuf = data
        return self._rbuf

    def readline(self, size=-1):
        self._check_read("readline")
        if size is None:
            size = -1
        out = b""
        while True:
            i = self._rbuf.find(b"\n")
            if i >= 0:
                end = i + 1
                if size >= 0 and len(out) + end > size:
                    end = size - len(out)
                out += self._rbuf[:end]
                self._rbuf = self._rbuf[end:]
                return out
            if size >= 0 and len(out) + len(self._rbuf) >= size:
                end = size - len(out)
                out += self._rbuf[:end]
                self._rbuf = self._rbuf[end:]
                return out
            out += self._rbuf
            self._rbuf = b""
            data = self._raw.read(self.buffer_size)
            if not data:
                return out
            self._rbuf = data

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Writing.

    def write(self, b):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        if self.closed:
            raise ValueError("write to closed file")
        if not self._raw.writable():
            raise UnsupportedOperation("write")
        b = _bytes_of(b)
        if self._rbuf:
            # Back the raw position up to the logical one before writing.
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""
        self._wbuf += b
        if len(self._wbuf) >= self.buffer_size:
            self._flush_unlocked()
        return len(b)

    def _flush_unlocked(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_unlocked()

    # Positioning.

    def seek(self, pos, whence=0):
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2, 3, 4):
            raise ValueError(f"whence value {whence} unsupported")
        self._checkClosed("seek of closed file")
        if not self._raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        self._flush_unlocked()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self._raw.seek(pos, whence)

    def tell(self):
        pos = self._raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def truncate(self, pos=None):
        self._checkClosed("truncate of closed file")
        if not self._raw.writable():
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        return self._raw.truncate(pos)

    def close(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        if self._raw.closed:
            return
        try:
            if self._raw.writable():
                self.flush()
        finally:
            self._raw.close()

    def _dealloc_warn(self, source):
        pass


_buffered_init = _Buffered.__init__


class BufferedReader(_Buffered):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        _buffered_init(self, raw, buffer_size)

    def write(self, b):
        self._checkClosed()
        raise UnsupportedOperation("write")

    def writable(self):
        return False


class BufferedWriter(_Buffered):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        _buffered_init(self, raw, buffer_size)

    def _check_read(self, op="read"):
        self._checkClosed()
        raise UnsupportedOperation(op)

    def readable(self):
        return False


class BufferedRandom(_Buffered):
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        _buffered_init(self, raw, buffer_size)


def _flatten(cls):
    # The buffered classes derive from _BufferedIOBase directly, as CPython's do.
    ns = {k: v for k, v in _Buffered.__dict__.items() if k not in ("__dict__", "__weakref__")}
    ns.update({k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")})
    return type(cls.__name__, (_BufferedIOBase,), ns)


BufferedReader = _flatten(BufferedReader)
BufferedWriter = _flatten(BufferedWriter)
BufferedRandom = _flatten(BufferedRandom)
del _flatten


class BufferedRWPair(_BufferedIOBase):
    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# ----- text -----

_CANONICAL = {
    "utf8": "utf-8", "utf_8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "utf_8_sig": "utf-8-sig", "utf8_sig": "utf-8-sig",
    "latin_1": "latin-1", "latin1": "latin-1", "iso_8859_1": "latin-1", "iso8859_1": "latin-1",
    "l1": "latin-1", "latin": "latin-1", "8859": "latin-1", "cp819": "latin-1",
    "ascii": "ascii", "us_ascii": "ascii", "646": "ascii",
    "utf_16": "utf-16", "utf16": "utf-16", "utf_16_le": "utf-16-le", "utf_16le": "utf-16-le",
    "utf_16_be": "utf-16-be", "utf_16be": "utf-16-be",
    "utf_32": "utf-32", "utf32": "utf-32", "utf_32_le": "utf-32-le", "utf_32le": "utf-32-le",
    "utf_32_be": "utf-32-be", "utf_32be": "utf-32-be",
    "cp1252": "cp1252", "windows_1252": "cp1252",
}


def _canonical(encoding):
    return _CANONICAL.get(encoding.lower().replace("-", "_").replace(" ", "_"))


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "locale"
    return encoding


class _Codec:
    # An incremental encoder/decoder pair for one encoding (the built-in codecs of str.encode
    # and bytes.decode, or an `encodings` codec through `codecs`).

    def __init__(self, encoding, errors):
        self.errors = errors
        self.name = _canonical(encoding)
        self.dec_name = self.name
        self.bom_done = False
        self.tail = b""
        self.inc_dec = None
        self.inc_enc = None
        if self.name is None:
            try:
                import codecs
                info = codecs.lookup(encoding)
            except ImportError:
                raise LookupError(f"unknown encoding: {encoding}") from None
            self.inc_dec = info.incrementaldecoder(errors)
            self.inc_enc = info.incrementalencoder(errors)
        else:
            "".encode(self.name.replace("utf-8-sig", "utf-8"), errors if errors in (
                "strict", "ignore", "replace") else "strict")

    def reset_decoder(self):
        self.tail = b""
        self.bom_done = False
        self.dec_name = self.name
        if self.inc_dec is not None:
            self.inc_dec.reset()

    def decode(self, data, final):
        if self.inc_dec is not None:
            return self.inc_dec.decode(data, final)
        data = self.tail + data
        self.tail = b""
        name = self.dec_name
        if name in ("utf-16", "utf-32") and not self.bom_done:
            width = 2 if name == "utf-16" else 4
            if len(data) < width and not final:
                self.tail = data
                return ""
            self.bom_done = True
            if name == "utf-16":
                if data[:2] == b"\xfe\xff":
                    self.dec_name = "utf-16-be"
                    data = data[2:]
                else:
                    self.dec_name = "utf-16-le"
                    if data[:2] == b"\xff\xfe":
                        data = data[2:]
            else:
                if data[:4] == b"\x00\x00\xfe\xff":
                    self.dec_name = "utf-32-be"
                    data = data[4:]
                else:
                    self.dec_name = "utf-32-le"
                    if data[:4] == b"\xff\xfe\x00\x00":
                        data = data[4:]
            name = self.dec_name
        if name == "utf-8-sig":
            if not self.bom_done:
                if len(data) < 3 and not final and b"\xef\xbb\xbf".startswith(data):
                    self.tail = data
                    return ""
                self.bom_done = True
                if data[:3] == b"\xef\xbb\xbf":
                    data = data[3:]
            name = "utf-8"
        if not final:
            if name == "utf-8":
                # Keep an incomplete multi-byte sequence at the end for the next chunk.
                n = len(data)
                for k in range(1, 4):
                    if k > n:
                        break
                    c = data[n - k]
                    if c & 0xC0 == 0x80:
                        continue
                    if c >= 0xC0:
                        need = 2 if c < 0xE0 else 3 if c < 0xF0 else 4
                        if need > k:
                            self.tail = data[n - k:]
                            data = data[:n - k]
                    break
            elif name.startswith("utf-16"):
                cut = len(data) - len(data) % 2
                if cut >= 2:
                    last = data[cut - 2:cut]
                    unit = last[1] if name == "utf-16-le" else last[0]
                    if 0xD8 <= unit <= 0xDB:
                        cut -= 2
                self.tail = data[cut:]
                data = data[:cut]
            elif name.startswith("utf-32"):
                cut = len(data) - len(data) % 4
                self.tail = data[cut:]
                data = data[:cut]
        return data.decode(name, self.errors)

    def encode(self, text, at_start):
        if self.inc_enc is not None:
            return self.inc_enc.encode(text)
        name = self.name
        if name == "utf-8-sig":
            b = text.encode("utf-8", self.errors)
            return b"\xef\xbb\xbf" + b if at_start else b
        if name in ("utf-16", "utf-32"):
            if at_start:
                return text.encode(name, self.errors)
            return text.encode(name + "-le", self.errors)
        return text.encode(name, self.errors)

    def encoded_len(self, text):
        name = self.dec_name
        if name == "utf-8-sig":
            name = "utf-8"
        elif name in ("utf-16", "utf-32"):
            name += "-le"
        if self.inc_enc is not None:
            import codecs
            return len(codecs.encode(text, self.name, self.errors))
        return len(text.encode(name, "surrogatepass" if False else "replace"))


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"illegal newline type: {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")


class TextIOWrapper(_TextIOBase):
    _buffer = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        if encoding is None or encoding == "locale":
            encoding = _LOCALE_ENCODING
        if "\0" in encoding:
            raise ValueError("embedded null character")
        if errors is None:
            errors = "strict"
        self._codec = _Codec(encoding, errors)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._reset_read()
        self._seen = 0
        self._wrote = False
        try:
            self._seekable = buffer.seekable()
        except Exception:
            self._seekable = False
        self._at_start = True
        if self._seekable and buffer.writable():
            try:
                if buffer.tell() != 0:
                    self._at_start = False
            except Exception:
                pass

    def _reset_read(self):
        self._raw = ""
        self._raw_pos = 0
        self._nl_pos = []
        self._nl_i = 0
        self._has_cr = False
        self._chunk_start = None
        self._eof = False
        try:
            self._codec.reset_decoder()
        except AttributeError:
            pass

    def __repr__(self):
        name = type(self).__module__ + "." + type(self).__qualname__
        parts = [f"<{name}"]
        try:
            parts.append(f" name={self.name!r}")
        except AttributeError:
            pass
        try:
            parts.append(f" mode={self.mode!r}")
        except AttributeError:
            pass
        parts.append(f" encoding={self._encoding!r}>")
        return "".join(parts)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def newlines(self):
        seen = self._seen
        kinds = [k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n")) if seen & bit]
        if not kinds:
            return None
        if len(kinds) == 1:
            return kinds[0]
        return tuple(kinds)

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def seekable(self):
        self._checkClosed()
        return self._seekable

    def readable(self):
        self._checkClosed()
        return self._buffer.readable()

    def writable(self):
        self._checkClosed()
        return self._buffer.writable()

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self.flush()
        if encoding is not None or errors is not None:
            if encoding is None:
                encoding = self._encoding
            if errors is None:
                errors = "strict"
            self._codec = _Codec(encoding, errors)
            self._encoding = encoding
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._newline = newline
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        b = self._buffer
        self._buffer = None
        return b

    # Writing.

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self._buffer.writable():
            raise UnsupportedOperation("not writable")
        n = len(s)
        nl = self._newline
        text = s
        if nl is not None and nl not in ("", "\n"):
            text = text.replace("\n", nl)
        if self._raw or self._chunk_start is not None:
            pos = self.tell()
            self._reset_read()
            self._buffer.seek(pos)
        at_start = False
        if self._at_start:
            self._at_start = False
            try:
                at_start = self._buffer.tell() == 0
            except Exception:
                at_start = True
        data = self._codec.encode(text, at_start)
        self._buffer.write(data)
        if self._write_through or (self._line_buffering and ("\n" in s or "\r" in s)):
            self._buffer.flush()
        return n

    def flush(self):
        self._checkClosed()
        self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    # Reading.

    def _check_readable(self):
        self._checkClosed()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")

    def _fill(self):
        # Decodes one more chunk into self._raw; False at the end of the file.
        if self._eof:
            return False
        if self._chunk_start is None:
            try:
                self._chunk_start = self._buffer.tell() if self._seekable else 0
            except Exception:
                self._chunk_start = 0
            self._consumed_bytes = 0
        if self._raw_pos:
            # Drop the consumed text; the chunk now starts at the read position.
            self._chunk_start += self._codec.encoded_len(self._raw[:self._raw_pos])
            self._raw = self._raw[self._raw_pos:]
            self._raw_pos = 0
        try:
            data = self._buffer.read1(DEFAULT_BUFFER_SIZE)
        except (AttributeError, UnsupportedOperation):
            data = self._buffer.read(DEFAULT_BUFFER_SIZE)
        if data is None:
            data = b""
        final = not data
        text = self._codec.decode(data, final)
        if final:
            self._eof = True
        if text:
            if not self._raw and self._raw_pos == 0 and self._chunk_start is not None:
                # Bytes that the decoder consumed without output (a BOM) shift the start.
                pass
            self._raw += text
            self._nl_pos = None
        return not final or bool(text)

    def _index_lines(self):
        # The positions of the LFs in the decoded text, for readline.
        positions = []
        acc = -1
        pieces = self._raw.split("\n")
        pieces.pop()
        for piece in pieces:
            acc += len(piece) + 1
            positions.append(acc)
        self._nl_pos = positions
        self._nl_i = 0
        self._has_cr = "\r" in self._raw

    def _avail(self):
        # The decoded text after the read position, translated; a final CR waits for the next
        # chunk unless the file ended.
        seg = self._raw[self._raw_pos:]
        if not self._eof and seg.endswith("\r") and self._newline in (None, "", "\r\n"):
            seg = seg[:-1]
        if self._newline is None:
            if "\r" in seg:
                crlf = seg.count("\r\n")
                cr = seg.count("\r") - crlf
                lf = seg.count("\n") - crlf
                self._seen |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
                seg = seg.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in seg:
                self._seen |= 2
        elif self._newline == "" and ("\r" in seg or "\n" in seg):
            crlf = seg.count("\r\n")
            cr = seg.count("\r") - crlf
            lf = seg.count("\n") - crlf
            self._seen |= (1 if cr else 0) | (2 if lf else 0) | (4 if crlf else 0)
        return seg

    def _consume(self, n):
        # Advances the read position past n translated characters.
        if self._newline is None:
            raw = self._raw
            start = self._raw_pos
            i = n
            while True:
                extra = raw.count("\r\n", start, start + i)
                j = n + extra
                if j == i:
                    break
                i = j
            if start + i < len(raw) and raw[start + i - 1:start + i + 1] == "\r\n" and i > 0:
                i += 1
            self._raw_pos = start + i
        else:
            self._raw_pos += n

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            if not self._eof:
                data = self._buffer.read()
                text = self._codec.decode(data or b"", True)
                if self._raw_pos:
                    self._raw = self._raw[self._raw_pos:]
                    self._raw_pos = 0
                self._raw += text
                self._eof = True
            t = self._avail()
            self._reset_read()
            return t
        while True:
            t = self._avail()
            if len(t) >= size or self._eof:
                break
            self._fill()
        t = t[:size]
        self._consume(len(t))
        return t

    def _find_eol(self, t):
        nl = self._newline
        if nl is None or nl == "\n":
            i = t.find("\n")
            return i + 1 if i >= 0 else -1
        if nl == "":
            i = t.find("\n")
            j = t.find("\r")
            if j >= 0 and (i < 0 or j < i):
                if j + 1 < len(t) and t[j + 1] == "\n":
                    return j + 2
                if j + 1 < len(t) or self._eof:
                    return j + 1
                return -1
            return i + 1 if i >= 0 else -1
        i = t.find(nl)
        return i + len(nl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        nl = self._newline
        if self._nl_pos is None:
            self._index_lines()
        if nl == "\n" or (nl is None and not self._has_cr):
            # Fast path: the next LF from the table of LF positions of the decoded text.
            nlp = self._nl_pos
            k = self._nl_i
            pos = self._raw_pos
            n = len(nlp)
            while k < n and nlp[k] < pos:
                k += 1
            self._nl_i = k
            if k < n:
                end = nlp[k] + 1
                if size >= 0 and end - pos > size:
                    end = pos + size
                self._raw_pos = end
                if nl is None:
                    self._seen |= 2
                return self._raw[pos:end]
        while True:
            t = self._avail()
            end = self._find_eol(t)
            if end >= 0:
                break
            if size >= 0 and len(t) >= size:
                break
            if self._eof:
                end = len(t)
                break
            self._fill()
        if end < 0:
            end = len(t)
        if size >= 0 and end > size:
            end = size
        line = t[:end]
        self._consume(end)
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Positioning.

    def tell(self):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        self._buffer.flush()
        if self._chunk_start is None:
            return self._buffer.tell()
        return self._chunk_start + self._codec.encoded_len(self._raw[:self._raw_pos])

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self._buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if not isinstance(cookie, int):
            raise TypeError(f"an integer is required")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.flush()
        self._reset_read()
        self._buffer.seek(cookie)
        self._at_start = cookie == 0
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        self._reset_read()
        return self._buffer.truncate(pos)


class IncrementalNewlineDecoder:
    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._pendingcr = False
        self._seen = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self._seen |= (2 if lf else 0) | (1 if cr else 0) | (4 if crlf else 0)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self._pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen_index()]

    def _seen_index(self):
        s = self._seen
        return (2 if s & 1 else 0) | (1 if s & 2 else 0) | (4 if s & 4 else 0)


# ----- in-memory streams -----

class StringIO(_TextIOBase):
    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not "
                            f"{type(initial_value).__name__}")
        self._newline = newline
        self._closed_flag = False
        self._parts = []
        self._value = ""
        self._pos = 0
        self._seen = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if self._parts:
            self._value += "".join(self._parts)
            self._parts = []
        return self._value

    def _check(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file")

    @property
    def closed(self):
        return self._closed_flag

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None:
            return None
        kinds = [k for bit, k in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def close(self):
        self._closed_flag = True

    def getvalue(self):
        self._check()
        return self._text()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                crlf = s.count("\r\n")
                self._seen |= (1 if s.count("\r") - crlf else 0) | (4 if crlf else 0)
                s = s.replace("\r\n", "\n").replace("\r", "\n")
            if "\n" in s:
                self._seen |= 2
        elif nl not in ("", "\n"):
            s = s.replace("\n", nl)
        if not s:
            return n
        length = len(self._value) + sum(len(p) for p in self._parts) if self._parts else len(self._value)
        if self._pos == length:
            self._parts.append(s)
        else:
            v = self._text()
            if self._pos > len(v):
                v += "\0" * (self._pos - len(v))
            self._value = v[:self._pos] + s + v[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._check()
        v = self._text()
        if size is None or size < 0:
            r = v[self._pos:]
        else:
            r = v[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        v = self._text()
        start = self._pos
        if start >= len(v):
            return ""
        nl = self._newline
        if nl == "":
            i = v.find("\n", start)
            j = v.find("\r", start)
            if j >= 0 and (i < 0 or j < i):
                end = j + 2 if v[j + 1:j + 2] == "\n" else j + 1
            else:
                end = i + 1 if i >= 0 else len(v)
        else:
            sep = "\n" if nl is None or nl == "\n" else nl
            i = v.find(sep, start)
            end = i + len(sep) if i >= 0 else len(v)
        if size >= 0 and end - start > size:
            end = start + size
        self._pos = end
        return v[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._text())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        v = self._text()
        if pos < len(v):
            self._value = v[:pos]
        return pos

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_BufferedIOBase):
    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0
        self._closed_flag = False

    def _check(self):
        if self._closed_flag:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        self._closed_flag = True

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            r = bytes(self._buf[self._pos:])
        else:
            r = bytes(self._buf[self._pos:self._pos + size])
        self._pos += len(r)
        return r

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        i = self._buf.find(b"\n", self._pos)
        end = i + 1 if i >= 0 else len(self._buf)
        if size >= 0 and end - self._pos > size:
            end = self._pos + size
        r = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return r

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        b = _bytes_of(b)
        n = len(b)
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buf):
            self._buf += bytes(pos - len(self._buf))
        self._buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"negative size value {pos}")
        del self._buf[pos:]
        return pos


# ----- open -----

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not "
                        f"{type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not "
                        f"{type(errors).__name__}")
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"open() argument 'newline' must be str or None, not "
                        f"{type(newline).__name__}")
    modes = set(mode)
    if not modes <= set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: '{mode}'")
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    rawmode = ("x" if creating else "") + ("r" if reading else "") + \
        ("w" if writing else "") + ("a" if appending else "") + ("+" if updating else "")
    raw = FileIO(file, rawmode, closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering < 0:
            raise ValueError("invalid buffering size")
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        elif reading:
            buffer = BufferedReader(raw, buffering)
        else:
            raise ValueError(f"unknown mode: '{mode}'")
        result = buffer
        if binary:
            return result
        if newline is not None:
            _check_newline(newline)
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")

