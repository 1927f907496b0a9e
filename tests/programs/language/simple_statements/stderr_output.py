import sys
print("on stdout")
print("on stderr", file=sys.stderr)
sys.stderr.write("raw write\n")
sys.stdout.write("raw stdout\n")
print("done")
