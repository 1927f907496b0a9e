from os import path, sep
from collections import OrderedDict as OD
