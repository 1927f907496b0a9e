# subprocess: run a child with its output captured, its exit status, input through a pipe,
# and the error for a program that does not exist.
import subprocess

r = subprocess.run(["/bin/echo", "hello", "child"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["/bin/sh", "-c", "exit 3"])
print(r.returncode)
r = subprocess.run(["/bin/cat"], input=b"through a pipe", stdout=subprocess.PIPE)
print(r.stdout)
print(subprocess.check_output(["/bin/sh", "-c", "echo $0 done"], text=True), end="")
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.check_call(["/bin/sh", "-c", "exit 1"])
except subprocess.CalledProcessError as e:
    print(e)
