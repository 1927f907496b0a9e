pass
x = 1
pass
