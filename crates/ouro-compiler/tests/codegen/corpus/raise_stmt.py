raise
raise E
raise E from c
raise E(1) from None
