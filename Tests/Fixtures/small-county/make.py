#!/usr/bin/env python3
"""Writes the small-county fixture: 青岚县教育局 (fictional) and its nine schools, 2016 and 2017.

Run from this folder: `python3 make.py`. It writes sites.csv, meetings.csv, lectures.csv,
trainings.csv and review.yml beside itself, as Excel exports them (UTF-8 with BOM, CRLF); no
randomness, so the same script gives the same bytes. The tool passes this file over when the
folder is read as an inputs folder (it is no log).

Every row follows from the plans below: which months, quarters and meetings each school held,
how many of the expected members came. SmallCountyTests works out its expected figures from
these plans by hand.
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))

COUNTY = "青岚县"
BUREAU = "青岚县教育局"

# 单位编码, 单位名称, 城乡, 办学性质, 学段, 镇街, 学生数, 教师数, 党员数, 党支部数, 联合党支部, 支部成立日期, 示范点
SITES = [
    ("JYJ", BUREAU, "城区", "公办", "机关", "城关镇", "", "", 24, 2, "", "", ""),
    ("S01", "青岚县第一中学", "城区", "公办", "高中", "城关镇", 2600, 190, 40, 2, "", "", "市级"),
    ("S02", "青岚县实验小学", "城区", "公办", "小学", "城关镇", 1800, 95, 30, 1, "", "", "县级"),
    ("S03", "青岚县育才学校", "城区", "民办", "九年一贯制", "城关镇", 1200, 80, 10, 1, "", "2014-09-10", ""),
    ("S04", "青岚县石门中学", "农村", "公办", "初中", "石门镇", 900, 70, 20, 1, "", "", ""),
    ("S05", "石门镇中心小学", "农村", "公办", "小学", "石门镇", 600, 40, 15, 1, "", "", ""),
    ("S06", "柳溪乡中心学校", "农村", "公办", "九年一贯制", "柳溪乡", 500, 45, 15, 1, "", "", ""),
    ("S07", "青岚县博文职业技术学校", "农村", "民办", "中职", "白沙镇", 700, 50, 10, 1, "", "2016-03-15", ""),
    ("S08", "柳溪乡大坪村小学", "农村", "公办", "小学", "柳溪乡", 90, 8, 2, 0, "柳溪乡联合党支部", "", ""),
    ("S09", "青岚县小天使幼儿园", "城区", "民办", "幼儿园", "城关镇", 200, 18, 1, 0, "民办学校联合党支部", "", ""),
]

ALL = list(range(1, 13))


def without(*months):
    return [m for m in ALL if m not in months]


# A branch's year: the months of its 支委会 and 党小组会 (every group meets once), the months of
# its 主题党日, the quarters of its 支部党员大会 and 党课 (`extra_lecture`: a second one in Q4),
# where its 组织生活会 and 民主评议党员 were held (`dec`: 20 December of the year, `jan`: the
# January of the year, reviewing the year before), the committee's and a group's size, and how
# many members were absent from a group meeting and from a meeting of the whole branch.
PLANS = {
    2017: {
        "S01": dict(committee=ALL, groups=ALL, party_day=ALL, general=[1, 2, 3, 4], lectures=[1, 2, 3, 4], extra_lecture=True,
                    org_life="dec", review="dec"),
        "S02": dict(committee=ALL, groups=ALL, party_day=ALL, general=[1, 2, 3, 4], lectures=[1, 2, 3, 4], org_life="dec", review="dec"),
        "S03": dict(committee=without(7, 8), groups=without(7, 8), party_day=without(8), general=[1, 2, 3, 4], lectures=[1, 2, 4],
                    org_life="dec", review="dec"),
        "S04": dict(committee=without(8), groups=ALL, party_day=ALL, general=[1, 2, 3, 4], lectures=[1, 2, 3, 4], org_life="dec", review="dec"),
        "S05": dict(committee=ALL, groups=ALL, party_day=ALL, general=[1, 2, 4], lectures=[1, 2, 3, 4], org_life="jan", review="jan"),
        "S06": dict(committee=[3, 4, 5, 9, 10, 11], groups=[3, 4, 5, 10, 11], party_day=[3, 4, 5, 6, 9, 10, 11], general=[2, 4],
                    lectures=[2, 4], org_life=None, review=None),
        "S07": dict(committee=without(1, 2, 8), groups=without(1, 2, 7, 8), party_day=without(1, 2, 8), general=[2, 3, 4], lectures=[1, 2, 4],
                    org_life="dec", review=None),
    },
    2016: {
        "S01": dict(committee=without(8), groups=without(8), party_day=ALL, general=[1, 2, 3, 4], lectures=[1, 2, 3, 4], org_life="dec", review="dec"),
        "S02": dict(committee=ALL, groups=without(8), party_day=without(8), general=[1, 2, 3, 4], lectures=[1, 2, 3, 4], org_life="dec", review="dec"),
        "S03": dict(committee=without(1, 7, 8), groups=without(1, 7, 8), party_day=without(7, 8), general=[1, 2, 4], lectures=[1, 2, 4],
                    org_life="dec", review="dec"),
        "S04": dict(committee=without(7, 8), groups=ALL, party_day=without(8), general=[1, 2, 3, 4], lectures=[2, 3, 4], org_life="dec", review="dec"),
        "S05": dict(committee=without(8), groups=without(8), party_day=ALL, general=[1, 2, 4], lectures=[1, 2, 3, 4], org_life="jan", review="jan"),
        "S06": dict(committee=[3, 4, 5, 10, 11], groups=[3, 4, 10, 11], party_day=[3, 4, 5, 9, 10, 11], general=[2, 4], lectures=[4],
                    org_life=None, review="dec"),
        # Founded on 15 March 2016 (its founding 支部党员大会 is that day's).
        "S07": dict(committee=[4, 5, 6, 7, 9, 10, 11, 12], groups=[5, 6, 9, 10, 11, 12], party_day=[4, 5, 6, 7, 9, 10, 11, 12], general=[4],
                    lectures=[2, 4], org_life="dec", review=None, founded=datetime.date(2016, 3, 15)),
    },
}

# Per school: committee size, groups and their size, absent from a group meeting, absent from a
# meeting of the whole branch, the secretary and two leaders.
PEOPLE = {
    "S01": (5, 4, 10, 1, 3, "周建国", ["刘海燕", "孙立新"]),
    "S02": (5, 3, 10, 1, 2, "陈丽华", ["黄志强", "吴晓梅"]),
    "S03": (3, 2, 5, 0, 1, "郑文斌", ["马秀兰", "何俊"]),
    "S04": (5, 2, 10, 1, 2, "罗永福", ["杨春燕", "谢涛"]),
    "S05": (3, 3, 5, 0, 1, "唐玉兰", ["曾凯", "彭丽"]),
    "S06": (3, 3, 5, 1, 4, "田德忠", ["袁梅", "蒋勇"]),
    "S07": (3, 2, 5, 1, 2, "许宏", ["冯静", "邓超"]),
}

# Holidays a school does not meet on (春节, 国庆).
HOLIDAYS = set()
for first, last in [((2016, 2, 7), (2016, 2, 13)), ((2016, 10, 1), (2016, 10, 7)),
                    ((2017, 1, 27), (2017, 2, 2)), ((2017, 10, 1), (2017, 10, 8))]:
    d = datetime.date(*first)
    while d <= datetime.date(*last):
        HOLIDAYS.add(d)
        d += datetime.timedelta(days=1)


def workday(year, month, day, backwards=False):
    """The day, or the nearest working day of the same month (searching backwards first when asked)."""
    d = datetime.date(year, month, min(day, 28 if month == 2 else 30))
    for step in ([-1, 1] if backwards else [1, -1]):
        e = d
        while e.month == month and (e.weekday() >= 5 or e in HOLIDAYS):
            e += datetime.timedelta(days=step)
        if e.month == month:
            return e
    raise ValueError(d)


TOPICS = {
    "支委会": ["研究支部月度工作", "研究党员教育管理工作", "研究发展党员工作", "研究主题党日活动方案"],
    "党小组会": ["学习党章", "交流学习体会", "学习习近平总书记系列重要讲话", "讨论师德师风建设"],
    "支部党员大会": ["传达学习上级会议精神", "通报支部工作情况", "讨论发展党员工作", "学习党章党规"],
}


def party_day_topic(day):
    if day.year == 2016:
        return "重温入党誓词" if day.month < 3 else "“两学一做”学习教育主题党日"
    if day >= datetime.date(2017, 10, 25):
        return "学习宣传党的十九大精神"
    return "“不忘初心、牢记使命”主题党日" if day.month % 2 else "缴纳党费，重温入党誓词"


def meetings_of(site, year, plan):
    committee, groups, group_size, absent_group, absent_all, _, _ = PEOPLE[site]
    members = dict((s[0], s[8]) for s in SITES)[site]
    rows = []

    def whole(day, kind, topic):
        rows.append((day, site, kind, members - absent_all, members, topic))

    if plan.get("founded"):
        whole(plan["founded"], "支部党员大会", "召开支部成立大会，选举产生支部委员会")
    for m in plan["committee"]:
        rows.append((workday(year, m, 8), site, "支委会", committee, committee, TOPICS["支委会"][m % 4]))
    for m in plan["groups"]:
        for g in range(groups):
            day = workday(year, m, 12 + 3 * g, backwards=True)
            rows.append((day, site, "党小组会", group_size - absent_group, group_size, TOPICS["党小组会"][(m + g) % 4]))
    for m in plan["party_day"]:
        day = workday(year, m, 28, backwards=True)
        whole(day, "主题党日", party_day_topic(day))
    for q in plan["general"]:
        month = [2, 5, 9, 11][q - 1]
        whole(workday(year, month, 20), "支部党员大会", TOPICS["支部党员大会"][q - 1])
    for kind, when in [("组织生活会", plan["org_life"]), ("民主评议党员", plan["review"])]:
        if when == "dec":
            whole(workday(year, 12, 20), kind, f"{year}年度{kind}")
        elif when == "jan":
            whole(workday(year, 1, 12), kind, f"{year - 1}年度{kind}")
    # Talks and other activities, without attendance.
    for k, (month, day) in enumerate([(3, 6), (6, 14), (9, 7), (11, 16)]):
        rows.append((workday(year, month, day), site, "谈心谈话", None, None,
                     ["支部书记与党员谈心谈话", "与入党积极分子谈心谈话", "与新入职党员教师谈心谈话", "组织生活会前谈心谈话"][k]))
    rows.append((workday(year, 3, 23), site, "其他", None, None, "党费收缴"))
    rows.append((workday(year, 6, 29), site, "其他", None, None, "“七一”表彰大会"))
    return rows


def bureau_meetings(year):
    if year == 2017:
        committees, specials, studies = [1, 2, 3, 4, 6, 8, 10, 12], [3, 5, 9, 11], [2, 4, 6, 8, 10, 12]
        visits = [(3, "S01"), (3, "S06"), (4, "S03"), (4, "S07"), (5, "S05"), (5, "S08"), (6, "S02"),
                  (9, "S04"), (9, "S06"), (10, "S09"), (10, "S07"), (11, "S01"), (11, "S03"), (12, "S06")]
    else:
        committees, specials, studies = [1, 3, 5, 7, 9, 12], [3, 6, 10], [2, 4, 6, 9, 11]
        visits = [(3, "S02"), (4, "S06"), (4, "S04"), (5, "S07"), (6, "S05"), (9, "S01"), (10, "S03"),
                  (10, "S08"), (11, "S06"), (12, "S09")]
    names = dict((s[0], s[1]) for s in SITES)
    rows = []
    for k, m in enumerate(committees):
        rows.append((workday(year, m, 10), "JYJ", "党委会", 8 + k % 2, 9,
                     ["研究部署全年教育系统党建工作", "研究基层党组织建设工作", "研究党风廉政建设工作", "研究民办学校党组织建设工作"][k % 4]))
    for k, m in enumerate(specials):
        rows.append((workday(year, m, 17), "JYJ", "专题会", 14, 15, ["全面从严治党专题会", "意识形态工作专题会", "党建工作督查情况通报会"][k % 3]))
    for k, m in enumerate(studies):
        kind = "中心组学习" if k < 2 else "专题学习研讨"
        rows.append((workday(year, m, 24), "JYJ", kind, 12, 13, ["学习习近平总书记系列重要讲话精神", "学习《中国共产党纪律处分条例》",
                                                                "学习《关于新形势下党内政治生活的若干准则》"][k % 3]))
    for k, (m, school) in enumerate(visits):
        rows.append((workday(year, m, 6 + 2 * k), "JYJ", "调研", None, None, f"到{names[school]}调研党建工作"))
    return rows


def lectures_of(site, year, plan):
    _, _, _, _, absent_all, secretary, leaders = PEOPLE[site]
    members = dict((s[0], s[8]) for s in SITES)[site]
    rows = []
    for q in plan["lectures"]:
        month = [3, 6, 9, 12][q - 1]
        day = workday(year, month, 15 if q != 3 else 22)
        lecturer, role = (secretary, "书记") if q != 2 else (leaders[0], "班子成员")
        topic = "学习贯彻党的十九大精神" if day >= datetime.date(2017, 10, 25) else ["坚定理想信念，争做合格党员", "做“四有”好老师",
                                                                                "发挥党员先锋模范作用", "全面从严治党永远在路上"][q - 1]
        rows.append((day, site, lecturer, role, members - absent_all, 2 if q == 4 else 1.5, topic))
    if plan.get("extra_lecture"):
        rows.append((workday(year, 11, 24), site, leaders[1], "班子成员", members - absent_all, 1.5, "弘扬红船精神 走在时代前列"))
    return rows


def bureau_lectures(year):
    if year == 2017:
        plan = [(4, "书记"), (7, "班子成员"), (9, "班子成员"), (11, "书记")]
    else:
        plan = [(6, "书记"), (11, "班子成员")]
    rows = []
    for k, (m, role) in enumerate(plan):
        lecturer = "林卫东" if role == "书记" else ["胡明", "江秀英"][k % 2]
        topic = "以党的十九大精神引领教育事业发展" if (year, m) == (2017, 11) else ["落实全面从严治党主体责任", "以党建引领教育事业发展"][k % 2]
        rows.append((workday(year, m, 18), "JYJ", lecturer, role, 60 + 10 * k, 2, topic))
    return rows


# 培训编号, 培训名称, 开始日期, 结束日期, 学时, 培训对象, {site: participants} ("" = bureau-wide)
TRAININGS = [
    ("T2016-01", "2016年全县党支部书记培训班", "2016-05-10", "2016-05-12", 24, "支部书记",
     {"S01": 2, "S02": 1, "S03": 1, "S04": 1, "S05": 1, "S07": 1}),
    ("T2016-02", "“两学一做”学习教育党员培训班", "2016-09-20", "2016-09-20", 8, "党员",
     {"S01": 3, "S02": 2, "S04": 1, "S05": 1}),
    ("T2017-01", "2017年全县党支部书记培训班", "2017-04-11", "2017-04-13", 24, "支部书记",
     {"S01": 2, "S02": 1, "S03": 1, "S04": 1, "S05": 1, "S07": 1}),
    ("T2017-02", "全县教育系统党务工作者培训班", "2017-07-18", "2017-07-19", 16, "党务工作者",
     {"S01": 2, "S02": 2, "S03": 1, "S04": 1, "S05": 1, "S07": 1, "": 6}),
    ("T2017-03", "发展对象和入党积极分子培训班", "2017-11-21", "2017-11-21", 8, "党员",
     {"S01": 4, "S02": 3, "S03": 1, "S04": 2, "S05": 2}),
]

REVIEW = """# annual-review config of the small-county fixture (Tests/Fixtures/small-county/make.py writes it).
year: 2017
organisation: 青岚县教育局
language: zh

