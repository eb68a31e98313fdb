"""The check catalogue in pandas, for comparison with `mzctl check run` (see checks.sh).

    python3 checks_pandas.py CITY_DIR AS_OF REGIONS_CSV FINDINGS_CSV

The same rules on the same tables: the ID rules on people, enrolments and deaths; names,
genders, birth dates and phones; region codes (unknown, retired with their successors, above
county level) and the ID address codes (never valid → error, retired → information); credit
codes; and the cross-record rules (duplicate people and enrolments, exclusive programs,
benefits after death with the overpaid amount, age, missing people). Each finding gets its
record key, field, value and message, and they are written to FINDINGS_CSV (mzctl stores
them in its database); the counts per rule go to stdout.

REGIONS_CSV is the reference table a pandas user would keep beside the script: every code of
the built-in lists with its class for a record (`current`/`retired`/`unknown`), its
successors, its class for an ID address code, and whether a person may live there (county
level or below). checks.sh writes it with `mzctl region validate` before the clock starts.

Written as a pandas user would write it for speed: vectorized throughout (the ID checksum with
numpy, not a Python function per row); patterns are ASCII (`[0-9]`, as `\\d` also matches
full-width digits, which are a defect).
"""
import sys
import numpy as np
import pandas as pd

city, as_of, regions_csv, out_csv = sys.argv[1], pd.Timestamp(sys.argv[2]), sys.argv[3], sys.argv[4]
W = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
CHECK = np.array(list("10X98765432"))
FULL = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " "})
read = lambda f: pd.read_csv(f"{city}/{f}.csv", dtype=str, keep_default_na=False)
people, enr, deaths, orgs = read("people"), read("enrolments"), read("deaths"), read("organizations")
ref = pd.read_csv(regions_csv, dtype=str, keep_default_na=False).set_index("code")
ref["successors"] = ref["successors"].str.replace(";", "/")
found = []


def finding(rule, severity, table, mask, key, field, value, message):
    """Findings for the rows of `mask`. Key, value and message are scalars, Series, or
    functions of the rows' labels (so that text is only built for the findings)."""
    if not mask.any():
        return
    rows = mask.index[mask.to_numpy()]

    def pick(x):
        x = x(rows) if callable(x) else x
        return x.loc[rows] if isinstance(x, pd.Series) else x

    f = pd.DataFrame({"key": pick(key), "value": pick(value), "message": pick(message)}, index=rows)
    f.insert(0, "rule", rule)
    f.insert(1, "severity", severity)
    f.insert(2, "table", table)
    f.insert(4, "field", field)
    found.append(f)


def check_digits(body17):
    """The check characters of 17-digit strings (all ASCII digits)."""
    if body17.empty:
        return pd.Series([], dtype=str, index=body17.index)
    d = np.frombuffer(body17.str.cat().encode("ascii"), dtype=np.uint8).reshape(-1, 17).astype(np.int64) - 48
    return pd.Series(CHECK[(d @ W) % 11], index=body17.index)


