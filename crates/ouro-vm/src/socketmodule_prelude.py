# The Python part of ouro's built-in `_socket` module (run once when the module is made): the
# `socket` type with CPython's timeout semantics (sock_call: wait with poll, then the call),
# address conversions, `socketpair`, the default timeout and the byte-order and address-text
# helpers, over the descriptor-level calls of socketmodule.rs. CPython:
# Modules/socketmodule.c.

has_ipv6 = True
_defaulttimeout = None


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = "socket"

_NONBLOCK_BITS = SOCK_NONBLOCK | SOCK_CLOEXEC


def _parse_timeout(value):
    # CPython: socketmodule.c socket_parse_timeout (None: blocking, else seconds >= 0).
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
        t = value
    else:
        t = float(value.__index__())
    if t < 0:
        raise ValueError("Timeout value out of range")
    return t


def _ms(t):
    # A remaining timeout in seconds as whole milliseconds, rounded up.
    import math
    return max(0, math.ceil(t * 1000))


def _ipv4_bytes(host, what):
    if host == "" :
        return b"\0\0\0\0"
    if host == "<broadcast>":
        return b"\xff\xff\xff\xff"
    if host == "localhost":
        return b"\x7f\0\0\1"
    parts = host.split(".")
    if len(parts) == 4 and all(p.isdigit() and int(p) < 256 for p in parts):
        return bytes(int(p) for p in parts)
    raise gaierror(-2, "Name or service not known")


def _ipv4_text(b):
    return ".".join(str(x) for x in b)


def _port(port, what):
    port = port.__index__()
    if not 0 <= port <= 65535:
        raise OverflowError(f"{what}(): port must be 0-65535.")
    return port


def _host_text(host):
    if isinstance(host, str):
        return host
    if isinstance(host, (bytes, bytearray)):
        return bytes(host).decode("idna" if False else "ascii")
    raise TypeError(f"str, bytes or bytearray expected, not {type(host).__name__}")


def _to_addr(family, address, what):
    # CPython: socketmodule.c getsockaddrarg.
    if family == AF_UNIX:
        if isinstance(address, str):
            path = address.encode("utf-8", "surrogateescape")
        else:
            try:
                path = bytes(memoryview(address))
            except TypeError:
                raise TypeError(
                    f"a bytes-like object is required, not '{type(address).__name__}'"
                ) from None
        if len(path) > 107:
            raise OSError("AF_UNIX path too long")
        return (AF_UNIX, path)
    if family == AF_INET:
        if not isinstance(address, tuple):
            raise TypeError(f"{what}(): AF_INET address must be tuple, not {type(address).__name__}")
        if len(address) != 2:
            raise TypeError("AF_INET address must be a pair (host, port)")
        host, port = address
        host = _host_text(host)
        port = _port(port, what)
        return (AF_INET, _ipv4_bytes(host, what), port)
    if family == AF_INET6:
        if not isinstance(address, tuple):
            raise TypeError(f"{what}(): AF_INET6 address must be tuple, not {type(address).__name__}")
        if not 2 <= len(address) <= 4:
            raise TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
        host = _host_text(address[0])
        port = _port(address[1], what)
        flow = address[2] if len(address) > 2 else 0
        scope = address[3] if len(address) > 3 else 0
        if host in ("", "::"):
            ip = bytes(16)
        elif host in ("localhost", "::1"):
            ip = bytes(15) + b"\1"
        else:
            ip = inet_pton(AF_INET6, host)
        return (AF_INET6, ip, port, flow, scope)
    raise OSError(f"{what}(): bad family")


def _from_addr(raw):
    # CPython: socketmodule.c makesockaddr.
    family = raw[0]
    if family == AF_INET:
        return (_ipv4_text(raw[1]), raw[2])
    if family == AF_INET6:
        return (inet_ntop(AF_INET6, raw[1]), raw[2], raw[3], raw[4])
    if family == AF_UNIX:
        path = raw[1]
        if path[:1] == b"\0":
            return path
        return path.decode("utf-8", "surrogateescape")
    return (family, b"")


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object

