def f(café):
    naïve = café + "é"
    return naïve
