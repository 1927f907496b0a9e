//! The format-spec mini-language (`format(value, spec)`) for int, float, complex and str:
//! parsing the spec, then rendering digits with sign, prefix, grouping, fill and alignment, and
//! the float conversions (`e f g %` and the repr-like default) with CPython's rounding and
//! layout. CPython: Python/formatter_unicode.c, Python/pystrtod.c (PyOS_double_to_string).

use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec. CPython: formatter_unicode.c InternalFormatSpec.
#[derive(Clone, Debug)]
pub struct Spec {
    pub fill: char,
    pub fill_given: bool,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn read_number(cs: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut n: usize = 0;
    let mut overflow = false;
    while *pos < cs.len() && cs[*pos].is_ascii_digit() {
        let d = cs[*pos] as usize - '0' as usize;
        match n.checked_mul(10).and_then(|x| x.checked_add(d)) {
            Some(v) if v <= isize::MAX as usize => n = v,
            _ => overflow = true,
        }
        *pos += 1;
    }
    if overflow {
        return Err("Too many decimal digits in format string".into());
    }
    Ok(if *pos > start { Some(n) } else { None })
}

/// Parses `spec`; `tyname` names the value's type for error messages.
// CPython: formatter_unicode.c parse_internal_render_format_spec
pub fn parse_spec(spec: &str, tyname: &str, default_align: char) -> Result<Spec, String> {
    parse_spec_t(spec, tyname, default_align, None)
}

/// `parse_spec` with the type assumed when the spec gives none ('s' for str).
pub fn parse_spec_t(
    spec: &str,
    tyname: &str,
    default_align: char,
    default_ty: Option<char>,
) -> Result<Spec, String> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        fill_given: false,
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut pos = 0;
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = cs[0];
        s.fill_given = true;
        s.align = Some(cs[1]);
        pos = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        pos = 1;
    }
    if pos < cs.len() && matches!(cs[pos], '+' | '-' | ' ') {
        s.sign = Some(cs[pos]);
        pos += 1;
    }
    if pos < cs.len() && cs[pos] == 'z' {
        s.no_neg_0 = true;
        pos += 1;
    }
    if pos < cs.len() && cs[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !s.fill_given && pos < cs.len() && cs[pos] == '0' {
        s.fill = '0';
        s.zero = true;
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        pos += 1;
    }
    s.width = read_number(&cs, &mut pos)?;
    if pos < cs.len() && cs[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    } else if pos < cs.len() && cs[pos] == '_' {
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < cs.len() && (cs[pos] == ',' || cs[pos] == '_') {
        if s.grouping == Some(cs[pos]) {
            return Err(format!("Cannot specify '{0}' with '{0}'.", cs[pos]));
        }
        return Err("Cannot specify both ',' and '_'.".into());
    }
    if pos < cs.len() && cs[pos] == '.' {
        pos += 1;
        s.precision = read_number(&cs, &mut pos)?;
        if s.precision.is_none() {
            return Err("Format specifier missing precision".into());
        }
    }
    if cs.len() - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{tyname}'"
        ));
    }
    if pos < cs.len() {
        s.ty = Some(cs[pos]);
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty.or(default_ty) {
            None => true,
            Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            return Err(format!(
                "Cannot specify '{g}' with '{}'.",
                s.ty.or(default_ty).map(String::from).unwrap_or_default()
            ));
        }
    }
    Ok(s)
}

/// Inserts `sep` every `every` digits from the right of `digits`, padding with zeros up to
/// `min_width` characters when zero-filling (the zeros are grouped too).
fn group(digits: &str, sep: Option<char>, every: usize, min_width: usize) -> String {
    let mut ds: Vec<char> = digits.chars().collect();
    let Some(sep) = sep else {
        let mut out = String::new();
        for _ in ds.len()..min_width {
            out.push('0');
        }
        out.push_str(digits);
        return out;
    };
    let mut out: Vec<char> = Vec::new();
    let mut count = 0;
    while !(ds.is_empty() && out.len() >= min_width) {
        if count == every {
            // A separator is always followed by a digit (a padding zero if need be).
            out.push(sep);
            count = 0;
        }
        out.push(ds.pop().unwrap_or('0'));
        count += 1;
    }
    out.iter().rev().collect()
}

