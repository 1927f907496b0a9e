try:
    f()
except* E:
    g()
else:
    h()
