try:
    {}["missing"]
except KeyError as e:
    print(e.args)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e.name, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("code", e.code)
try:
    undefined_name_here
except NameError as e:
    print(e.name)
try:
    object().nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
