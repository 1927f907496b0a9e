"""Writes the oracle cases for ouro's flowgraph and assembler tests.

Run with CPython 3.12 and PYTHONHASHSEED=0:

    PYTHONHASHSEED=0 python3.12 crates/ouro-compiler/tests/assemble/gen_cases.py [more.py ...]

For every source in corpus/ (and any extra files named on the command line) it records the
module's raw instruction sequence and metadata, as CPython's code generator produces them
(`_testinternalcapi.compiler_codegen`), and the fields of the code object that `compile()`
makes from them. The Rust test `assemble_oracle.rs` feeds the former to
`assemble::optimize_and_assemble` and compares with the latter.

Output format (cases.txt), one item per line, tokens separated by spaces. Strings are `s`
followed by the hex of their UTF-8 bytes. Constants: `N` None, `E` Ellipsis, `T`/`F`, `i<int>`,
`f<16 hex digits of the IEEE bits>`, `c<real bits>:<imag bits>`, `s<hex>`, `b<hex>`,
`t<n>` / `z<n>` (tuple / frozenset, followed by n constants), `C<qualname hex>:<firstlineno>`
(a code object, compared by qualname and first line only).
Jump arguments in `instr` lines are instruction indices.
"""

import ast
import dis
import os
import struct
import sys
import types

import _testinternalcapi

HERE = os.path.dirname(os.path.abspath(__file__))


def s(text):
    return "s" + text.encode("utf-8", "surrogatepass").hex()


def const(v):
    if v is None:
        return "N"
    if v is Ellipsis:
        return "E"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i%d" % v
    if isinstance(v, float):
        return "f" + struct.pack(">d", v).hex()
    if isinstance(v, complex):
        return "c%s:%s" % (struct.pack(">d", v.real).hex(), struct.pack(">d", v.imag).hex())
    if isinstance(v, str):
        return s(v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, tuple):
        return " ".join(["t%d" % len(v)] + [const(x) for x in v])
    if isinstance(v, frozenset):
        return " ".join(["z%d" % len(v)] + [const(x) for x in v])
    if isinstance(v, types.CodeType):
        return "C%s:%d" % (v.co_qualname.encode().hex(), v.co_firstlineno)
    raise TypeError(type(v))


def key_value(k):
    # Keys of the consts dict are _PyCode_ConstantKey values: tuples carry the value second.
    if isinstance(k, tuple):
        return k[1]
    return k


class MarshalReader:
    """Just enough of marshal to read co_localsplusnames/kinds of a code object whose
    consts and names were emptied."""

    def __init__(self, data):
        self.d = data
        self.p = 0
        self.refs = []

    def byte(self):
        b = self.d[self.p]
        self.p += 1
        return b

    def i32(self):
        v = struct.unpack_from("<i", self.d, self.p)[0]
        self.p += 4
        return v

    def obj(self):
        code = self.byte()
        flag = code & 0x80
        t = chr(code & 0x7F)
        idx = None
        if flag:
            idx = len(self.refs)
            self.refs.append(None)
        if t == "r":
            return self.refs[self.i32()]
        if t in "s":
            n = self.i32()
            v = self.d[self.p:self.p + n]
            self.p += n
        elif t in "zZ":
            n = self.byte()
            v = self.d[self.p:self.p + n].decode("latin-1")
            self.p += n
        elif t in "aAut":
            n = self.i32()
            raw = self.d[self.p:self.p + n]
            self.p += n
            v = raw.decode("utf-8", "surrogatepass") if t in "ut" else raw.decode("latin-1")
        elif t == ")":
            n = self.byte()
            v = tuple(self.obj() for _ in range(n))
        elif t == "(":
            n = self.i32()
            v = tuple(self.obj() for _ in range(n))
        elif t == "i":
            v = self.i32()
        else:
            raise ValueError("marshal type %r" % t)
        if idx is not None:
            self.refs[idx] = v
        return v

    def localsplus(self):
        code = self.byte()
        assert chr(code & 0x7F) == "c"
        if code & 0x80:
            self.refs.append(None)
        for _ in range(5):
            self.i32()
        self.obj()  # code
        self.obj()  # consts
        self.obj()  # names
        names = self.obj()
        kinds = self.obj()
        return names, kinds


