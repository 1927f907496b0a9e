a = __debug__
if_ = not __debug__
