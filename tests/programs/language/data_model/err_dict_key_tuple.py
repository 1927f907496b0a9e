# xfail: not yet identical to CPython
routes = {("GET", "/"): "index"}
print(routes[("GET", "/")])
print(routes[("POST", "/")])
