routes = {("GET", "/"): "index"}
print(routes[("GET", "/")])
print(routes[("POST", "/")])
