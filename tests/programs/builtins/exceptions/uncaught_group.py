print("raising a group")
raise ExceptionGroup("several problems", [ValueError("bad value"), TypeError("bad type")])
