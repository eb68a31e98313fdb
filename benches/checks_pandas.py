"""The check catalogue in pandas, for comparison with `mzctl check run` (see checks.sh).

Per-record rules on IDs, gender, birth date, names and phones, and the cross-record rules
(duplicate people and enrolments, exclusive programs, benefits after death, age, missing
people). Region-list rules are left out (pandas has no region history), findings are only
counted (no messages, nothing stored): a conservative comparison, since it does less work
than mzctl. Written as a pandas user would write it for speed: vectorized throughout (the
ID checksum with numpy, not a Python function per row); ID patterns are ASCII (`[0-9]`, as
`\d` also matches full-width digits, which are a defect).
"""
import sys
import numpy as np
import pandas as pd

city, as_of = sys.argv[1], pd.Timestamp(sys.argv[2])
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"
read = lambda f: pd.read_csv(f"{city}/{f}.csv", dtype=str, keep_default_na=False)
people, enr, deaths = read("people"), read("enrolments"), read("deaths")
counts = {}

def count(rule, mask):
    counts[rule] = counts.get(rule, 0) + int(mask.sum())

ids = people["id_number"]
fmt = ids.str.fullmatch(r"[0-9]{17}[0-9X]")
count("id.format", ~fmt & ~ids.str.fullmatch(r"[0-9]{15}") & ~ids.str.fullmatch(r"[0-9]{17}x"))
count("id.lowercase_x", ids.str.fullmatch(r"[0-9]{17}x"))
count("id.fifteen_digit", ids.str.fullmatch(r"[0-9]{15}"))
ok = ids[fmt]
body = np.frombuffer(ok.str[:17].str.cat().encode("ascii"), dtype=np.uint8).reshape(-1, 17).astype(np.int64) - 48
digits = pd.Series(np.array(list(CHECK))[(body @ np.array(W)) % 11], index=ok.index)
count("id.checksum", digits != ok.str[17])
birth = pd.to_datetime(ok.str[6:14], format="%Y%m%d", errors="coerce")
count("id.date", birth.isna() | (birth > as_of))
sex = ok.str[16].astype(int) % 2
recorded = people.loc[fmt, "gender"].map({"1": 1, "M": 1, "男": 1, "2": 0, "F": 0, "女": 0})
count("person.gender_mismatch", recorded.notna() & (recorded != sex))
bd = pd.to_datetime(people.loc[fmt, "birth_date"], errors="coerce")
count("person.birth_mismatch", bd.notna() & birth.notna() & (bd != birth))
count("person.name_blank", people["name"].str.strip() == "")
count("person.name_chars", people["name"].str.contains(r"[0-9A-Za-z ]"))
ph = people["phone"]
count("phone.format", (ph != "") & ~ph.str.fullmatch(r"1[3-9]\d{9}|0\d{2,3}-?\d{7,8}"))

g = people.groupby("id_number").agg(names=("name", "nunique"), births=("birth_date", "nunique"))
count("dup.person", (g["names"] > 1) | (g["births"] > 1))

for c in ("start_date", "end_date"):
    enr[c] = pd.to_datetime(enr[c], errors="coerce")
enr["end"] = enr["end_date"].fillna(pd.Timestamp("2262-01-01"))
m = enr.merge(enr, on=["id_number", "program"], suffixes=("_a", "_b"))
m = m[(m.region_code_a < m.region_code_b) & (m.start_date_a <= m.end_b) & (m.start_date_b <= m.end_a)]
count("dup.enrolment", m.groupby(["id_number", "program"]).ngroups * pd.Series([True]))
x = enr[enr.program == "dibao"].merge(enr[enr.program == "tekun"], on="id_number", suffixes=("_a", "_b"))
x = x[(x.start_date_a <= x.end_b) & (x.start_date_b <= x.end_a)]
count("excl.programs", pd.Series([True] * x["id_number"].nunique()))
deaths["death_date"] = pd.to_datetime(deaths["death_date"])
d = enr.merge(deaths[["id_number", "death_date"]], on="id_number")
d = d[d.end_date.isna() | (d.end_date > d.death_date)]
end = d.end_date.fillna(as_of).clip(upper=as_of)
months = (end.dt.year * 12 + end.dt.month) - (d.death_date.dt.year * 12 + d.death_date.dt.month)
overpaid = (months * (d.monthly_amount.astype(float) * 100).round()).sum() / 100
count("death.still_enrolled", pd.Series([True] * len(d)))
e = enr[(enr.program == "elder_allowance") & enr.id_number.isin(people.id_number)]
eb = pd.to_datetime(e.id_number.str[6:14], format="%Y%m%d", errors="coerce")
count("age.eligibility", (e.start_date.dt.year * 12 + e.start_date.dt.month) < (eb.dt.year + 80) * 12 + eb.dt.month)
h = enr[(enr.program == "dibao") & (enr.start_date <= as_of) & enr.id_number.isin(people.id_number)]
hb = pd.to_datetime(h.id_number.str[6:14], format="%Y%m%d", errors="coerce")
count("age.minor_head", h.start_date < hb + pd.DateOffset(years=18))
count("enrolment.person_missing", ~enr.id_number.isin(people.id_number))

for rule, n in counts.items():
    print(f"{rule}\t{n}")
print(f"overpaid\t{overpaid:.2f}")
