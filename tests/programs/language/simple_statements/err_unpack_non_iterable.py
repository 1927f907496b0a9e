def get_pair():
    return None

left, right = get_pair()
