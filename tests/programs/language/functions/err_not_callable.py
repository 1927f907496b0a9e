handlers = {"a": print, "b": None}
handlers["a"]("calling a")
handlers["b"]("calling b")
