def connect(host, port, timeout):
    return host, port, timeout

print(connect("a", 1, 2))
connect("localhost", 80)
