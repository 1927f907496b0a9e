import sys
print("exiting with 3")
print("status codes: 0 ok, 1 error")
print(sys.argv[1:])
sys.exit(3)
print("never")
