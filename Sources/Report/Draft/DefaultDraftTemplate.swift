import Model

/// The built-in report-draft templates, used when the inputs folder has no
/// `templates/draft.<lang>.md`. The `template` command writes them out for an office to edit;
/// the values they may use are listed in docs/draft-template.md.
public enum DefaultDraftTemplate {
    public static func text(_ language: ReportLanguage) -> String {
        switch language {
        case .zh: chinese
        case .en: english
        }
    }

    /// The file name of a language's template in the inputs folder: `templates/draft.zh.md`.
    public static func path(_ language: ReportLanguage) -> String { "templates/draft.\(language.rawValue).md" }

    public static let chinese = """
        {{! 述职要点模板：可用的值见 docs/draft-template.md。这一行是注释，不会出现在稿中。 }}
        # {{#has_organisation}}{{organisation}}党委{{/has_organisation}}{{year}}年度抓基层党建工作述职报告（要点）{{#is_as_of_run}}（截至{{as_of_date}}）{{/is_as_of_run}}

        {{year}}年，我们认真履行抓基层党建工作第一责任，以“三会一课”、主题党日等制度为抓手，推动全系统基层党组织建设规范化。现将履行职责情况报告如下。

        ## 一、履行职责抓党建情况

        （一）强化组织领导。{{#has_party_committee}}全年主持召开党委会{{party_committee}}次、专题会{{special_meeting}}次，开展专题学习研讨{{study_session}}次，深入基层学校调研指导{{visits_about}}次，{{/has_party_committee}}及时研究解决基层党建工作中的重点难点问题。

        （二）抓实教育培训。{{#has_lectures}}书记带头讲党课{{secretary_lectures}}次，全系统各级党组织共讲党课{{lectures}}次{{#has_trainings}}；{{/has_trainings}}{{/has_lectures}}{{#has_trainings}}举办专题培训班{{trainings}}期，培训党员干部{{training_participants_about}}人次、{{training_person_hours_about}}人学时{{/has_trainings}}{{^has_lectures}}{{^has_trainings}}本年度党课和培训情况未纳入统计（见文末说明）{{/has_trainings}}{{/has_lectures}}。

        （三）扩大组织覆盖。全系统{{sites_total}}个基层单位中，{{sites_with_branch}}个建有独立党支部，党组织覆盖{{sites_covered}}个单位{{#has_coverage_rate}}，覆盖率{{coverage_rate}}{{/has_coverage_rate}}；全年新建民办学校党支部{{branches_founded_private}}个{{#has_branches_founded_public}}、公办学校党支部{{branches_founded_public}}个{{/has_branches_founded_public}}。

        （四）培育示范引领。培育基层党建示范点{{demo_sites}}个，其中省级{{demo_province}}个、市级{{demo_city}}个、县级{{demo_county}}个，以点带面推动整体提升。

        {{#has_sanhui_rate}}
        （五）规范组织生活。{{ranked_sites}}个党支部“三会一课”平均完成率{{sanhui_rate}}，其中{{fully_compliant_sites}}个支部全面达标（占{{fully_compliant_share}}）{{#has_party_day_rate}}；主题党日平均完成率{{party_day_rate}}{{/has_party_day_rate}}{{#has_attendance_rate}}，党员平均参会率{{attendance_rate}}{{/has_attendance_rate}}{{#has_score_mean}}；按年度考评办法，支部综合得分平均{{score_mean}}分{{/has_score_mean}}。
        {{/has_sanhui_rate}}
        {{^has_sanhui_rate}}
        {{#has_party_day_rate}}
        （五）规范组织生活。{{ranked_sites}}个党支部主题党日平均完成率{{party_day_rate}}{{#has_attendance_rate}}，党员平均参会率{{attendance_rate}}{{/has_attendance_rate}}{{#has_score_mean}}；按年度考评办法，支部综合得分平均{{score_mean}}分{{/has_score_mean}}。
        {{/has_party_day_rate}}
        {{^has_party_day_rate}}
        （五）规范组织生活。本年度没有可统计“三会一课”完成情况的党支部。
        {{/has_party_day_rate}}
        {{/has_sanhui_rate}}

        ## 二、存在的问题

        {{#no_significant_gap}}
        （一）发展还不够均衡。从本年数据看，城区与农村学校、公办与民办学校在各项指标上的差距都未达到统计显著水平（p < 0.05），但单位之间仍有差距，不能掉以轻心。
        {{/no_significant_gap}}
        {{#has_org_life_gap}}
        （一）组织生活的经常性不够平衡。{{org_life_lagging_groups}}党组织生活不够经常、规范（各项差距经检验 p < 0.05，按差距占全系统平均的比例从大到小排列）：

        {{#org_life_gaps}}
        - {{lagging_group}}{{indicator}}{{lagging_mean}}，比{{leading_group}}（{{leading_mean}}）低{{difference}}，相当于全系统平均的{{relative_gap}}（{{p_value}}）。
        {{/org_life_gaps}}

        {{/has_org_life_gap}}
        {{#has_training_gap}}
        （{{#has_org_life_gap}}二{{/has_org_life_gap}}{{^has_org_life_gap}}一{{/has_org_life_gap}}）教育培训资源分布不均：

        {{#training_gaps}}
        - {{lagging_group}}{{indicator}}{{lagging_mean}}，比{{leading_group}}（{{leading_mean}}）少{{difference}}，相当于全系统平均的{{relative_gap}}（{{p_value}}）。
        {{/training_gaps}}

        {{/has_training_gap}}
        {{#has_party_day_missed_share}}
        主题党日还没有做到月月开展：{{party_day_missed_sites}}个党支部全年至少有一个月没有开展主题党日，占{{party_day_missed_share}}。
        {{/has_party_day_missed_share}}

        {{#has_bottom}}
        部分单位工作相对滞后，综合得分排名末位的{{bottom_count}}个单位是：{{#bottom_sites}}{{site_name}}（{{site_score}}分）{{^is_last}}、{{/is_last}}{{/bottom_sites}}。
        {{/has_bottom}}

        ## 三、下一步措施

        {{#has_org_life_gap}}
        （一）补齐薄弱环节。针对{{org_life_lagging_groups}}组织生活不够经常的问题，加强分类指导和督促检查，推动每个党支部按月开展主题党日、按期落实“三会一课”。
        {{/has_org_life_gap}}
        {{^has_org_life_gap}}
        （一）巩固规范成果。持续抓好“三会一课”、主题党日等制度落实，推动每个党支部按月开展主题党日。
        {{/has_org_life_gap}}

        {{#has_bottom}}
        （二）抓实末位整改。对排名末位的{{bottom_count}}个单位逐一约谈、跟踪整改，实行一月一调度。
        {{/has_bottom}}

        {{#has_next_year_targets}}
        （三）完成{{next_year}}年度目标：

        {{#next_year_targets}}
        - {{label}}{{target}}{{unit}}{{#has_this_year}}（{{year}}年{{this_year}}{{unit}}）{{/has_this_year}}。
        {{/next_year_targets}}
        {{/has_next_year_targets}}
        {{^has_next_year_targets}}
        （三）{{next_year}}年度目标待定（review.yml 未设置 next_year_targets）。
        {{/has_next_year_targets}}

        （本稿数字由 annual-review 根据{{year}}年度活动记录生成，与同名工作簿和 JSON 摘要一致；数据截至{{as_of}}，输入指纹 {{fingerprint}}。）
        {{#has_missing_logs}}

        （说明：输入中没有{{missing_logs}}，由其得出的数字为空，本稿未予列出。）
        {{/has_missing_logs}}
        {{#has_score_parts_omitted}}

        （说明：所有建有支部的单位都没有{{score_parts_omitted}}的数据，综合得分中不计这部分{{#has_score_mean}}，其余各项权重按比例放大为：{{score_weights}}{{/has_score_mean}}{{^has_score_mean}}，不计得分和排名{{/has_score_mean}}。）
        {{/has_score_parts_omitted}}

        """

