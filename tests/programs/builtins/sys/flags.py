import sys
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_site, f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.hash_randomization, f.isolated, f.dev_mode, f.warn_default_encoding, f.safe_path)
print(type(f).__name__, len(f) >= 17)
try:
    f.debug = 1
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
