import sys
class AppError(Exception):
    pass
def run():
    raise AppError("something bad", 42)
print("starting")
sys.stdout.flush()
run()
