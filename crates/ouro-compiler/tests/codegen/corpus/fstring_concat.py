x = f'{a}' 'b' f'{c}'
y = 'a' f'b' 'c'
z = f'x' f'y'
