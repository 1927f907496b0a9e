# A parser error after a non-ASCII character: a file reports byte offsets.
name = "été"; f(x) = 1
