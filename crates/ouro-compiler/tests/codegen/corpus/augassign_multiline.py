a[
  b
] += (
  c)
obj.attr \
  += 1
