import os
import os.path
import a.b.c
import sys as system
import a.b.c as d
import x, y
