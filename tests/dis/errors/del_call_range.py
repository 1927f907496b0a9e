# Deleting a call underlines the whole call.
del f(a, b)
