a = 1; b = 2; c = a + b
def f(): return 1
