for v in (0, 999, 1000, -1234567, 10**20, 1234.5, 1e15):
    print(f"{v:,}", f"{v:_}", f"{v:20,}|", f"{v:020,}", f"{v:_^20}")
for v in (0xDEADBEEF, 255):
    print(f"{v:_x}", f"{v:_o}", f"{v:_b}", f"{v:#_x}", f"{v:#_b}")
try:
    f"{255:,x}"
except ValueError as e:
    print(type(e).__name__, e)
