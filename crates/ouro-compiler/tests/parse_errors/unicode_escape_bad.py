x = '\N{nonexistent name}'
