import Model

/// The built-in report-draft templates, used when the inputs folder has no
/// `templates/draft.<lang>.md`: the year-end report (述职报告) the bureau's Party secretary
/// signs, in the first person, in three parts — 一、履职情况, 二、存在的主要问题和原因, 三、下一步打算 —
/// with its points numbered 一是、二是 … (`{{ordinal}}`). A sentence whose figure is 0 or empty
/// is left out (the `has_…` flags); the causes of each problem are a slot for the office
/// (【请补充原因】). The `template` command writes them out for an office to edit; the values
/// they may use are listed in docs/draft-template.md.
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
        {{! 述职报告模板：可用的值见 docs/draft-template.md。这一行是注释，不会出现在稿中。}}
        {{! 值 ordinal 写作“一是、二是……”，每个标题后重新编号，未写出的段落不占序号。}}
        {{! 【请补充原因】等方括号内容由办公室填写，定稿前删去括号。}}
        # {{#has_organisation}}{{organisation}}党委书记{{/has_organisation}}{{year}}年度抓基层党建工作述职报告{{#is_as_of_run}}（截至{{as_of_date}}）{{/is_as_of_run}}

        {{year}}年，我认真履行抓基层党建工作第一责任人职责，带领局党委一班人以“三会一课”、主题党日等基本制度为抓手，推动全系统基层党组织建设不断规范。现将履职情况报告如下。

        ## 一、履职情况

        {{#has_leadership_figures}}
        {{ordinal}}加强组织领导，压实党建工作责任。{{#has_party_committee}}主持召开党委会{{party_committee}}次{{#has_special_meeting}}、专题会{{special_meeting}}次{{/has_special_meeting}}，研究部署基层党建重点工作。{{/has_party_committee}}{{^has_party_committee}}{{#has_special_meeting}}召开专题会{{special_meeting}}次，研究部署基层党建重点工作。{{/has_special_meeting}}{{/has_party_committee}}{{#has_study_session}}组织开展专题学习研讨{{study_session}}次，推动理论学习常态化。{{/has_study_session}}{{#has_visits}}深入基层学校调研指导{{visits_about}}次，了解情况、指导工作。{{/has_visits}}
        {{/has_leadership_figures}}

        {{#has_education_figures}}
        {{ordinal}}抓实教育培训，提升党员队伍素质。{{#has_secretary_lectures}}书记讲党课{{secretary_lectures}}次{{#has_lectures}}，带动全系统各级党组织讲党课{{lectures_about}}次{{/has_lectures}}。{{/has_secretary_lectures}}{{^has_secretary_lectures}}{{#has_lectures}}全系统各级党组织讲党课{{lectures_about}}次。{{/has_lectures}}{{/has_secretary_lectures}}{{#has_trainings}}举办专题培训班{{trainings}}期{{#has_training_participants}}，培训党员干部{{training_participants_about}}人次{{#has_training_person_hours}}、{{training_person_hours_about}}人学时{{/has_training_person_hours}}{{/has_training_participants}}。{{/has_trainings}}
        {{/has_education_figures}}

        {{#has_sites_covered}}
        {{ordinal}}扩大组织覆盖，夯实基层组织基础。全系统{{sites_total}}个基层单位中，{{#has_sites_with_branch}}{{sites_with_branch}}个单独建立党支部，{{/has_sites_with_branch}}党的组织覆盖{{sites_covered}}个单位，覆盖率{{coverage_rate}}。{{#has_branches_founded_private}}加强民办学校党建工作，新建民办学校党支部{{branches_founded_private}}个{{#has_branches_founded_public}}、公办学校党支部{{branches_founded_public}}个{{/has_branches_founded_public}}。{{/has_branches_founded_private}}{{^has_branches_founded_private}}{{#has_branches_founded_public}}新建公办学校党支部{{branches_founded_public}}个。{{/has_branches_founded_public}}{{/has_branches_founded_private}}
        {{/has_sites_covered}}

        {{#has_demo_sites}}
        {{ordinal}}培育示范典型，发挥引领带动作用。培育基层党建示范点{{demo_sites}}个{{#has_several_demo_levels}}，其中{{#demo_levels}}{{level}}{{count}}个{{^is_last}}、{{/is_last}}{{/demo_levels}}{{/has_several_demo_levels}}{{^has_several_demo_levels}}{{#demo_levels}}，均为{{level}}示范点{{/demo_levels}}{{/has_several_demo_levels}}，以点带面推动整体提升。
        {{/has_demo_sites}}

        {{#has_org_life_figures}}
        {{ordinal}}严格组织生活，推动党内政治生活规范化。{{#has_sanhui_meetings}}全系统各基层党支部共召开{{#sanhui_meetings}}{{meeting}}{{count_about}}次{{^is_last}}、{{/is_last}}{{/sanhui_meetings}}{{#has_meetings_party_day}}，开展主题党日活动{{meetings_party_day_about}}次{{/has_meetings_party_day}}。{{/has_sanhui_meetings}}{{^has_sanhui_meetings}}{{#has_meetings_party_day}}全系统各基层党支部开展主题党日活动{{meetings_party_day_about}}次。{{/has_meetings_party_day}}{{/has_sanhui_meetings}}{{#has_meetings_org_life}}召开组织生活会{{meetings_org_life}}次{{#has_meetings_democratic_review}}，开展民主评议党员{{meetings_democratic_review}}次{{/has_meetings_democratic_review}}。{{/has_meetings_org_life}}{{^has_meetings_org_life}}{{#has_meetings_democratic_review}}开展民主评议党员{{meetings_democratic_review}}次。{{/has_meetings_democratic_review}}{{/has_meetings_org_life}}{{#has_meetings_talk}}开展谈心谈话{{meetings_talk_about}}次。{{/has_meetings_talk}}{{#org_life_meets_standard}}{{#has_sanhui_rate}}“三会一课”平均完成率{{sanhui_rate}}{{#has_fully_compliant_sites}}，{{fully_compliant_sites}}个单位全面达标{{/has_fully_compliant_sites}}。{{/has_sanhui_rate}}{{#has_party_day_rate}}主题党日平均完成率{{party_day_rate}}。{{/has_party_day_rate}}{{/org_life_meets_standard}}{{#has_attendance_rate}}党员参加组织生活的平均参会率为{{attendance_rate}}。{{/has_attendance_rate}}{{#has_score_mean}}按照年度考评办法，各单位党建工作综合得分平均{{score_mean}}分。{{/has_score_mean}}
        {{/has_org_life_figures}}

        ## 二、存在的主要问题和原因

        对照上级要求和基层党建工作标准，我们的工作还存在一些差距和不足，主要是：

        {{#org_life_below_standard}}
        {{ordinal}}组织生活制度落实还不够到位。{{#has_sanhui_rate}}“三会一课”平均完成率为{{sanhui_rate}}{{#has_fully_compliant_sites}}，全面达标的单位只占{{fully_compliant_share}}{{/has_fully_compliant_sites}}。{{/has_sanhui_rate}}{{#has_party_day_rate}}主题党日平均完成率为{{party_day_rate}}{{#has_party_day_missed_sites}}，{{party_day_missed_sites}}个单位至少有一个月没有开展主题党日，占建有党支部单位的{{party_day_missed_share}}{{/has_party_day_missed_sites}}。{{/has_party_day_rate}}【请补充原因】
        {{/org_life_below_standard}}

        {{#has_org_life_gap}}
        {{ordinal}}组织生活开展还不够平衡。{{#org_life_gaps}}{{lagging_group}}{{indicator}}比{{leading_group}}低{{difference}}{{^is_last}}；{{/is_last}}{{/org_life_gaps}}。{{org_life_lagging_groups}}党组织生活的经常性、规范性还有差距。【请补充原因】
        {{/has_org_life_gap}}

        {{#has_training_gap}}
        {{ordinal}}教育培训资源分布还不均衡。{{#training_gaps}}{{lagging_group}}{{indicator}}比{{leading_group}}少{{difference}}{{^is_last}}；{{/is_last}}{{/training_gaps}}。【请补充原因】
        {{/has_training_gap}}

        {{#has_bottom}}
        {{ordinal}}部分单位党建工作相对滞后。综合得分低于全系统平均的末位单位有{{bottom_count}}个。【请补充原因】
        {{/has_bottom}}

        {{^has_problem_figures}}
        【请补充存在的主要问题及原因】
        {{/has_problem_figures}}

        ## 三、下一步打算

        {{next_year}}年，我将继续履行好第一责任人职责，坚持问题导向，重点抓好以下几项工作：

        {{#org_life_below_standard}}
        {{ordinal}}着力提升组织生活规范化水平。以“三会一课”、主题党日为重点，坚持一月一调度，对未按期开展的逐项督办，推动每个党支部按月开展主题党日、按期落实“三会一课”{{#has_org_life_gap}}，对{{org_life_lagging_groups}}加强分类指导和督促检查{{/has_org_life_gap}}。
        {{/org_life_below_standard}}
        {{#org_life_meets_standard}}
        {{ordinal}}巩固组织生活规范成果。持续抓好“三会一课”、主题党日、组织生活会等制度落实，推动基层组织生活常态化、长效化{{#has_org_life_gap}}，对{{org_life_lagging_groups}}加强分类指导{{/has_org_life_gap}}。
        {{/org_life_meets_standard}}

        {{#has_training_gap}}
        {{ordinal}}推动教育培训资源均衡配置。统筹安排党课和培训计划，向{{training_lagging_groups}}倾斜，缩小校际差距。
        {{/has_training_gap}}

        {{#has_bottom}}
        {{ordinal}}抓实末位单位整改。对综合得分低于全系统平均的{{bottom_count}}个末位单位逐一分析原因、督促整改，实行一月一调度、跟踪问效。
        {{/has_bottom}}

        {{#has_next_year_targets}}
        {{ordinal}}确保完成{{next_year}}年度目标任务：{{#next_year_targets}}{{label}}{{target}}{{unit}}{{^is_last}}，{{/is_last}}{{/next_year_targets}}。
        {{/has_next_year_targets}}
        {{^has_next_year_targets}}
        {{ordinal}}【请补充{{next_year}}年度目标任务】
        {{/has_next_year_targets}}

        以上报告，请予评议。
        {{#has_missing_logs}}

        【说明：没有提供{{missing_logs}}，由其得出的数字未列入本稿。】
        {{/has_missing_logs}}
        {{#has_score_parts_omitted}}

        【说明：综合得分未计{{score_parts_omitted}}（建有党支部的单位都没有这部分数据，或其考核周期尚未结束）{{#has_score_mean}}，其余各项分值按比例调整为：{{score_weights}}{{/has_score_mean}}{{^has_score_mean}}，不计得分和排名{{/has_score_mean}}。】
        {{/has_score_parts_omitted}}

        """

    public static let english = """
        {{! Report template: the values it may use are listed in docs/draft-template.md. This line is a comment. }}
        {{! The value ordinal writes First, Second …, counted again after each heading; a paragraph left out takes no number. }}
        {{! The office fills in what stands in square brackets, such as [add the causes], before the report is signed. }}
        # {{#has_organisation}}{{organisation}}: {{/has_organisation}}Report of the Party secretary on Party building at the grassroots, {{year}}{{#is_as_of_run}}, as of {{as_of_date}}{{/is_as_of_run}}

        In {{year}} I carried out my duty as the first person responsible for Party building at the grassroots and, with the Party committee, made the regular meetings and lectures (sanhui-yike, 三会一课) and the monthly Party day the backbone of branch life across the system. This is my report.

        ## 1. What we did

        {{#has_leadership_figures}}
        {{ordinal}} we strengthened the leadership of Party building. {{#has_party_committee}}I chaired {{party_committee}} Party committee meetings{{#has_special_meeting}} and {{special_meeting}} special meetings{{/has_special_meeting}} that set the tasks of Party building. {{/has_party_committee}}{{^has_party_committee}}{{#has_special_meeting}}We held {{special_meeting}} special meetings that set the tasks of Party building. {{/has_special_meeting}}{{/has_party_committee}}{{#has_study_session}}We held {{study_session}} study sessions. {{/has_study_session}}{{#has_visits}}We made {{visits_about}} research visits to schools to see their work and guide it.{{/has_visits}}
        {{/has_leadership_figures}}

        {{#has_education_figures}}
        {{ordinal}} we stepped up education and training. {{#has_secretary_lectures}}As secretary I gave {{secretary_lectures}} Party lectures{{#has_lectures}}, and the Party organisations of the system gave {{lectures_about}} in all{{/has_lectures}}. {{/has_secretary_lectures}}{{^has_secretary_lectures}}{{#has_lectures}}The Party organisations of the system gave {{lectures_about}} Party lectures. {{/has_lectures}}{{/has_secretary_lectures}}{{#has_trainings}}We ran {{trainings}} training courses{{#has_training_participants}} with {{training_participants_about}} participants{{#has_training_person_hours}} and {{training_person_hours_about}} person-hours{{/has_training_person_hours}}{{/has_training_participants}}.{{/has_trainings}}
        {{/has_education_figures}}

        {{#has_sites_covered}}
        {{ordinal}} we widened the reach of Party organisations. Of the {{sites_total}} sites of the system, {{#has_sites_with_branch}}{{sites_with_branch}} have a branch of their own and {{/has_sites_with_branch}}{{sites_covered}} are covered by a Party organisation ({{coverage_rate}}).{{#has_branches_founded_private}} We founded {{branches_founded_private}} branches in private schools{{#has_branches_founded_public}} and {{branches_founded_public}} in public ones{{/has_branches_founded_public}}.{{/has_branches_founded_private}}{{^has_branches_founded_private}}{{#has_branches_founded_public}} We founded {{branches_founded_public}} branches in public schools.{{/has_branches_founded_public}}{{/has_branches_founded_private}}
        {{/has_sites_covered}}

        {{#has_demo_sites}}
        {{ordinal}} we built up demonstration sites. We have {{demo_sites}} demonstration sites{{#has_several_demo_levels}} ({{#demo_levels}}{{count}} {{level}}{{^is_last}}, {{/is_last}}{{/demo_levels}}){{/has_several_demo_levels}}{{^has_several_demo_levels}}{{#demo_levels}}, all at {{level}} level,{{/demo_levels}}{{/has_several_demo_levels}} to lead the others by example.
        {{/has_demo_sites}}

        {{#has_org_life_figures}}
        {{ordinal}} we kept branch life strict. {{#has_sanhui_meetings}}The branches held {{#sanhui_meetings}}{{count_about}} {{meeting}}{{^is_last}}, {{/is_last}}{{/sanhui_meetings}}{{#has_meetings_party_day}} and {{meetings_party_day_about}} Party days{{/has_meetings_party_day}}. {{/has_sanhui_meetings}}{{^has_sanhui_meetings}}{{#has_meetings_party_day}}The branches held {{meetings_party_day_about}} Party days. {{/has_meetings_party_day}}{{/has_sanhui_meetings}}{{#has_meetings_org_life}}They held {{meetings_org_life}} organisational-life meetings{{#has_meetings_democratic_review}} and {{meetings_democratic_review}} democratic reviews of members{{/has_meetings_democratic_review}}. {{/has_meetings_org_life}}{{^has_meetings_org_life}}{{#has_meetings_democratic_review}}They held {{meetings_democratic_review}} democratic reviews of members. {{/has_meetings_democratic_review}}{{/has_meetings_org_life}}{{#has_meetings_talk}}Secretaries and members had {{meetings_talk_about}} heart-to-heart talks. {{/has_meetings_talk}}{{#org_life_meets_standard}}{{#has_sanhui_rate}}The mean sanhui-yike completion rate was {{sanhui_rate}}{{#has_fully_compliant_sites}}, with {{fully_compliant_sites}} sites meeting every norm{{/has_fully_compliant_sites}}. {{/has_sanhui_rate}}{{#has_party_day_rate}}The mean Party-day rate was {{party_day_rate}}. {{/has_party_day_rate}}{{/org_life_meets_standard}}{{#has_attendance_rate}}Mean attendance was {{attendance_rate}}. {{/has_attendance_rate}}{{#has_score_mean}}Under the year's assessment the sites scored {{score_mean}} on average.{{/has_score_mean}}
        {{/has_org_life_figures}}

        ## 2. Main problems and their causes

        Measured against what is required of us, our work still falls short in these ways:

        {{#org_life_below_standard}}
        {{ordinal}} the rules of branch life are not yet kept everywhere. {{#has_sanhui_rate}}The mean sanhui-yike completion rate was {{sanhui_rate}}{{#has_fully_compliant_sites}}, and only {{fully_compliant_share}} of the sites met every norm{{/has_fully_compliant_sites}}. {{/has_sanhui_rate}}{{#has_party_day_rate}}The mean Party-day rate was {{party_day_rate}}{{#has_party_day_missed_sites}}; {{party_day_missed_sites}} sites ({{party_day_missed_share}} of those with a branch) missed the Party day in at least one month{{/has_party_day_missed_sites}}. {{/has_party_day_rate}}[add the causes]
        {{/org_life_below_standard}}

        {{#has_org_life_gap}}
        {{ordinal}} branch life is uneven: {{#org_life_gaps}}in {{lagging_group}} the {{indicator}} was {{difference}} lower than in {{leading_group}}{{^is_last}}; {{/is_last}}{{/org_life_gaps}}. Branch life in {{org_life_lagging_groups}} is less regular than elsewhere. [add the causes]
        {{/has_org_life_gap}}

        {{#has_training_gap}}
        {{ordinal}} training and lectures are unevenly spread: {{#training_gaps}}in {{lagging_group}} the {{indicator}} was {{difference}} lower than in {{leading_group}}{{^is_last}}; {{/is_last}}{{/training_gaps}}. [add the causes]
        {{/has_training_gap}}

        {{#has_bottom}}
        {{ordinal}} some sites lag behind: {{bottom_count}} sites at the bottom of the ranking scored below the mean. [add the causes]
        {{/has_bottom}}

        {{^has_problem_figures}}
        [add the main problems and their causes]
        {{/has_problem_figures}}

        ## 3. Plans for {{next_year}}

        In {{next_year}} I will keep to my duty as the first person responsible and work on the problems above:

        {{#org_life_below_standard}}
        {{ordinal}} we will make branch life regular. We will dispatch the work monthly, follow up every period missed, and see that every branch holds its Party day each month and its meetings and lectures on time{{#has_org_life_gap}}, with closer guidance and checks for {{org_life_lagging_groups}}{{/has_org_life_gap}}.
        {{/org_life_below_standard}}
        {{#org_life_meets_standard}}
        {{ordinal}} we will consolidate regular branch life. We will keep the meetings, lectures, Party days and organisational-life meetings to their rhythm{{#has_org_life_gap}}, with closer guidance for {{org_life_lagging_groups}}{{/has_org_life_gap}}.
        {{/org_life_meets_standard}}

        {{#has_training_gap}}
        {{ordinal}} we will spread training and lectures more evenly, giving more to {{training_lagging_groups}}.
        {{/has_training_gap}}

        {{#has_bottom}}
        {{ordinal}} we will follow up the {{bottom_count}} sites at the bottom one by one, with monthly dispatch until they catch up.
        {{/has_bottom}}

        {{#has_next_year_targets}}
        {{ordinal}} we will meet the targets for {{next_year}}: {{#next_year_targets}}{{target}} {{label}}{{^is_last}}, {{/is_last}}{{/next_year_targets}}.
        {{/has_next_year_targets}}
        {{^has_next_year_targets}}
        {{ordinal}} [add the targets for {{next_year}}]
        {{/has_next_year_targets}}

        I submit this report for review.
        {{#has_missing_logs}}

        [Note: the inputs have no {{missing_logs}} log; the figures built on it are left out of this draft.]
        {{/has_missing_logs}}
        {{#has_score_parts_omitted}}

        [Note: the score leaves out {{score_parts_omitted}}, which no site with a branch has (no data, or no period ended yet){{#has_score_mean}}; the other weights were scaled up to {{score_weights}}{{/has_score_mean}}{{^has_score_mean}}; no score or rank is given{{/has_score_mean}}.]
        {{/has_score_parts_omitted}}

        """
}
