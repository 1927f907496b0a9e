from json import loads, load_string
