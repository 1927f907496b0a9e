try:
    f()
except:
    g()
except E:
    h()
