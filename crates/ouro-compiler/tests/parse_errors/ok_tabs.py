if x:
	a
	b