Open a socket of the given type.  The family argument specifies the
address family; it defaults to AF_INET.  The type argument specifies
whether this is a stream (SOCK_STREAM, this is the default)
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
specifying the default protocol.  Keyword arguments are accepted.
The socket is created as non-inheritable.

When a fileno is passed in, family, type and proto are auto-detected,
unless they are explicitly set.

A socket object represents one endpoint of a network connection."""

    __slots__ = ("_sock_fd", "_sock_family", "_sock_type", "_sock_proto", "_sock_timeout")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        family = family.__index__()
        type = type.__index__()
        proto = proto.__index__()
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _socket(family, type, proto)
        else:
            if isinstance(fileno, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            fd = fileno.__index__()
            if fd < 0:
                raise ValueError("negative file descriptor")
            if family == -1:
                family = _getsockname(fd)[0]
            if type == -1:
                type = _getsockopt(fd, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = _getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, 0)
        self._sock_fd = fd
        self._sock_family = family
        self._sock_type = type & ~_NONBLOCK_BITS
        self._sock_proto = proto
        if type & SOCK_NONBLOCK:
            self._sock_timeout = 0.0
        else:
            self._sock_timeout = _defaulttimeout
            if _defaulttimeout is not None:
                _set_blocking(fd, 0)

    def _fd(self):
        try:
            return self._sock_fd
        except AttributeError:
            return -1

    @property
    def family(self):
        """the socket family"""
        return self._sock_family

    @property
    def type(self):
        """the socket type"""
        return self._sock_type

    @property
    def proto(self):
        """the socket protocol"""
        return self._sock_proto

    @property
    def timeout(self):
        """the socket timeout"""
        return self._sock_timeout

    def fileno(self):
        return self._fd()

    def detach(self):
        fd = self._fd()
        self._sock_fd = -1
        return fd

    def close(self):
        fd = self._fd()
        if fd != -1:
            self._sock_fd = -1
            _close(fd)

    def __del__(self):
        fd = self._fd()
        if fd != -1:
            self._sock_fd = -1
            try:
                _close(fd)
            except OSError:
                pass

    def __repr__(self):
        return (f"<socket object, fd={self._fd()}, family={self._sock_family}, "
                f"type={self._sock_type}, proto={self._sock_proto}>")

    def gettimeout(self):
        return self._sock_timeout

    def settimeout(self, value, /):
        t = _parse_timeout(value)
        self._sock_timeout = t
        _set_blocking(self._fd(), 1 if t is None else 0)

    def setblocking(self, flag, /):
        block = bool(flag)
        self._sock_timeout = None if block else 0.0
        _set_blocking(self._fd(), 1 if block else 0)

    def getblocking(self):
        return self._sock_timeout != 0.0

    def _call(self, writing, func, *args):
        # CPython: socketmodule.c sock_call_ex: with a timeout, wait for the descriptor
        # first and retry on EWOULDBLOCK until the deadline.
        timeout = self._sock_timeout
        if not timeout:
            return func(self._fd(), *args)
        from time import monotonic
        deadline = monotonic() + timeout
        while True:
            left = deadline - monotonic()
            if left <= 0 or not _wait(self._fd(), writing, _ms(left)):
                raise TimeoutError("timed out")
            try:
                return func(self._fd(), *args)
            except BlockingIOError:
                continue

    def recv(self, bufsize, flags=0, /):
        bufsize = bufsize.__index__()
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        return self._call(0, _recv, bufsize, flags.__index__())

    def recv_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        nbytes = nbytes.__index__()
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        if nbytes == 0:
            nbytes = view.nbytes
        elif nbytes > view.nbytes:
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes, flags)
        view.cast("B")[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0, /):
        bufsize = bufsize.__index__()
        if bufsize < 0:
            raise ValueError("negative buffersize in recvfrom")
        data, raw = self._call(0, _recvfrom, bufsize, flags.__index__())
        return data, (None if raw is None else _from_addr(raw))

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        view = memoryview(buffer)
        nbytes = nbytes.__index__()
        if nbytes < 0:
            raise ValueError("negative buffersize in recvfrom_into")
        if nbytes == 0:
            nbytes = view.nbytes
        elif nbytes > view.nbytes:
            raise ValueError("nbytes is greater than the length of the buffer")
        data, addr = self.recvfrom(nbytes, flags)
        view.cast("B")[:len(data)] = data
        return len(data), addr

    def sendto(self, data, flags_or_address, address=None, /):
        if address is None:
            flags, address = 0, flags_or_address
        else:
            flags = flags_or_address.__index__()
        data = self._data(data)
        raw = _to_addr(self._sock_family, address, "sendto")
        return self._call(1, _sendto, data, flags, raw)

    def _data(self, data):
        try:
            return bytes(memoryview(data))
        except TypeError:
            raise TypeError(
                f"a bytes-like object is required, not '{type(data).__name__}'"
            ) from None

    def send(self, data, flags=0, /):
        data = self._data(data)
        return self._call(1, _send, data, flags.__index__())

    def sendall(self, data, flags=0, /):
        data = self._data(data)
        flags = flags.__index__()
        while data:
            n = self._call(1, _send, data, flags)
            data = data[n:]

    def shutdown(self, how, /):
        _shutdown(self._fd(), how.__index__())

    def getsockopt(self, level, optname, buflen=0, /):
        buflen = buflen.__index__()
        if buflen < 0 or buflen > 1024:
            raise OSError("getsockopt buflen out of range")
        return _getsockopt(self._fd(), level.__index__(), optname.__index__(), buflen)

    def setsockopt(self, level, optname, value, optlen=None, /):
        if isinstance(value, int):
            value = value.to_bytes(4, "little", signed=value < 0)
        elif value is None:
            value = bytes(optlen.__index__())
        else:
            value = bytes(memoryview(value))
        _setsockopt(self._fd(), level.__index__(), optname.__index__(), value)

    def getsockname(self):
        return _from_addr(_getsockname(self._fd()))

    def getpeername(self):
        return _from_addr(_getpeername(self._fd()))

    def bind(self, address, /):
        _bind(self._fd(), _to_addr(self._sock_family, address, "bind"))

    def listen(self, backlog=128, /):
        backlog = backlog.__index__()
        _listen(self._fd(), max(backlog, 0))

    def _accept(self):
        fd, raw = self._call(0, _accept)
        return fd, _from_addr(raw)

    def connect(self, address, /):
        err = self._connect(address, True)
        if err:
            raise OSError(err, _strerror(err))

    def connect_ex(self, address, /):
        return self._connect(address, False)

    def _connect(self, address, raise_):
        # CPython: socketmodule.c internal_connect.
        raw = _to_addr(self._sock_family, address, "connect")
        err = _connect(self._fd(), raw)
        if err == 4 or (err == 115 and self._sock_timeout):
            if self._sock_timeout is None:
                _wait(self._fd(), 1, -1)
            elif not _wait(self._fd(), 1, _ms(self._sock_timeout)):
                if raise_:
                    raise TimeoutError("timed out")
                return 11
            err = _getsockopt(self._fd(), SOL_SOCKET, SO_ERROR, 0)
        if err and raise_:
            raise OSError(err, _strerror(err))
        return err

    def get_inheritable(self):
        return _get_inheritable(self._fd())

    def set_inheritable(self, inheritable, /):
        _set_inheritable(self._fd(), 1 if inheritable else 0)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


socket.__module__ = "_socket"
SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    a, b = _socketpair(family, type, proto)
    return (socket(family, type, proto, a), socket(family, type, proto, b))


def close(fd, /):
    _close(fd.__index__())


def dup(fd, /):
    return _dup(fd.__index__())


def getdefaulttimeout():
    return _defaulttimeout


def setdefaulttimeout(timeout, /):
    global _defaulttimeout
    _defaulttimeout = _parse_timeout(timeout)


def gethostname():
    return _gethostname()


def _u16(x, name):
    x = x.__index__()
    if x < 0:
        raise OverflowError(f"{name}: can't convert negative Python int to C 16-bit unsigned integer")
    if x > 0xFFFF:
        raise OverflowError(f"{name}: Python int too large to convert to C 16-bit unsigned integer")
    return ((x & 0xFF) << 8) | (x >> 8)


def htons(x, /):
    return _u16(x, "htons")


def ntohs(x, /):
    return _u16(x, "ntohs")


def htonl(x, /):
    x = x.__index__()
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x > 0xFFFFFFFF:
        raise OverflowError("int larger than 32 bits")
    return int.from_bytes(x.to_bytes(4, "big"), "little")


ntohl = htonl


def inet_aton(string, /):
    parts = string.split(".")
    try:
        nums = [int(p, 0) for p in parts]
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    if not 1 <= len(nums) <= 4 or any(n < 0 for n in nums):
        raise OSError("illegal IP address string passed to inet_aton")
    last = nums[-1]
    head = nums[:-1]
    if any(n > 255 for n in head) or last >= 256 ** (4 - len(head)):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(head) + last.to_bytes(4 - len(head), "big")


def inet_ntoa(packed, /):
    packed = bytes(memoryview(packed))
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return _ipv4_text(packed)


def inet_pton(af, ip, /):
    if af == AF_INET:
        parts = ip.split(".")
        if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 and int(p) < 256 for p in parts):
            raise OSError("illegal IP address string passed to inet_pton")
        return bytes(int(p) for p in parts)
    if af == AF_INET6:
        import ipaddress
        try:
            return ipaddress.IPv6Address(ip).packed
        except ValueError:
            raise OSError("illegal IP address string passed to inet_pton") from None
    raise OSError(97, "Address family not supported by protocol")


def inet_ntop(af, packed, /):
    packed = bytes(memoryview(packed))
    if af == AF_INET:
        if len(packed) != 4:
            raise ValueError("invalid length of packed IP address string")
        return _ipv4_text(packed)
    if af == AF_INET6:
        if len(packed) != 16:
            raise ValueError("invalid length of packed IP address string")
        import ipaddress
        return str(ipaddress.IPv6Address(packed))
    raise ValueError(f"unknown address family {af}")


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    # Numeric hosts and "localhost" only (ouro has no resolver).
    if isinstance(port, str):
        if not port.isdigit():
            raise gaierror(-8, "Servname not supported for ai_socktype")
        port = int(port)
    elif port is None:
        port = 0
    if host is None:
        host = "127.0.0.1" if not flags & AI_PASSIVE else "0.0.0.0"
    if isinstance(host, bytes):
        host = host.decode("ascii")
    out = []
    fams = [family] if family else [AF_INET]
    types = [type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    for fam in fams:
        if fam == AF_INET:
            addr = (_ipv4_text(_ipv4_bytes(host, "getaddrinfo")), port)
        elif fam == AF_INET6:
            addr = (inet_ntop(AF_INET6, _to_addr(AF_INET6, (host, port), "getaddrinfo")[1]), port, 0, 0)
        else:
            raise gaierror(-9, "Address family for hostname not supported")
        for t in types:
            p = proto or {SOCK_STREAM: IPPROTO_TCP, SOCK_DGRAM: IPPROTO_UDP}.get(t, 0)
            out.append((fam, t, p, "", addr))
    return out


def gethostbyname(hostname, /):
    # Numeric addresses and "localhost" only (ouro has no resolver).
    return _ipv4_text(_ipv4_bytes(_host_text(hostname), "gethostbyname"))
