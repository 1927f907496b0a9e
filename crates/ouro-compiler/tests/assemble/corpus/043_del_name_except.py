try:
    pass
except E as e:
    pass
try:
    x()
except:
    y()
