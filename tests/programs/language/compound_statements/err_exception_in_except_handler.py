def risky():
    return {}["missing"]
try:
    risky()
except KeyError as e:
    print("handling", repr(e))
    log = open("/nonexistent/log.txt", "w")