/// Lays out a number: `sign`, `prefix`, integer digits (grouped), the rest (fraction,
/// exponent, suffix), padded to the spec's width. CPython: formatter_unicode.c fill_number.
fn render_number(
    s: &Spec,
    neg: bool,
    prefix: &str,
    int_digits: &str,
    rest: &str,
    every: usize,
) -> String {
    let sign = if neg {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let width = s.width.unwrap_or(0);
    let align = s.align.unwrap_or('>');
    let left = sign.chars().count() + prefix.chars().count();
    let rest_len = rest.chars().count();
    let zero_grouped = s.fill == '0' && align == '=';
    let min_digits = if zero_grouped {
        width.saturating_sub(left + rest_len)
    } else {
        0
    };
    let digits = group(int_digits, s.grouping, every, min_digits);
    let body_len = left + digits.chars().count() + rest_len;
    let pad = width.saturating_sub(body_len);
    let fill: String = std::iter::repeat(s.fill).take(pad).collect();
    match align {
        '<' => format!("{sign}{prefix}{digits}{rest}{fill}"),
        '^' => {
            let l = pad / 2;
            let lf: String = std::iter::repeat(s.fill).take(l).collect();
            let rf: String = std::iter::repeat(s.fill).take(pad - l).collect();
            format!("{lf}{sign}{prefix}{digits}{rest}{rf}")
        }
        '=' => format!("{sign}{prefix}{fill}{digits}{rest}"),
        _ => format!("{fill}{sign}{prefix}{digits}{rest}"),
    }
}

/// Pads already formatted text (str values).
pub fn pad_text(s: &Spec, text: &str, default_align: char) -> String {
    let n = text.chars().count();
    let width = s.width.unwrap_or(0);
    if n >= width {
        return text.to_string();
    }
    let pad = width - n;
    let fill = |k: usize| -> String { std::iter::repeat(s.fill).take(k).collect() };
    match s.align.unwrap_or(default_align) {
        '<' => format!("{text}{}", fill(pad)),
        '^' => format!("{}{text}{}", fill(pad / 2), fill(pad - pad / 2)),
        _ => format!("{}{text}", fill(pad)),
    }
}

/// `format(str, spec)`.
pub fn format_str(text: &str, spec: &str) -> Result<String, String> {
    let s = parse_spec_t(spec, "str", '<', Some('s'))?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'str'"
            ))
        }
    }
    if s.sign == Some(' ') {
        return Err("Space not allowed in string format specifier".into());
    }
    if s.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if s.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".into());
    }
    if s.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    let t: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad_text(&s, &t, '<'))
}

/// Errors of the int formatter: a ValueError message, or an OverflowError one.
pub enum FmtErr {
    Value(String),
    Overflow(String),
}

impl From<String> for FmtErr {
    fn from(s: String) -> FmtErr {
        FmtErr::Value(s)
    }
}

/// `format(int, spec)`; `tyname` is the value's type name.
// CPython: formatter_unicode.c format_long_internal
pub fn format_int(v: &BigInt, spec: &str, tyname: &str) -> Result<String, FmtErr> {
    let s = parse_spec(spec, tyname, '>')?;
    match s.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = num_traits::ToPrimitive::to_f64(v).unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                return Err(FmtErr::Overflow("int too large to convert to float".into()));
            }
            return format_float_spec(f, &s).map_err(FmtErr::Value);
        }
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some(t) => {
            return Err(FmtErr::Value(format!(
                "Unknown format code '{t}' for object of type '{tyname}'"
            )))
        }
    }
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier"
            .to_string()
            .into());
    }
    if s.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier"
                .to_string()
                .into(),
        );
    }
    let ty = s.ty.unwrap_or('d');
    if ty == 'c' {
        if s.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'"
                .to_string()
                .into());
        }
        if s.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'"
                    .to_string()
                    .into(),
            );
        }
        let c = num_traits::ToPrimitive::to_u32(v)
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| FmtErr::Overflow("%c arg not in range(0x110000)".into()))?;
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let mut s2 = s.clone();
        if s2.align == Some('=') && !s2.fill_given && s2.zero {
            s2.align = Some('>');
        }
        return Ok(render_number(&s2, false, "", "", &ch.to_string(), 3));
    }
    let (radix, prefix, every) = match ty {
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        _ => (10, "", 3),
    };
    let mut digits = v.abs().to_str_radix(radix);
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if s.alternate { prefix } else { "" };
    let mut s2 = s.clone();
    if ty == 'n' {
        s2.grouping = None;
    }
    Ok(render_number(
        &s2,
        v.is_negative(),
        prefix,
        &digits,
        "",
        every,
    ))
}

/// `format(float, spec)`.
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    let s = parse_spec(spec, "float", '>')?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'n') => {}
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'float'"
            ))
        }
    }
    format_float_spec(x, &s)
}

