x = b'a' u'b'
