def f():
    import json
    from math import pi
    return json, pi
