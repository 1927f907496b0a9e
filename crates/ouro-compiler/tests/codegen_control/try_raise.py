try:
    raise E
except E as e:
    raise F from e
