if 0:
    never()
if 1:
    always()
while 0:
    nope()
if None:
    pass
