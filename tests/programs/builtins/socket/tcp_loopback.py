# A TCP connection over the loopback interface: bind to an ephemeral port, listen, connect,
# accept, exchange bytes, and read the peer's end of file.
import socket

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, 0 < port < 65536, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
cli = socket.create_connection((host, port))
conn, addr = srv.accept()
print(addr[0], addr[1] == cli.getsockname()[1], cli.getpeername() == (host, port))
cli.sendall(b"hello over tcp")
print(conn.recv(100))
conn.sendall(b"reply")
print(cli.recv(100))
cli.close()
print(conn.recv(100))
conn.close()
srv.close()
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
