import sys
print(sys.stdout.write("direct write\n"))
sys.stdout.writelines(["a\n", "b\n"])
print(type(sys.stdout.encoding).__name__, type(sys.stdout.errors).__name__)
print(type(sys.stdout).__name__, sys.stdout.writable(), sys.stdout.readable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stderr.write("to stderr\n")
print(sys.stdout.line_buffering in (True, False))
