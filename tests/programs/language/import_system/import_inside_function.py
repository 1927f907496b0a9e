def use():
    import pkgs.counter
    from pkgs.alpha import NAME
    return NAME, "pkgs" in globals()
print(use())
def lazy_json():
    import json
    return json.dumps({"x": 1})
print(lazy_json())