/// Formats `|x|` by `ty` ('e', 'f', 'g', 'r') with `prec`; returns digits and exponent parts
/// in one string. CPython: pystrtod.c PyOS_double_to_string.
pub fn float_body(x: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> String {
    let x = x.abs();
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return "inf".into();
    }
    match ty {
        'f' => {
            let mut r = format!("{:.*}", prec, x);
            if alt && prec == 0 {
                r.push('.');
            }
            r
        }
        'e' => {
            let r = format!("{:.*e}", prec, x);
            let (m, e) = r.split_once('e').unwrap_or((&r, "0"));
            let e: i32 = e.parse().unwrap_or(0);
            let mut m = m.to_string();
            if alt && prec == 0 {
                m.push('.');
            }
            format!(
                "{m}e{}{:02}",
                if e < 0 { '-' } else { '+' },
                e.unsigned_abs()
            )
        }
        'r' => ouro_bytecode::repr::format_float_r(x, add_dot_0, false),
        _ => {
            // 'g': significant digits, then fixed or exponent notation by the exponent.
            let p = prec.max(1);
            let r = format!("{:.*e}", p - 1, x);
            let (m, e) = r.split_once('e').unwrap_or((&r, "0"));
            let exp: i32 = e.parse().unwrap_or(0);
            let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            if exp >= -4 && exp + 1 <= limit {
                // Fixed notation with p-1-exp decimals.
                let mut out = if exp >= 0 {
                    let ip = (exp + 1) as usize;
                    let mut s = String::new();
                    if digits.len() <= ip {
                        s.push_str(&digits);
                        for _ in digits.len()..ip {
                            s.push('0');
                        }
                        s.push('.');
                    } else {
                        s.push_str(&digits[..ip]);
                        s.push('.');
                        s.push_str(&digits[ip..]);
                    }
                    s
                } else {
                    let mut s = String::from("0.");
                    for _ in 0..(-exp - 1) {
                        s.push('0');
                    }
                    s.push_str(&digits);
                    s
                };
                if !alt {
                    let t = out.trim_end_matches('0').trim_end_matches('.').to_string();
                    out = t;
                    if add_dot_0 && !out.contains('.') {
                        out.push_str(".0");
                    }
                }
                out
            } else {
                let mut m = String::new();
                m.push_str(&digits[..1]);
                let frac = &digits[1..];
                let frac = if alt {
                    frac.to_string()
                } else {
                    frac.trim_end_matches('0').to_string()
                };
                if !frac.is_empty() || alt {
                    m.push('.');
                    m.push_str(&frac);
                }
                format!(
                    "{m}e{}{:02}",
                    if exp < 0 { '-' } else { '+' },
                    exp.unsigned_abs()
                )
            }
        }
    }
}

/// Float formatting from a parsed spec. CPython: formatter_unicode.c format_float_internal.
pub fn format_float_spec(x: f64, s: &Spec) -> Result<String, String> {
    let mut ty = s.ty.unwrap_or('\0');
    let mut add_dot_0 = false;
    let mut default_prec = 6;
    if ty == '\0' {
        add_dot_0 = true;
        ty = 'r';
        default_prec = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        pct = true;
    }
    let prec = match s.precision {
        None => default_prec,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let upper = ty.is_ascii_uppercase();
    let lty = ty.to_ascii_lowercase();
    let mut body = float_body(val, lty, prec, s.alternate, add_dot_0);
    if ty == 'r' && s.alternate && !body.contains('.') && val.is_finite() {
        match body.find('e') {
            Some(i) => body.insert(i, '.'),
            None => body.push('.'),
        }
    }
    if upper {
        body = body.to_uppercase();
    }
    let mut neg = val.is_sign_negative() && !val.is_nan();
    if neg && s.no_neg_0 && body.chars().all(|c| !c.is_ascii_digit() || c == '0') && val.is_finite()
    {
        neg = false;
    }
    if pct {
        body.push('%');
    }
    // Split the integer digits (grouped) from the rest.
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int_part, rest) = if val.is_finite() {
        body.split_at(split)
    } else {
        ("", body.as_str())
    };
    let mut s2 = s.clone();
    if s.ty == Some('n') {
        s2.grouping = None;
    }
    if !val.is_finite() && s2.fill == '0' && !s2.fill_given {
        // inf/nan keep the zero fill in 3.12 but are not grouped.
        s2.grouping = None;
        return Ok(render_number(&s2, neg, "", "", rest, 3));
    }
    Ok(render_number(&s2, neg, "", int_part, rest, 3))
}

/// `%`-style float conversion ('e', 'f', 'g', 'r' with flags); no padding.
pub fn percent_float(x: f64, ty: char, prec: Option<usize>, alt: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    let lty = ty.to_ascii_lowercase();
    let body = float_body(x, lty, prec.unwrap_or(6), alt, false);
    let body = if upper { body.to_uppercase() } else { body };
    if x.is_sign_negative() && !x.is_nan() {
        format!("-{body}")
    } else {
        body
    }
}

/// `format(complex, spec)`: each part as a float (the real part with the spec's sign, the
/// imaginary part always signed unless the real part is left out), then `j`, parentheses for
/// the default type, and padding of the whole. CPython: formatter_unicode.c
/// format_complex_internal.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    let s = parse_spec(spec, "complex", '>')?;
    if s.zero || s.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let mut ty = match s.ty {
        None => '\0',
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) => t,
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            ))
        }
    };
    let (mut skip_re, mut add_parens) = (false, false);
    if ty == '\0' {
        ty = 'r';
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    if s.precision.is_some() && ty == 'r' {
        ty = 'g';
    }
    let mut part = s.clone();
    part.width = None;
    part.fill = ' ';
    part.fill_given = false;
    part.align = Some('<');
    part.ty = Some(ty);
    if ty == 'r' {
        part.precision = None;
    }
    let re_text = format_float_spec(re, &part)?;
    if !skip_re {
        part.sign = Some('+');
    }
    let im_text = format_float_spec(im, &part)?;
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&re_text);
    }
    body.push_str(&im_text);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let mut outer = s.clone();
    outer.align = Some(s.align.unwrap_or('>'));
    Ok(pad_text(&outer, &body, '>'))
}
