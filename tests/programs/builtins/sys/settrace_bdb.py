import bdb

class Tracer(bdb.Bdb):
    def __init__(self):
        super().__init__()
        self.lines = []
    def user_line(self, frame):
        if frame.f_code.co_name == "work":
            self.lines.append(frame.f_lineno - frame.f_code.co_firstlineno)
        self.set_step()
    def user_return(self, frame, value):
        if frame.f_code.co_name == "work":
            self.lines.append(("ret", value))
        self.set_step()

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

t = Tracer()
t.runcall(work, 3)
print(t.lines)