def ids(raw, table, key, retired_info):
    """The ID rules; returns the parsed 18-character numbers (NaN where they do not parse)."""
    # Almost every number is already 17 digits and a check character: only the others are
    # normalized (full-width characters, spaces, a lowercase x, the 15-digit form).
    plain = raw.str.fullmatch(r"[0-9]{17}[0-9X]")
    odd = raw[~plain]
    half = odd.str.translate(FULL)
    spaced = half.str.replace(r"\s", "", regex=True)
    lower = spaced.str.endswith("x")
    fixed = spaced.where(~lower, spaced.str[:-1] + "X")
    blank = odd.str.strip() == ""
    finding("id.format", "error", table, blank | (half != odd) | (spaced != half), key, "id_number", odd, "ID number not in normal form")
    finding("id.lowercase_x", "warning", table, lower, key, "id_number", odd, "ID number not in normal form")
    fifteen = fixed.str.fullmatch(r"[0-9]{15}")
    finding("id.fifteen_digit", "warning", table, fifteen, key, "id_number", odd, "legacy 15-digit ID number")
    up = fixed[fifteen].str[:6] + "19" + fixed[fifteen].str[6:]
    fixed = fixed.where(~fifteen, up + check_digits(up))
    value = raw.where(plain, fixed)
    shaped = plain | (fixed.str.fullmatch(r"[0-9]{17}[0-9X]") & ~blank).reindex(raw.index, fill_value=False)
    bad_shape = (~shaped & ~(blank.reindex(raw.index, fill_value=False))) & ~plain
    finding("id.format", "error", table, bad_shape, key, "id_number", raw,
            lambda r: "ID number: " + value[r].str.len().isin([15, 18]).map({True: "invalid character", False: "wrong length"}))
    ok = value[shaped]
    birth = pd.to_datetime(ok.str[6:14], format="%Y%m%d", errors="coerce")
    bad_date = birth.isna() | (birth < pd.Timestamp("1850-01-01")) | (birth > as_of)
    bad_date = bad_date.reindex(raw.index, fill_value=False)
    future = (birth > as_of).reindex(raw.index, fill_value=False)
    finding("id.date", "error", table, bad_date, key, "id_number", raw,
            lambda r: future[r].map({True: "ID number: birth date is in the future", False: "ID number: invalid birth date"}))
    expected = check_digits(ok.str[:17]).reindex(raw.index)
    bad_sum = shaped & ~bad_date & (expected != value.str[17])
    finding("id.checksum", "error", table, bad_sum, key, "id_number", raw,
            lambda r: "ID number: bad check character: expected " + expected[r] + ", found " + value[r].str[17])
    valid = shaped & ~bad_date & ~bad_sum
    addr = value.str[:6].where(valid)
    for_id = lookup(addr, "id_class")
    finding("id.region", "error", table, valid & (for_id == "unknown"), key, "id_number", raw, "ID address code in no published list")
    if retired_info is not None:
        clean = valid & (for_id != "unknown") & ~retired_info
        retired = clean & (addr.map(ref["class"]) == "retired")
        succ = lambda r: addr[r].map(ref["successors"]).replace("", "abolished")
        finding("id.region", "info", table, retired, key, "id_number", raw,
                lambda r: "address code " + addr[r] + " is retired (today " + succ(r) + "); the number stays valid for life")
    return value.where(valid)


def lookup(codes, column, missing="unknown"):
    """A column of the reference table for each code, looked up once per distinct code."""
    idx, uniq = pd.factorize(codes)
    vals = ref[column].reindex(uniq).fillna(missing).to_numpy(dtype=object)
    out = np.full(len(codes), missing, dtype=object)
    out[idx >= 0] = vals[idx[idx >= 0]]
    return pd.Series(out, index=codes.index)


def regions(raw, table, key, person):
    code = raw.str.strip()
    form = r"[0-9]{6}|[0-9]{9}|[0-9]{12}"
    shaped = code.str.fullmatch(form)
    code[~shaped] = code[~shaped].str.translate(FULL)
    shaped = shaped | code.str.fullmatch(form)
    cls = lookup(code, "class")
    finding("region.unknown", "error", table, ~shaped | (cls == "unknown"), key, "region_code", raw,
            lambda r: shaped[r].map({True: "region code in no published list", False: "malformed region code (6, 9 or 12 digits)"}))
    finding("region.retired", "warning", table, shaped & (cls == "retired"), key, "region_code", raw,
            lambda r: "retired region code (successor " + lookup(code[r], "successors", "").replace("", "none") + ")")
    if person:
        finding("region.level", "error", table, shaped & (cls != "unknown") & (lookup(code, "person_level", "yes") == "no"), key, "region_code", raw,
                "a person's region must be county level or below")


# people
pk = people["id_number"]
p_id = ids(pk, "people", pk, retired_info=pd.Series(False, index=people.index))
regions(people["region_code"], "people", pk, person=True)
name = people["name"].str.strip()
finding("person.name_blank", "error", "people", name == "", pk, "name", people["name"], "blank name")
# One pattern finds the names with a problem; the first problem is named for those only.
PROBLEMS = [(r"[0-9]", "digits in a name"), (r"[A-Za-z]", "Latin letters in a name"), ("[\uFF01-\uFF5E\u3000]", "full-width characters in a name"),
            (r"\s", "spaces inside a name"), (r"[!-/:-@\[-`{-~\u3001-\u303F]", "punctuation in a name"),
            ("\uFFFD", "unreadable characters in a name"), (r"[\x00-\x1f\x7f-\x9f]", "control characters in a name")]
bad_name = name.str.contains("|".join(p for p, _ in PROBLEMS))
finding("person.name_chars", "warning", "people", bad_name, pk, "name", people["name"],
        lambda r: pd.Series(np.select([name[r].str.contains(p) for p, _ in PROBLEMS], [m for _, m in PROBLEMS], ""), index=r))
