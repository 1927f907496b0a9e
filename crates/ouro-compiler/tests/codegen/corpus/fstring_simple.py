x = f'a{b}c'
y = f'{a}'
z = f''
w = f'plain'
