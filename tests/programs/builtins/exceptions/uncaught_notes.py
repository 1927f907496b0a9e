e = RuntimeError("failed")
e.add_note("while doing the thing")
e.add_note("second note")
print("about to raise")
raise e
