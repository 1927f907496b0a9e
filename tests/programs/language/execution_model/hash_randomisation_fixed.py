import os, sys
print(os.environ.get("PYTHONHASHSEED"), sys.flags.hash_randomization)
print(hash("a") == hash("a"), {"b", "a", "c"} == {"a", "b", "c"})
print(sorted({"banana", "apple", "cherry"}))
