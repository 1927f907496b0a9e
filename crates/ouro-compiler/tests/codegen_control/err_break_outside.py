f()
break
