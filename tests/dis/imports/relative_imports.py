def f():
    from . import sibling
    from .. import parent
    from .mod import name
    from ...pkg.sub import other as alias
    return sibling, parent, name, alias
