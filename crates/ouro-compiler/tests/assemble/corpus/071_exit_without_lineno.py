try:
    a()
except:
    pass
for x in y:
    if x:
        pass
