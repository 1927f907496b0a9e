x = a·b + ·c
