1
'str'
x
x.y
f()
(1, 2)
