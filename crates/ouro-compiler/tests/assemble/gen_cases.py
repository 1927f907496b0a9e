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
Jump arguments in `instr` lines are instruction indices; a seventh token `L` places a label
(a block start) at the instruction.

Function code units (from corpus_functions/, without exception handlers or generator flags)
cannot be had from `compiler_codegen`, which only returns the module: their input is rebuilt
from the final code (see `unlowered`).
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
    return emit_case(name, insts, md, consts, hidden, co)


def emit_case(name, insts, md, consts, hidden, co):
    lp_names, lp_kinds = localsplus(co)
    out = ["case " + s(name)]
    out.append(
        "meta %s %s %d %d %d %d %d"
        % (
            s(co.co_name),
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
        out.append(" ".join(str(x) for x in (op, arg, *loc)))
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


def code_units(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_units(c)


def unlowered(co):
    """An instruction sequence that CPython's code generator could have produced for the
    function `co`, rebuilt from its final code: the prefix instructions go, jumps become
    pseudo-jumps to instruction indices, `LOAD_FAST_CHECK` becomes `LOAD_FAST`,
    `RETURN_CONST` becomes `LOAD_CONST` + `RETURN_VALUE`, and cell and free variable
    arguments go back to the code generator's numbering. Only for code without exception
    handlers."""
    cellvars = sorted(co.co_cellvars)
    freevars = list(co.co_freevars)
    names, _ = localsplus(co)
    ins = [i for i in dis.get_instructions(co) if i.opname not in ("CACHE", "EXTENDED_ARG")]
    skip = 0
    while skip < len(ins) and ins[skip].opname in ("MAKE_CELL", "COPY_FREE_VARS"):
        skip += 1
    if skip < len(ins) and ins[skip].opname == "RETURN_GENERATOR":
        skip += 2
    kept = ins[skip:]
    index = {}
    out_index = 0
    for i in kept:
        index[i.offset] = out_index
        out_index += 2 if i.opname == "RETURN_CONST" else 1
    # A jump to an instruction with EXTENDED_ARG prefixes targets the first prefix.
    pending = []
    for i in dis.get_instructions(co):
        if i.opname == "EXTENDED_ARG":
            pending.append(i.offset)
        elif i.opname != "CACHE":
            for off in pending:
                if i.offset in index:
                    index[off] = index[i.offset]
            pending = []
    out = []
    for i in kept:
        p = i.positions
        loc = [(-1 if v is None else v) for v in (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)]
        op, arg = i.opname, i.arg or 0
        if i.opcode in dis.hasjrel:
            arg = index[i.argval]
            op = {"JUMP_FORWARD": "JUMP", "JUMP_BACKWARD": "JUMP",
                  "JUMP_BACKWARD_NO_INTERRUPT": "JUMP_NO_INTERRUPT"}.get(op, op)
        if op == "LOAD_FAST_CHECK":
            op = "LOAD_FAST"
        if i.opcode in dis.hasfree:
            name = names[arg]
            arg = cellvars.index(name) if name in cellvars else len(cellvars) + freevars.index(name)
        split = op == "RETURN_CONST"
        if split:
            out.append((dis.opmap["LOAD_CONST"], arg, *loc))
            op, arg = "RETURN_VALUE", 0
        opnum = dis.opmap.get(op) or {"JUMP": 260, "JUMP_NO_INTERRUPT": 261}[op]
        if not split and op == "RETURN_VALUE" and out and out[-1][0] == dis.opmap["LOAD_CONST"]:
            # The pair survived CPython's peephole pass, so the two were in different
            # blocks: start a block at the return.
            out.append((opnum, arg, *loc, "L"))
        else:
            out.append((opnum, arg, *loc))
    return out, cellvars, freevars


def function_case_lines(name, co):
    insts, cellvars, freevars = unlowered(co)
    lp_names, lp_kinds = localsplus(co)
    hidden = [n for n, k in zip(lp_names, lp_kinds) if k & 0x10]
    md = {
        "name": co.co_name,
        "argcount": co.co_argcount - co.co_posonlyargcount,
        "posonlyargcount": co.co_posonlyargcount,
        "kwonlyargcount": co.co_kwonlyargcount,
        "names": {n: i for i, n in enumerate(co.co_names)},
        "varnames": {n: i for i, n in enumerate(co.co_varnames)},
        "cellvars": {n: i for i, n in enumerate(cellvars)},
        "freevars": {n: i for i, n in enumerate(freevars)},
    }
    return emit_case(name, insts, md, list(co.co_consts), hidden, co)


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
    fcorpus = os.path.join(HERE, "corpus_functions")
    ffiles = [os.path.join(fcorpus, f) for f in sorted(os.listdir(fcorpus)) if f.endswith(".py")]
    if os.environ.get("GEN_FUNCTIONS"):
        # Also the function units of the extra files.
        ffiles += extra
    for path in ffiles:
        f = os.path.basename(path) if path.startswith(fcorpus) else path
        with open(path, encoding="utf-8") as fh:
            try:
                top = compile(fh.read(), f, "exec", dont_inherit=True)
            except SyntaxError:
                continue
        for co in list(code_units(top))[1:]:
            if co.co_exceptiontable or not co.co_flags & 1:
                continue
            if co.co_flags & (0x20 | 0x80 | 0x200):
                continue
            lines.extend(function_case_lines("%s:%s" % (f, co.co_qualname), co))
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
