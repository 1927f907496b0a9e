import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 12), sys.version_info < (3, 13))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[0] == 3)
print(sys.hexversion >> 16 == 0x030C, sys.version.startswith("3.12"))
print(sys.implementation.version[:2], hasattr(sys.implementation, "name"), hasattr(sys.implementation, "cache_tag"))
print(sys.api_version if False else "api skip", type(sys.implementation.name).__name__)
