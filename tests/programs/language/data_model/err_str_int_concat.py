count = 3
message = "count: " + count
