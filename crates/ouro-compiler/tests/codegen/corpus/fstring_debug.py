x = f'{a=}'
y = f'{ a = }'
z = f'{a=!s}'
w = f'{a=:>3}'
