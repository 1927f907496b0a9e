import sys
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
captured = []
sys.displayhook = lambda v: captured.append(v)
exec(compile("42", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print(captured)
import builtins
exec(compile("'shown'", "<s>", "single"))
print(builtins._)
