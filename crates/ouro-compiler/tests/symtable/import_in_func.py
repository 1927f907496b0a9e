def f():
    import os
    import a.b
    from c import d as e
    return os, a, e
