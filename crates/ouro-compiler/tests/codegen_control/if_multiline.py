if (a and
        b):
    f(
      x)
