# Comments inside a self-documenting f-string expression are dropped from its text.
x = f"{1+2 = # my comment
  }"
y = f"{'#' = }{ 3 # c
 = }"
