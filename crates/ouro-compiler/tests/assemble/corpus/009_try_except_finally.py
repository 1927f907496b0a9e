try:
    a = 1 / b
except ZeroDivisionError as err:
    print(err)
    raise
finally:
    print("finally")