def localsplus(co):
    import marshal
    stripped = co.replace(co_consts=(), co_names=())
    return MarshalReader(marshal.dumps(stripped)).localsplus()


def case_lines(name, src):
    tree = ast.parse(src, name)
    insts, md = _testinternalcapi.compiler_codegen(tree, name, 0)
    co = compile(src, name, "exec", dont_inherit=True)
    lp_names, lp_kinds = localsplus(co)
    consts = [None] * len(md["consts"])
    for k, i in md["consts"].items():
        consts[i] = key_value(k)
    hidden = [n for n, k in zip(lp_names, lp_kinds) if k & 0x10]
    out = ["case " + s(name)]
    out.append(
        "meta %s %s %d %d %d %d %d"
        % (
            s(md["name"]),
            s(co.co_qualname),
            co.co_firstlineno,
            md["argcount"],
            md["posonlyargcount"],
            md["kwonlyargcount"],
            co.co_flags,
        )
    )
    out.append("consts %d" % len(consts))
    out.extend(const(c) for c in consts)

    def names_line(tag, d):
        lst = [None] * len(d)
        for k, i in d.items():
            lst[i] = k
        return " ".join([tag] + [s(x) for x in lst])

    out.append(names_line("names", md["names"]))
    out.append(names_line("varnames", md["varnames"]))
    out.append(names_line("cellvars", md["cellvars"]))
    out.append(names_line("freevars", md["freevars"]))
    out.append(" ".join(["fasthidden"] + [s(x) for x in hidden]))
    out.append("instrs %d" % len(insts))
    for op, arg, *loc in insts:
        out.append("%d %d %d %d %d %d" % (op, arg, *loc))
    out.append("expect")
    out.append("code " + co.co_code.hex())
    out.append("consts %d" % len(co.co_consts))
    out.extend(const(c) for c in co.co_consts)
    out.append(" ".join(["names"] + [s(x) for x in co.co_names]))
    out.append(" ".join(["localsplusnames"] + [s(x) for x in lp_names]))
    out.append("localspluskinds " + lp_kinds.hex())
    out.append("stacksize %d" % co.co_stacksize)
    out.append("flags %d" % co.co_flags)
    out.append("argcount %d %d %d" % (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
    out.append("firstlineno %d" % co.co_firstlineno)
    out.append("qualname " + s(co.co_qualname))
    out.append("name " + s(co.co_name))
    out.append("linetable " + co.co_linetable.hex())
    out.append("exceptiontable " + co.co_exceptiontable.hex())
    out.append("end")
    return out


def main():
    if sys.version_info[:2] != (3, 12):
        sys.exit("run this with CPython 3.12")
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run this with PYTHONHASHSEED=0")
    corpus = os.path.join(HERE, "corpus")
    files = [os.path.join(corpus, f) for f in sorted(os.listdir(corpus)) if f.endswith(".py")]
    out_path = os.path.join(HERE, "cases.txt")
    extra = sys.argv[1:]
    if extra and extra[0] == "-o":
        out_path = extra[1]
        extra = extra[2:]
    files += extra
    lines = []
    for path in files:
        with open(path, encoding="utf-8") as f:
            src = f.read()
        name = os.path.basename(path) if path.startswith(corpus) else path
        try:
            lines.extend(case_lines(name, src))
        except (SyntaxError, ValueError) as e:
            print("skipped %s: %s" % (path, e), file=sys.stderr)
    with open(out_path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d cases to %s" % (sum(1 for l in lines if l.startswith("case ")), out_path))


if __name__ == "__main__":
    main()
