from os import path
from os import path as p, sep
from . import x
from .. import y as z
from .mod import a
from ...pkg.mod import b
