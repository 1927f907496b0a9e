import atexit
atexit.register(print, "atexit still runs")
print("before error")
raise ValueError("uncaught at top level")
