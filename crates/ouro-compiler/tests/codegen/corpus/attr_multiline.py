x = (a
     .b
     .c)
y = (a.
     method(1))
