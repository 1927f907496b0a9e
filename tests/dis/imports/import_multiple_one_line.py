import os, sys, re as regex
