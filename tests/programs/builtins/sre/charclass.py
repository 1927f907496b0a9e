# Character classes, categories and ranges (str subjects).
from srecodes import compile as C, A

for pat in [r'[a-c]+', r'[^a-c]+', r'\d+', r'\D+', r'\w+', r'\W+', r'\s+', r'\S+',
            r'[\d.]+', r'[^\s,]+', r'[a-zA-Z_][a-zA-Z0-9_]*', r'[-+]?\d+', r'[\]\\]+',
            r'[\w-]+', r'[0-9a-fA-F]{2,}']:
    p = C(pat)
    print(pat, p.findall('ab-c 12.5, x_y +42 FFee0 ]\\ q\u00e9\u0663\u2003z'))
for pat, fl in [(r'\w+', 0), (r'\w+', A), (r'\d+', 0), (r'\d+', A), (r'\s+', 0), (r'\s+', A)]:
    print(pat, fl, C(pat, fl).findall('caf\u00e9 \u0661\u0662 \u00a0x\u3000y 7'))
print(C(r'[\u0400-\u04ff]+').findall('abc \u0416\u0417 def \u04ff'))
print(C(r'[^\x00-\x7f]+').findall('abc\u00e9\u00e8def\U0001f600'))
print(C(r'[\U0001f600-\U0001f64f]').findall('x\U0001f600y\U0001f64fz\U0001f650'))
