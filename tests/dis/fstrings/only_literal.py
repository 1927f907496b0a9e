s = f"no fields"
t = f""
