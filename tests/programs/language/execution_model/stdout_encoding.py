import sys
print(sys.stdout.encoding, sys.stderr.encoding)
print("unicode: é ü € 中文 🙂")
print(sys.stdin is not None)
print(repr(sys.stdin.read()))
