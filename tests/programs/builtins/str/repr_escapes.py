for s in ("plain", "it's", 'say "hi"', "both ' and \"", "\n\t\r\\", "\x00\x07\x1b\x7f", "\x80\xa0\xad", "é€", "\u200b\u2028\ufeff", "\ud800", "\U0001F600", "\U000e0001", "\U0010ffff", "\u0378"):
    print(repr(s), ascii(s), len(s))
