try:
    f()
except E:
    g()
finally:
    h()
