# Seed note 000: "Python bytecodes" -- the code object and disassembly of f.
import dis

def f(x):
    return ((x + 123) * x - 321) / x

print(f(1), f(2), f(-3.5))
print(f.__code__.co_code)
print(list(f.__code__.co_code))
# The Filename line holds a machine-dependent path, so it is left out.
print("\n".join(line for line in dis.code_info(f).splitlines() if not line.startswith("Filename:")))
dis.dis(f)
