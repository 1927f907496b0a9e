import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(a).__name__, type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.perf_counter() <= time.perf_counter(), time.monotonic_ns() > 0, time.process_time() >= 0, time.thread_time() >= 0)
print(time.time() > 1.6e9, abs(time.time_ns() / 1e9 - time.time()) < 5)
time.sleep(0)
time.sleep(0.001)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
info = time.get_clock_info("monotonic")
print(info.monotonic, type(info.resolution).__name__)
