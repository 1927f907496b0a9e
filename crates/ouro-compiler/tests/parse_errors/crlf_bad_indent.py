if x:
    a
  b
