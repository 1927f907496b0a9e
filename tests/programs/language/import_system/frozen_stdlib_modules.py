# The standard library modules CPython freezes (os, posixpath, stat, abc, codecs, io, site,
# runpy...) have code named "<frozen NAME>", origin 'frozen', their source file as __file__
# and no __cached__; tracebacks through them show no source lines.
import os, posixpath, stat, abc, codecs, io, genericpath, runpy, json

for m in (os, posixpath, stat, abc, codecs, io, genericpath, runpy):
    spec = m.__spec__
    print(m.__name__, spec.origin, spec.has_location, spec.cached,
          spec.loader_state.origname, spec.loader_state.filename == m.__file__,
          hasattr(m, "__cached__"), m.__loader__.__name__)
print(os.makedirs.__code__.co_filename, posixpath.join.__code__.co_filename)
print(json.__spec__.origin == json.__file__, json.dumps.__code__.co_filename == json.__file__)
print(os.path is posixpath)
try:
    os.makedirs("/proc/no/such/dir")
except OSError as e:
    tb = e.__traceback__.tb_next
    print(type(e).__name__, tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name)
os.environ["OURO_FROZEN_TEST_NO_SUCH_VARIABLE"]
