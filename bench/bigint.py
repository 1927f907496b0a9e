# Arbitrary-precision integers: factorial, power, multiplication, division, str().
import sys


def main():
    sys.set_int_max_str_digits(0)
    f = 1
    for i in range(1, 6000):
        f *= i
    p = 3 ** 20000
    q = p * p // (f + 1)
    digits = str(f)
    fib_a, fib_b = 0, 1
    for _ in range(40000):
        fib_a, fib_b = fib_b, fib_a + fib_b
    print(len(digits), digits[:20], q % 1_000_007, fib_a % 1_000_000_007, p.bit_length())


main()
