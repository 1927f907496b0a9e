print(0b1010, 0o17, 0x1F, 0B11, 0O7, 0XaB, 1_000_000, 0x_FF, 0b_1_0, 0o_7_7)
print(00, 0_0, 1e3.__class__.__name__, 10**0, 0x7FFFFFFFFFFFFFFF, -0x8000000000000000)
print(123456789012345678901234567890, 0xDEADBEEFCAFEBABE1234)
print(type(0x10).__name__, (255).__class__, int.__name__)
