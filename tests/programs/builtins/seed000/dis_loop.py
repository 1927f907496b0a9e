# Seed note 000: "How fast is the Python virtual machine?" -- the loop's bytecode, no timing.
import dis

def f():
    x = 0
    for _ in range(10_000_000):
        x = 10 + x - 10 + x + 10 + x - 10 + x + 10 + x - 10

dis.dis(f)

def g(n):
    x = 0
    for _ in range(n):
        x = 10 + x - 10 + x + 10 + x - 10 + x + 10 + x - 10
    return x

print(g(0), g(1), g(1000))
