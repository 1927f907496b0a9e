x = f"{d['k']}"
y = f'{a + b}'
