#!/usr/bin/env python3
"""An equivalent pandas + XlsxWriter pipeline, for comparing annual-review with the tool an
analyst would otherwise reach for. It does the same job in the way a competent script would:
read the four logs (UTF-8 with BOM, Chinese headers), validate dates, sites and types, drop
repeated record ids, count meetings by site, month and type, compute the monthly norm rates and a
score per site, and write a workbook with a summary, a sites sheet and the monthly matrix.

It is not a reimplementation of every rule (no GB18030, no ragged-row warnings, no line numbers):
it is the lower bound of what such a script costs. Run through benchmarks/compare.sh.
"""
import sys
import time

import pandas as pd

TYPES = {
    "党委会": "party_committee", "专题会": "special_meeting", "专题学习研讨": "study_session",
    "中心组学习": "study_session", "支部党员大会": "branch_general", "支委会": "branch_committee",
    "党小组会": "party_group", "主题党日": "party_day", "党员活动日": "party_day",
    "组织生活会": "org_life", "民主评议党员": "democratic_review", "谈心谈话": "talk",
    "调研": "visit", "调研指导": "visit", "其他": "other",
}


def parse_dates(s: pd.Series) -> pd.Series:
    text = s.astype(str).str.strip()
    text = text.str.replace("年", "-").str.replace("月", "-").str.replace("日", "")
    text = text.str.replace("/", "-").str.split(" ").str[0]
    return pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")


def main(folder: str, out: str, year: int) -> None:
    started = time.perf_counter()
    sites = pd.read_csv(f"{folder}/sites.csv", encoding="utf-8-sig", dtype=str)
    sites = sites.drop_duplicates("单位编码")
    meetings = pd.read_csv(f"{folder}/meetings.csv", encoding="utf-8-sig", dtype=str,
                           on_bad_lines="skip", engine="c")
    lectures = pd.read_csv(f"{folder}/lectures.csv", encoding="utf-8-sig", dtype=str, on_bad_lines="skip")

    meetings["day"] = parse_dates(meetings["日期"])
    meetings["type"] = meetings["会议类型"].str.strip().map(TYPES)
    meetings = meetings[meetings["day"].notna() & meetings["type"].notna()
                        & meetings["单位编码"].isin(sites["单位编码"])]
    has_id = meetings["记录编号"].notna()
    meetings = pd.concat([meetings[~has_id], meetings[has_id].drop_duplicates("记录编号")]).sort_index()
    meetings = meetings[meetings["day"].dt.year == year]
    meetings["month"] = meetings["day"].dt.month
    for column in ("实到人数", "应到人数"):
        meetings[column] = pd.to_numeric(meetings[column].str.replace(",", ""), errors="coerce")

    lectures["day"] = parse_dates(lectures["日期"])
    lectures = lectures[lectures["day"].dt.year == year]
    lectures["month"] = lectures["day"].dt.month

    counts = meetings.groupby(["单位编码", "month", "type"]).size().unstack("type", fill_value=0)
    monthly = meetings.groupby(["month", "type"]).size().unstack("type", fill_value=0)

    def rate(kind: str, months_per_period: int) -> pd.Series:
        if kind == "lecture":
            per_month = lectures.groupby(["单位编码", "month"]).size()
        else:
            per_month = counts[kind] if kind in counts else pd.Series(dtype=int)
        frame = per_month.reset_index()
        frame.columns = ["单位编码", "month", "n"]
        frame["period"] = (frame["month"] - 1) // months_per_period
        met = frame.groupby(["单位编码", "period"])["n"].sum().ge(1).groupby("单位编码").sum()
        return met / (12 // months_per_period)

    table = sites.set_index("单位编码")
    table["branch_general"] = rate("branch_general", 3)
    table["branch_committee"] = rate("branch_committee", 1)
    table["party_group"] = rate("party_group", 1)
    table["lecture"] = rate("lecture", 3)
    table["party_day"] = rate("party_day", 1)
    table = table.fillna({k: 0 for k in ("branch_general", "branch_committee", "party_group", "lecture", "party_day")})
    table["sanhui"] = table[["branch_general", "branch_committee", "party_group", "lecture"]].mean(axis=1)
    both = meetings.dropna(subset=["实到人数", "应到人数"])
    both = both[both["应到人数"] > 0]
    attended = both[["实到人数", "应到人数"]].min(axis=1).groupby(both["单位编码"]).sum()
    table["attendance"] = attended / both.groupby("单位编码")["应到人数"].sum()
    table["score"] = 40 * table["sanhui"] + 20 * table["party_day"] + 20 * table["attendance"].fillna(0)
    table["rank"] = table["score"].rank(ascending=False, method="first")

    with pd.ExcelWriter(out, engine="xlsxwriter") as writer:
        pd.DataFrame({"meetings": [len(meetings)], "lectures": [len(lectures)]}).to_excel(writer, sheet_name="总览")
        monthly.to_excel(writer, sheet_name="月度调度")
        table.to_excel(writer, sheet_name="单位明细")
    print(f"pandas pipeline: {time.perf_counter() - started:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2017)
