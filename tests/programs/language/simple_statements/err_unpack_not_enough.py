# xfail: not yet identical to CPython
header, body, footer = "title\ncontent".split("\n")
