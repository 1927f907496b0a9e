# tokenize, linecache and traceback import (they need the _tokenize module); the pure-Python
# parts used at run time (detect_encoding, tokenize.open through linecache, formatted
# tracebacks) work.
import io
import linecache
import tokenize
import traceback

import _tokenize

print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\xef\xbb\xbfx = 1\n").readline))
print(tokenize.tok_name[tokenize.NAME], tokenize.OP, tokenize.ENCODING)
print(linecache.getline(__file__, 1).rstrip())
with tokenize.open(__file__) as f:
    print(f.encoding, f.readline().rstrip())

print(traceback.format_exception_only(ValueError("bad")))
print(type(_tokenize.TokenizerIter).__name__)
