def call[*Ts, **P](f, *args: *Ts):
    return f(*args)
type Fn[**P, R] = object