sex = p_id.str[16].astype(float) % 2
recorded = people["gender"].str.strip().str.lower().map({"1": 1, "m": 1, "male": 1, "男": 1, "2": 0, "f": 0, "female": 0, "女": 0})
zh = lambda s: s.map({1: "男", 0: "女"})
finding("person.gender_mismatch", "error", "people", p_id.notna() & recorded.notna() & (recorded != sex), pk, "gender", people["gender"],
        lambda r: "gender " + zh(recorded[r]) + " contradicts the ID number (" + zh(sex[r]) + ")")
id_birth = pd.to_datetime(p_id.str[6:14], format="%Y%m%d", errors="coerce")
bd_raw = people["birth_date"].str.strip()
bd = pd.to_datetime(bd_raw, format="%Y-%m-%d", errors="coerce")
rest = bd.isna() & (bd_raw != "")
bd[rest] = pd.to_datetime(bd_raw[rest].str.replace(r"[/.年月]", "-", regex=True).str.rstrip("日"), format="mixed", errors="coerce")
finding("person.birth_mismatch", "error", "people", p_id.notna() & bd.notna() & (bd != id_birth), pk, "birth_date", people["birth_date"],
        lambda r: "birth date " + bd[r].dt.strftime("%Y-%m-%d") + " contradicts the ID number (" + id_birth[r].dt.strftime("%Y-%m-%d") + ")")
ph = people["phone"].str.strip()
mobile = ph.str.fullmatch(r"1[3-9][0-9]{9}")
ph[~mobile] = ph[~mobile].str.translate(FULL)
phone_ok = mobile | (ph == "") | ph.str.fullmatch(r"(\+?86[ -]?)?1[3-9][0-9]{9}|(\+?86[ -]?)?1[3-9][0-9]( ?[0-9]{4} ?[0-9]{4}|-[0-9]{4}-[0-9]{4})|0[0-9]{2,3}-?[0-9]{7,8}")
finding("phone.format", "warning", "people", ~phone_ok, pk, "phone", people["phone"],
        "not a mainland mobile (1[3-9] + 9 digits) or a landline with area code")

# enrolments and deaths: the ID rules and their own fields
ek = lambda r: enr.id_number[r] + "|" + enr.program[r]
ids(enr["id_number"], "enrolments", ek, retired_info=None)
regions(enr["region_code"], "enrolments", ek, person=False)
ids(deaths["id_number"], "deaths", deaths["id_number"], retired_info=None)
finding("person.name_blank", "error", "deaths", deaths["name"].str.strip() == "", deaths["id_number"], "name", deaths["name"], "blank name")

