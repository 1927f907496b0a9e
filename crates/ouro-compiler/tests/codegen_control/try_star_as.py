try:
    f()
except* E as e:
    g(e)
