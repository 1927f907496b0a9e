a = __debug__