targets:
  party_committee: 8
  special_meeting: 4
  study_session: 6
  visits: 12
  secretary_lectures: 2
  trainings: 3
  training_participants: 40
  sites_covered: 9
  demo_sites: 2

next_year_targets:
  visits: 15
  secretary_lectures: 4
  trainings: 4
  training_participants: 50
  demo_sites: 3
"""


def cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def write(name, header, rows):
    lines = [",".join(header)] + [",".join(cell(v) for v in row) for row in rows]
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")


def main():
    write("sites.csv", ["单位编码", "单位名称", "城乡", "办学性质", "学段", "镇街", "学生数", "教师数", "党员数", "党支部数",
                        "联合党支部", "支部成立日期", "示范点"], SITES)

    meetings = []
    for year in (2016, 2017):
        meetings += sorted(bureau_meetings(year), key=lambda r: r[0])
    for site in PEOPLE:
        for year in (2016, 2017):
            meetings += sorted(meetings_of(site, year, PLANS[year][site]), key=lambda r: r[0])
    # The village school logs one talk with the joint branch in 2017.
    meetings.append((datetime.date(2017, 5, 16), "S08", "谈心谈话", None, None, "联合党支部书记与党员谈心谈话"))
    numbered, counters = [], {2016: 0, 2017: 0}
    for row in meetings:
        counters[row[0].year] += 1
        numbered.append(row + (f"QL{row[0].year}-{counters[row[0].year]:04d}",))
    write("meetings.csv", ["日期", "单位编码", "会议类型", "实到人数", "应到人数", "主题", "记录编号"], numbered)

    lectures = []
    for year in (2016, 2017):
        lectures += bureau_lectures(year)
    for site in PEOPLE:
        for year in (2016, 2017):
            lectures += sorted(lectures_of(site, year, PLANS[year][site]), key=lambda r: r[0])
    write("lectures.csv", ["日期", "单位编码", "主讲人", "主讲人身份", "听课人数", "学时", "主题"], lectures)

    trainings = []
    for tid, title, start, end, hours, target, sites in TRAININGS:
        for site, n in sites.items():
            trainings.append((tid, title, start, end, site, n, hours, target))
    write("trainings.csv", ["培训编号", "培训名称", "开始日期", "结束日期", "单位编码", "参训人数", "学时", "培训对象"], trainings)

    with open(os.path.join(HERE, "review.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(REVIEW)


if __name__ == "__main__":
    main()
