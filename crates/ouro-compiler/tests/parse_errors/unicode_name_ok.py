x = '\N{BULLET}'
