# ast.parse of f-strings: literal pieces merged across concatenation, conversions, nested format specs, positions.
import ast
for src in ['f"a{b!r:>{w}}c" "d"', 'f""', '"a" f""', 'f"abc"', 'f"{x}"', 'f"c{{d}}e{x:{y}.{z}}"', "f'''a\n{b}\nc'''", 'f"{x:>10}" f"{y!s}" "z"', 'f"{a}{b}"', 'f"\\n{a}\\t"', 'x = f"{a:{b}}"']:
    try:
        print(ast.dump(ast.parse(src), include_attributes=True))
    except Exception as e:
        print(type(e).__name__, e)
