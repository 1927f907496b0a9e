for s in ['0<10', '0>12', '*^15', '010.2f', '<8', '_>12', ',.2f', '_', 'z', '+.0e', '#.0f', '-^12g', ' >14.3']:
  for c in [1+2j, -3.5-0j, 0j, 12345.678j]:
    try: print(repr(s), repr(c), repr(format(c, s)), f"{c:{s}}" == format(c, s))
    except Exception as e: print(repr(s), repr(c), type(e).__name__, e)
print(format(1+2j), str(1+2j), "{:>12}".format(3j), "%s" % (1-1j))
