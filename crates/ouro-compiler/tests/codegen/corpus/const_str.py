a = 'x'
b = """multi
line"""
c = 'a' 'b'
d = b'bytes'
e = b'a' b'b'
f = 'é∑'
g = ''
