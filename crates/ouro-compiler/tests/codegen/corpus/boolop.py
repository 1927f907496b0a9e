a and b
x = a or b
y = a and b and c
z = a or b and c
