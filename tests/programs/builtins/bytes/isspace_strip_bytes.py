ws = bytes(range(0, 33)) + b"\x7f\x85\xa0"
print([c for c in ws if bytes([c]).isspace()])
print(ws.strip(), b" \x0b\x0cq\x1c ".strip(), b"\x85x\xa0".strip())
print(b"a\x0bb\x0cc\x1cd".split(), b"a\x0bb\x0cc\x1cd".splitlines())
