import sys
seen = []
def hook(event, args):
    if event == "my.event":
        seen.append(args)
sys.addaudithook(hook)
sys.audit("my.event", 1, "two")
sys.audit("other.event")
print(seen)
try:
    sys.audit(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.audit("my.event")
sys.audit("my.event", None)
print(seen)
