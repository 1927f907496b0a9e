a = 7
b = 3
r = a + b - a * b / a // b % a ** b
r = a @ b
