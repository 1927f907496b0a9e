import json
obj = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"k": "é"}}
s = json.dumps(obj, sort_keys=True)
print(s)
print(json.loads(s) == obj)
print(json.dumps(obj, indent=2, ensure_ascii=False))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