# organizations: unified social credit codes (GB 32100)
U = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = np.array([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
uscc = orgs["uscc"].str.strip()
u_ok = uscc.str.fullmatch(f"[{U}]{{18}}")
finding("org.uscc_format", "error", "organizations", ~u_ok, uscc, "uscc", orgs["uscc"], "credit code has the wrong length or characters")
good = uscc[u_ok]
vals = np.array([[U.index(c) for c in s[:17]] for s in good], dtype=np.int64).reshape(-1, 17)
expect = pd.Series([U[(31 - v % 31) % 31] for v in vals @ UW], index=good.index, dtype=str).reindex(orgs.index)
bad = u_ok & (expect != uscc.str[17])
finding("org.uscc_checksum", "error", "organizations", bad, uscc, "uscc", orgs["uscc"],
        "credit code: bad check character: expected " + expect.fillna("") + ", found " + uscc.str[17])
TYPE = {"社会团体": "1", "民办非企业单位": "2", "社会服务机构": "2", "基金会": "3"}
want = orgs["type"].str.strip().map(TYPE)
auth = u_ok & ~bad & ((uscc.str[0] != "5") | (want.notna() & (uscc.str[1] != want)))
finding("org.uscc_authority", "error", "organizations", auth, uscc, "uscc", orgs["uscc"],
        lambda r: ("registration authority " + uscc[r].str[0] + " is not civil affairs (5)").where(uscc[r].str[0] != "5", "type digit " + uscc[r].str[1] + " does not match " + orgs["type"][r].str.strip()))

# across records
twice = people[people.id_number.duplicated(keep=False)]
dup = twice.groupby("id_number").agg(names=("name", "nunique"), births=("birth_date", "nunique"),
                                      n1=("name", "min"), n2=("name", "max"), r1=("region_code", "min"), r2=("region_code", "max"))
dup = dup[(dup.names > 1) | (dup.births > 1)]
finding("dup.person", "error", "people", pd.Series(True, index=dup.index), pd.Series(dup.index, index=dup.index), "id_number", pd.Series(dup.index, index=dup.index),
        "the same ID number is recorded as " + dup.n1.where(dup.n1 == dup.n2, dup.n1 + " / " + dup.n2) + " (regions " + dup.r1 + " and " + dup.r2 + ")")
for c in ("start_date", "end_date"):
    enr[c] = pd.to_datetime(enr[c], format="%Y-%m-%d", errors="coerce")
enr["end"] = enr["end_date"].fillna(pd.Timestamp("2262-01-01"))
many = enr[enr.duplicated(["id_number", "program"], keep=False)]
m = many.merge(many, on=["id_number", "program"], suffixes=("_a", "_b"))
m = m[(m.region_code_a < m.region_code_b) & (m.start_date_a <= m.end_b) & (m.start_date_b <= m.end_a)].drop_duplicates(["id_number", "program"])
finding("dup.enrolment", "error", "enrolments", pd.Series(True, index=m.index), m.id_number + "|" + m.program, "region_code", m.region_code_b,
        m.program + " in " + m.region_code_a + " and " + m.region_code_b + " over overlapping periods")
x = enr[enr.program == "dibao"].merge(enr[enr.program == "tekun"], on="id_number", suffixes=("_a", "_b"))
x = x[(x.start_date_a <= x.end_b) & (x.start_date_b <= x.end_a) & (x.start_date_a <= as_of) & (x.start_date_b <= as_of)].drop_duplicates("id_number")
finding("excl.programs", "error", "enrolments", pd.Series(True, index=x.index), x.id_number + "|dibao+tekun", "program", "dibao+tekun",
        "dibao (from " + x.start_date_a.dt.strftime("%Y-%m-%d") + ") and tekun (from " + x.start_date_b.dt.strftime("%Y-%m-%d") + ") are mutually exclusive but overlap")
deaths["death_date"] = pd.to_datetime(deaths["death_date"], format="%Y-%m-%d", errors="coerce")
d = enr.merge(deaths[["id_number", "death_date"]], on="id_number")
d = d[d.end_date.isna() | (d.end_date > d.death_date)]
end = d.end_date.fillna(as_of).clip(upper=as_of)
months = (end.dt.year * 12 + end.dt.month) - (d.death_date.dt.year * 12 + d.death_date.dt.month)
fen = months * (d.monthly_amount.astype(float) * 100).round()
finding("death.still_enrolled", "error", "enrolments", pd.Series(True, index=d.index), d.id_number + "|" + d.program, "end_date", d.end_date.dt.strftime("%Y-%m-%d").fillna(""),
        d.program + " still active after the death on " + d.death_date.dt.strftime("%Y-%m-%d") + ": " + months.astype(str) + " month(s) paid since, "
        + (fen / 100).map("{:.2f}".format) + " yuan overpaid")
known = enr.id_number.isin(people.id_number)
e = enr[(enr.program == "elder_allowance") & known & (enr.start_date <= as_of)]
eb = pd.to_datetime(e.id_number.str[6:14], format="%Y%m%d", errors="coerce")
age = (e.start_date.dt.year * 12 + e.start_date.dt.month - eb.dt.year * 12 - eb.dt.month) // 12
young = age < 80
day = lambda f, r: f.start_date[r].dt.strftime("%Y-%m-%d")
finding("age.eligibility", "error", "enrolments", young, ek, "start_date", lambda r: day(e, r),
        lambda r: "elder_allowance paid from " + day(e, r) + " at age " + age[r].astype(int).astype(str) + "; the program requires 80+")
h = enr[(enr.program == "dibao") & known & (enr.start_date <= as_of)]
hb = pd.to_datetime(h.id_number.str[6:14], format="%Y%m%d", errors="coerce")
hage = h.start_date.dt.year - hb.dt.year - ((h.start_date.dt.month * 100 + h.start_date.dt.day) < (hb.dt.month * 100 + hb.dt.day))
finding("age.minor_head", "warning", "enrolments", hage < 18, ek, "start_date", lambda r: day(h, r),
        lambda r: "dibao filed in the name of a minor: age " + hage[r].astype(int).astype(str) + " at the start on " + day(h, r) + "; a household head must be 18+")
finding("enrolment.person_missing", "warning", "enrolments", ~known, ek, "id_number", enr.id_number,
        lambda r: enr.program[r] + " enrolment for an ID number that is not in people")

findings = pd.concat(found, ignore_index=True)
findings.to_csv(out_csv, index=False)
for (rule, severity), n in findings.groupby(["rule", "severity"], sort=False).size().items():
    print(f"{rule}\t{severity}\t{n}")
print(f"overpaid\t{fen.sum() / 100:.2f}")
