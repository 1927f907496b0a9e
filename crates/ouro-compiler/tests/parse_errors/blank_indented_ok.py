if x:
    pass
  
