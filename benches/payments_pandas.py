"""The reconciliation rules (pay.*) in pandas, for comparison with `mzctl check run --rule
'pay.*'` (see payments.sh).

    python3 payments_pandas.py CITY_DIR [TOLERANCE_FEN]

The same rules on the same three files the seeded city writes (enrolments.csv, deaths.csv,
payments.csv), with the same meaning as the catalogue's (`mzctl check explain pay.unpaid`):

  pay.after_death      paid for a month after the month of the holder's death
  pay.not_enrolled     no enrolment of the person in the program covers the month (not
                       suspended, started by the month, not ended before it); living holder
  pay.wrong_region     covered, but by no enrolment of the paying district; living holder
  pay.amount_mismatch  covered by the paying district's enrolment, and no covering enrolment
                       there has the amount paid (within the tolerance); living holder
  pay.duplicate        more than one payment for the same person, program and month
  pay.unpaid           an enrolment covering a month in which its district paid anyone in the
                       program, with nothing paid to the person in the program that month;
                       living holder

Prints one line per rule: the findings and the amount involved (fen), as the stored run of
mzctl sums them, then the peak of this process's memory.

Written as a pandas user would write it for speed: ID numbers and months are factorized to
integer codes once (the months in sorted order, so that comparing codes compares months), the
existence tests are merges reduced with a groupby on the payment's row number, and no Python
function runs per row.
"""
import resource
import sys

import numpy as np
import pandas as pd

city = sys.argv[1]
tolerance = int(sys.argv[2]) if len(sys.argv) > 2 else 0
read = lambda f, cols: pd.read_csv(f"{city}/{f}.csv", dtype=str, keep_default_na=False, usecols=cols)
enr = read("enrolments", ["id_number", "program", "region_code", "start_date", "end_date", "monthly_amount", "status"])
deaths = read("deaths", ["id_number", "death_date"])
pay = read("payments", ["id_number", "program", "region_code", "month", "amount"])


def fen(s):
    """Yuan text with up to two decimals to integer fen (exact: no float rounding)."""
    sign = np.where(s.str.startswith("-"), -1, 1)
    parts = s.str.lstrip("+-").str.split(".", n=1, expand=True).reindex(columns=[0, 1]).fillna("")
    return sign * (parts[0].astype(np.int64) * 100 + parts[1].str.ljust(2, "0").str[:2].astype(np.int64))


# One integer code per ID number, program and region; months coded in sorted order.
ids = pd.Index(pd.unique(pd.concat([pay["id_number"], enr["id_number"], deaths["id_number"]], ignore_index=True)))
for df in (pay, enr, deaths):
    df["id"] = ids.get_indexer(df["id_number"])
month_texts = pd.concat(
    [pay["month"], enr["start_date"].str[:7], enr["end_date"].str[:7], deaths["death_date"].str[:7]], ignore_index=True
)
months = pd.Index(np.sort(pd.unique(month_texts[month_texts != ""])))
code = lambda s: np.where(s == "", -1, months.get_indexer(s))
pay["m"] = code(pay["month"])
pay["fen"] = fen(pay["amount"])
pay["row"] = np.arange(len(pay))
enr["start_m"] = code(enr["start_date"].str[:7])
enr["end_m"] = np.where(enr["end_date"] == "", np.iinfo(np.int64).max, code(enr["end_date"].str[:7]))
enr["due"] = fen(enr["monthly_amount"])
enr = enr[enr["status"] != "suspended"]
death_m = pd.Series(code(deaths["death_date"].str[:7]), index=deaths["id"]).groupby(level=0).min()
results = {}


def died_before(who, month):
    dm = death_m.reindex(who).to_numpy()
    return ~np.isnan(dm) & (dm < month)


# pay.after_death
after = died_before(pay["id"].to_numpy(), pay["m"].to_numpy())
results["pay.after_death"] = (int(after.sum()), int(pay["fen"][after].sum()))

# The enrolments of the person in the program, beside each payment of a living holder.
living = pay[~after]
both = living[["row", "id", "program", "region_code", "m", "fen"]].merge(
    enr[["id", "program", "region_code", "start_m", "end_m", "due"]].rename(columns={"region_code": "enrolled_in"}),
    on=["id", "program"],
    how="left",
)
cover = (both["start_m"] <= both["m"]) & (both["m"] <= both["end_m"])
here = cover & (both["enrolled_in"] == both["region_code"])
exact = here & ((both["fen"] - both["due"]).abs() <= tolerance)
by_row = pd.DataFrame({"row": both["row"], "cover": cover, "here": here, "exact": exact}).groupby("row", sort=False).any()
by_row = by_row.join(living.set_index("row")[["fen"]])
due_here = both["due"].where(here).groupby(both["row"], sort=False).min()

not_enrolled = ~by_row["cover"]
results["pay.not_enrolled"] = (int(not_enrolled.sum()), int(by_row["fen"][not_enrolled].sum()))
wrong = by_row["cover"] & ~by_row["here"]
results["pay.wrong_region"] = (int(wrong.sum()), int(by_row["fen"][wrong].sum()))
mismatch = by_row["here"] & ~by_row["exact"]
results["pay.amount_mismatch"] = (
    int(mismatch.sum()),
    int((by_row["fen"][mismatch] - due_here.reindex(by_row.index)[mismatch]).sum()),
)

# pay.duplicate: the amount beyond the largest single payment.
groups = pay.groupby(["id", "program", "m"], sort=False)["fen"].agg(["size", "sum", "max"])
dup = groups[groups["size"] > 1]
results["pay.duplicate"] = (len(dup), int((dup["sum"] - dup["max"]).sum()))

# pay.unpaid: each enrolment against the months its district paid anyone in the program.
runs = pay[["region_code", "program", "m"]].drop_duplicates()
owed = enr[enr["end_m"] >= pay["m"].min()].merge(runs, on=["region_code", "program"])
owed = owed[(owed["start_m"] <= owed["m"]) & (owed["m"] <= owed["end_m"])]
paid = pay[["id", "program", "m"]].drop_duplicates()
owed = owed.merge(paid, on=["id", "program", "m"], how="left", indicator=True)
owed = owed[(owed["_merge"] == "left_only") & ~died_before(owed["id"].to_numpy(), owed["m"].to_numpy())]
unpaid = owed.groupby(["id", "program", "region_code", "m"], sort=False)["due"].max()
results["pay.unpaid"] = (len(unpaid), -int(unpaid.sum()))

for rule in sorted(results):
    n, amount = results[rule]
    print(f"{rule}\t{n}\t{amount}")
print(f"peak\t{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB", file=sys.stderr)
