# os.pidfd_open: a descriptor for a process, its errors (asyncio's PidfdChildWatcher needs it).
import os
import select

for args in [(-5,), (999999999,), ("x",), (1, 99), (1, -1), (1, 2**40)]:
    try:
        os.pidfd_open(*args)
    except Exception as e:
        print(type(e).__name__, e)

import subprocess

proc = subprocess.Popen(["/bin/sh", "-c", "exit 3"])
pid = proc.pid
fd = os.pidfd_open(pid, flags=0)
print(fd > 2, os.get_inheritable(fd))
r, _, _ = select.select([fd], [], [], 5)
print(r == [fd])
p, status = os.waitpid(pid, 0)
print(p == pid, os.waitstatus_to_exitcode(status))
os.close(fd)
try:
    os.pidfd_open(1, 0, 0)
except TypeError as e:
    print(e)
