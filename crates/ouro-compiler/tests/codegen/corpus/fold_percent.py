a = '%s' % (x,)
b = '%s and %r' % (x, y)
c = '%d' % (x,)
d = 'x%%y %s' % (x,)
e = '%s' % (1,)
f = '%5s|%-3a' % (x, y)
g = '%s' % x
