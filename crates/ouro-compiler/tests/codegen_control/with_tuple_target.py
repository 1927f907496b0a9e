with a as (b, c):
    f()
