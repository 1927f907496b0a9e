x = f'{a:>10}'
y = f'{a:{w}}'
z = f'{a:{w}.{p}f}'
v = f'{a:}'
