try:
    f()
except* E:
    g()
except* F as e:
    h(e)
