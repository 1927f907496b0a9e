from . import (a b)
