import os
import os.path as osp
from sys import argv, path as p
from . import sibling
from .mod import *
