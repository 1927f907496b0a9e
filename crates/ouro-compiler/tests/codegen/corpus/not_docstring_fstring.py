f'not a doc'
x = 1
