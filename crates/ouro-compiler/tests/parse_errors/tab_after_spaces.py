if x:
    	a
	b
