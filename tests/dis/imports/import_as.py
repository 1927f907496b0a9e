import os.path as osp
import collections as c
