try:
    f()
except E:
    g()
except F:
    h()
except:
    k()