    public static let english = """
        {{! Report-draft template: the values it may use are listed in docs/draft-template.md. This line is a comment. }}
        # {{#has_organisation}}{{organisation}}: {{/has_organisation}}year-end report on Party-building work, {{year}} (draft){{#is_as_of_run}}, as of {{as_of_date}}{{/is_as_of_run}}

        In {{year}} we carried out our duty for Party building at the grassroots, with the regular meetings and lectures (三会一课) and the monthly Party day as the backbone of branch life. This is how we did it.

        ## 1. What we did

        {{#has_party_committee}}
        Leadership. We held {{party_committee}} Party committee meetings and {{special_meeting}} special meetings, {{study_session}} study sessions, and made {{visits_about}} research visits to schools.
        {{/has_party_committee}}

        {{#has_lectures}}
        Education and training. The secretary gave {{secretary_lectures}} Party lectures; the branches gave {{lectures}} in all.{{#has_trainings}} We ran {{trainings}} training courses with {{training_participants_about}} participants and {{training_person_hours_about}} person-hours.{{/has_trainings}}
        {{/has_lectures}}
        {{^has_lectures}}
        {{#has_trainings}}
        Education and training. We ran {{trainings}} training courses with {{training_participants_about}} participants and {{training_person_hours_about}} person-hours.
        {{/has_trainings}}
        {{/has_lectures}}

        Coverage. Of {{sites_total}} sites, {{sites_with_branch}} have a branch of their own and {{sites_covered}} are covered by a branch{{#has_coverage_rate}} ({{coverage_rate}}){{/has_coverage_rate}}. {{branches_founded_private}} branches were founded in private schools this year{{#has_branches_founded_public}}, and {{branches_founded_public}} in public ones{{/has_branches_founded_public}}.

        Demonstration sites. We have {{demo_sites}} demonstration sites: {{demo_province}} provincial, {{demo_city}} city and {{demo_county}} county level.

        {{#has_sanhui_rate}}
        Branch life. Across {{ranked_sites}} branches the mean sanhui-yike completion rate was {{sanhui_rate}}, and {{fully_compliant_sites}} branches ({{fully_compliant_share}}) met all four norms{{#has_party_day_rate}}; the mean Party-day rate was {{party_day_rate}}{{/has_party_day_rate}}{{#has_attendance_rate}} and mean attendance {{attendance_rate}}{{/has_attendance_rate}}{{#has_score_mean}}; the mean score was {{score_mean}}{{/has_score_mean}}.
        {{/has_sanhui_rate}}
        {{^has_sanhui_rate}}
        {{#has_party_day_rate}}
        Branch life. Across {{ranked_sites}} branches the mean Party-day rate was {{party_day_rate}}{{#has_attendance_rate}} and mean attendance {{attendance_rate}}{{/has_attendance_rate}}{{#has_score_mean}}; the mean score was {{score_mean}}{{/has_score_mean}}.
        {{/has_party_day_rate}}
        {{^has_party_day_rate}}
        Branch life. No branch had a sanhui-yike rate this year.
        {{/has_party_day_rate}}
        {{/has_sanhui_rate}}

        ## 2. Problems

        {{#no_significant_gap}}
        No gap between urban and rural or public and private schools is statistically significant this year (p < 0.05), though single sites still lag.
        {{/no_significant_gap}}
        {{#has_org_life_gap}}
        Branch life is less regular in {{org_life_lagging_groups}} (gaps with p < 0.05, largest relative to the overall mean first):

        {{#org_life_gaps}}
        - {{indicator}}, {{lagging_group}}: {{lagging_mean}}, {{difference}} below {{leading_group}} ({{leading_mean}}), a gap of {{relative_gap}} of the overall mean ({{p_value}}).
        {{/org_life_gaps}}

        {{/has_org_life_gap}}
        {{#has_training_gap}}
        Training and lectures are unevenly spread:

        {{#training_gaps}}
        - {{indicator}}, {{lagging_group}}: {{lagging_mean}}, {{difference}} below {{leading_group}} ({{leading_mean}}), a gap of {{relative_gap}} of the overall mean ({{p_value}}).
        {{/training_gaps}}

        {{/has_training_gap}}
        {{#has_party_day_missed_share}}
        {{party_day_missed_sites}} branches ({{party_day_missed_share}}) missed the Party day in at least one month.
        {{/has_party_day_missed_share}}

        {{#has_bottom}}
        The bottom {{bottom_count}} of the ranking: {{#bottom_sites}}{{site_name}} ({{site_score}}){{^is_last}}, {{/is_last}}{{/bottom_sites}}.
        {{/has_bottom}}

        ## 3. Next steps

        {{#has_org_life_gap}}
        Close the gaps: closer guidance and checks for {{org_life_lagging_groups}}, so that every branch holds its Party day each month and its meetings and lectures on time.
        {{/has_org_life_gap}}
        {{^has_org_life_gap}}
        Keep the rhythm: every branch holds its Party day each month and its meetings and lectures on time.
        {{/has_org_life_gap}}

        {{#has_bottom}}
        Follow up the bottom {{bottom_count}} one by one, with monthly dispatch.
        {{/has_bottom}}

        {{#has_next_year_targets}}
        Targets for {{next_year}}:

        {{#next_year_targets}}
        - {{label}}: {{target}}{{#has_this_year}} ({{this_year}} in {{year}}){{/has_this_year}}
        {{/next_year_targets}}
        {{/has_next_year_targets}}
        {{^has_next_year_targets}}
        Targets for {{next_year}} are not set yet (next_year_targets in review.yml).
        {{/has_next_year_targets}}

        (Figures generated by annual-review from the {{year}} activity logs, as in the workbook and the JSON summary; data as of {{as_of}}, input fingerprint {{fingerprint}}.)
        {{#has_missing_logs}}

        (Note: the inputs have no {{missing_logs}} log; the figures built on it are empty and not stated here.)
        {{/has_missing_logs}}
        {{#has_score_parts_omitted}}

        (Note: no site with a branch has data for {{score_parts_omitted}}, so the score leaves it out{{#has_score_mean}}; the other weights were scaled up to {{score_weights}}{{/has_score_mean}}{{^has_score_mean}}; no score or rank is given{{/has_score_mean}}.)
        {{/has_score_parts_omitted}}

        """
}
