import struct
for f in ("", "b", "bh", "bi", "bq", "hb", "ib", "bbb", "@bi", "=bi", "<bi", ">bi", "!bi",
          "ci", "?q", "3s", "3si", "2xi", "i2x", "4b", "0i", "b0i", "5p", "e", "bd", " i  h ",
          "10s", "P", "bP", "nN", "3x"):
    print(repr(f), struct.calcsize(f))
for bad in ("y", "3", "<n", ">P", "i#", "="):
    try:
        print(repr(bad), struct.calcsize(bad))
    except struct.error as e:
        print(repr(bad), type(e).__name__, e)
