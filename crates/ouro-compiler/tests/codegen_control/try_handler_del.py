try:
    f()
except E as e:
    del e
