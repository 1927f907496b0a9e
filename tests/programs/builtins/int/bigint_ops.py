a = 3**200
b = 7**150
print(a)
print(a + b)
print(a - b)
print(a * b % 10**40)
print(a // b, a % b)
print(-a // b, -a % b)
print(divmod(b, 12345678901))
print(a.bit_length(), len(str(a)))
print(a // 10**90)
print((10**50) // (10**25), (10**50 + 1) % (10**25))
print(a / b)
print(2**1000 / 2**999)
