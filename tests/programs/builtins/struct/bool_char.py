import struct
print(struct.pack("???", 0, 1, "x"), struct.unpack("???", b"\x00\x01\x02"))
print(struct.unpack("<?", b"\xff"), struct.pack("<2?", None, 3.5))
print(struct.unpack("c", b"\x00"), struct.unpack("2c", bytearray(b"ab")))
print(struct.pack("<xbx", 5), struct.unpack("<xbx", b"\x00\x07\x00"))
