x = a ‽ b
