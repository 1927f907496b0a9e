for s in ['', '.2f', '>20', '+', '^30.3e', '010', '=10', 'z.1f', ',', 'g', '.3', 'n', '%', 'x', '#', ' ']:
  for c in [1+2j, -0.0-0j, 0j, 1.5e20-3j, complex('nan+infj'), 2j, -1j, 1234567.891+0.000123j]:
    try: print(repr(s), repr(c), repr(format(c, s)))
    except Exception as e: print(repr(s), repr(c), type(e).__name__, e)
