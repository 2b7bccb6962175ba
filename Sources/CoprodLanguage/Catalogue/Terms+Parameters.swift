/// The words of the model constants added with issue 8 (every number of the rules is a parameter):
/// their names and one-line docs in both languages, keyed `parameter.NAME`. The first constants
/// (a0 … blockSize) are in ``Terms/settings``' own table; the second-stage rules (spec §12) add
/// theirs in ``Terms/secondStageParameters``.
extension Terms {
    static let ruleParameters: [String: TermWords] = [
        "parameter.responsibilityStart": text(
            "starting public awareness", "初始公共意识",
            en: "starting responsibility as a share of attachment, 0–1 (default 0.5)",
            zh: "初始公共意识占社区依恋的比例，0–1（默认 0.5）"),
        "parameter.satisfactionStart": text(
            "starting satisfaction", "初始满意度",
            en: "satisfaction of every resident on every project at the start, 0–1 (default 0.5)",
            zh: "每位居民对每个项目的初始满意度，0–1（默认 0.5）"),
        "parameter.veteranAwareness": text(
            "veteran awareness factor", "老参与者知晓倍数",
            en: "extra factor on the baseline awareness rate for someone who has taken part before, 0–100 (default 4)",
            zh: "曾参与过任一项目的居民，其基础知晓率额外乘以的倍数，0–100（默认 4）"),
        "parameter.identificationGain": text(
            "identification gain", "认同增长率",
            en: "weekly rate at which emotional and solidary rewards raise identification, 0–1 (default 0.02)",
            zh: "情感与团结回报提升认同的每周速率，0–1（默认 0.02）"),
        "parameter.identificationRelax": text(
            "identification relaxation", "认同回落率",
            en: "weekly rate at which identification returns toward attachment, 0–1 (default 0.01)",
            zh: "认同向社区依恋回落的每周速率，0–1（默认 0.01）"),
        "parameter.responsibilityGain": text(
            "public awareness gain", "公共意识增长率",
            en:
                "weekly rate at which taking part and visible public progress raise responsibility, per project, 0–1 (default 0.01)",
            zh: "参与和可见的公共进展提升公共意识的每周速率（每个项目），0–1（默认 0.01）"),
        "parameter.responsibilityRelax": text(
            "public awareness relaxation", "公共意识回落率",
            en: "weekly rate at which responsibility returns toward its rest level, per project, 0–1 (default 0.01)",
            zh: "公共意识向静息水平回落的每周速率（每个项目），0–1（默认 0.01）"),
        "parameter.responsibilityRest": text(
            "public awareness rest level", "公共意识静息水平",
            en: "rest level of responsibility as a share of attachment, 0–1 (default 0.5)",
            zh: "公共意识静息水平占社区依恋的比例，0–1（默认 0.5）"),
        "parameter.crowdingOut": text(
            "crowding-out", "挤出效应",
            en:
                "how much joining for an incentive removes the responsibility gain of taking part; 0 switches crowding-out off, 0–1 (default 1)",
            zh: "因激励而参与时抵消参与带来的公共意识增长的程度；0 关闭挤出效应，0–1（默认 1）"),
        "parameter.nonServedBenefit": text(
            "benefit to non-beneficiaries", "非受益者收益",
            en: "benefit of a project to a resident it does not serve, per unit of publicness, 0–1 (default 0.5)",
            zh: "项目对非受益居民的收益（每单位公共性），0–1（默认 0.5）"),
        "parameter.demandPlanning": text(
            "skill demand in planning", "规划阶段技能要求",
            en: "how much planning asks of a resident's skill (perceived control), 0–1 (default 0.3)",
            zh: "规划阶段对居民技能的要求（知觉行为控制），0–1（默认 0.3）"),
        "parameter.demandDesign": text(
            "skill demand in design", "设计阶段技能要求",
            en: "how much design asks of a resident's skill (perceived control), 0–1 (default 0.6)",
            zh: "设计阶段对居民技能的要求（知觉行为控制），0–1（默认 0.6）"),
        "parameter.demandConstruction": text(
            "skill demand in construction", "建设阶段技能要求",
            en: "how much construction asks of a resident's skill (perceived control), 0–1 (default 0.8)",
            zh: "建设阶段对居民技能的要求（知觉行为控制），0–1（默认 0.8）"),
        "parameter.demandMaintenance": text(
            "skill demand in maintenance", "维护阶段技能要求",
            en: "how much maintenance asks of a resident's skill (perceived control), 0–1 (default 0.3)",
            zh: "维护阶段对居民技能的要求（知觉行为控制），0–1（默认 0.3）"),
        "parameter.autonomousJoinRate": text(
            "autonomous joining rate", "自主参与率",
            en: "largest weekly chance of joining on one's own, 0–1 (default 0.03)",
            zh: "自主参与的最大每周概率，0–1（默认 0.03）"),
        "parameter.joinSteepness": text(
            "joining steepness", "参与陡度",
            en: "steepness of the logistic of autonomous utility, 0–100 (default 14)",
            zh: "自主效用逻辑函数的陡度，0–100（默认 14）"),
        "parameter.joinThreshold": text(
            "joining threshold", "参与阈值",
            en: "utility at which the chance of joining on one's own is half its largest value, 0–1 (default 0.52)",
            zh: "自主参与概率达到其最大值一半时的效用，0–1（默认 0.52）"),
        "parameter.onlineChannel": text(
            "online joining rate", "线上参与率",
            en:
                "weekly chance of joining through the platform, per unit of platform × digital literacy, 0–1 (default 0.008)",
            zh: "经平台参与的每周概率（每单位平台强度 × 数字素养），0–1（默认 0.008）"),
        "parameter.outreachJoinRate": text(
            "mobilisation rate", "动员参与率",
            en: "weekly chance of being mobilised per unit of outreach × trust, 0–1 (default 0.03)",
            zh: "每单位动员力度 × 信任带来的每周被动员概率，0–1（默认 0.03）"),
        "parameter.roleOutreachCut": text(
            "role cut of mobilisation", "角色对动员的削减",
            en: "how much an enabling role lowers the government's mobilisation, 0–1 (default 0.5)",
            zh: "使能型角色削减政府动员的程度，0–1（默认 0.5）"),
        "parameter.incentiveJoinRate": text(
            "incentive joining rate", "激励参与率",
            en: "weekly chance of joining per unit of incentive strength, 0–1 (default 0.10)",
            zh: "每单位激励强度带来的每周参与概率，0–1（默认 0.10）"),
        "parameter.reentryShare": text(
            "re-entry share", "再参与比例",
            en: "share of the joining chance with which a lapsed resident re-enters, 0–1 (default 0.2)",
            zh: "已退出居民再次参与时的参与概率比例，0–1（默认 0.2）"),
        "parameter.satisfactionKeep": text(
            "satisfaction memory", "满意度保持",
            en: "weight of last week's satisfaction in the update, 0–1 (default 0.8)",
            zh: "满意度更新中上周满意度的权重，0–1（默认 0.8）"),
        "parameter.satisfactionGain": text(
            "satisfaction learning", "满意度更新",
            en: "weight of this week's rewards in the satisfaction update, 0–1 (default 0.2)",
            zh: "满意度更新中本周回报的权重，0–1（默认 0.2）"),
        "parameter.emotionInSatisfaction": text(
            "emotion in satisfaction", "情感对满意度的作用",
            en: "weight of emotional engagement in satisfaction; 0 switches it out, 0–1 (default 1)",
            zh: "情感动员在满意度中的权重；0 将其移除，0–1（默认 1）"),
        "parameter.effortPlanning": text(
            "effort in planning", "规划阶段付出",
            en: "effort of taking part in planning, 0–1 (default 0.2)",
            zh: "参与规划的付出，0–1（默认 0.2）"),
        "parameter.effortDesign": text(
            "effort in design", "设计阶段付出",
            en: "effort of taking part in design, 0–1 (default 0.4)",
            zh: "参与设计的付出，0–1（默认 0.4）"),
        "parameter.effortConstruction": text(
            "effort in construction", "建设阶段付出",
            en: "effort of taking part in construction, 0–1 (default 0.7)",
            zh: "参与建设的付出，0–1（默认 0.7）"),
        "parameter.effortMaintenance": text(
            "effort in maintenance", "维护阶段付出",
            en: "effort of taking part in maintenance, 0–1 (default 0.3)",
            zh: "参与维护的付出，0–1（默认 0.3）"),
        "parameter.fatigueGain": text(
            "fatigue gain", "倦怠增长",
            en: "weekly fatigue per unit of effort, 0–1 (default 0.05)",
            zh: "每单位付出带来的每周倦怠，0–1（默认 0.05）"),
        "parameter.fatigueRecovery": text(
            "fatigue recovery", "倦怠恢复",
            en: "weekly recovery from fatigue, 0–1 (default 0.02)",
            zh: "每周倦怠的恢复量，0–1（默认 0.02）"),
        "parameter.stayGain": text(
            "staying steepness", "持续陡度",
            en: "steepness of the staying logistic, 0–100 (default 8)",
            zh: "持续参与逻辑函数的陡度，0–100（默认 8）"),
        "parameter.staySatisfaction": text(
            "satisfaction in staying", "满意度对持续的权重",
            en: "weight of satisfaction in the staying probability, 0–10 (default 0.35)",
            zh: "满意度在持续参与概率中的权重，0–10（默认 0.35）"),
        "parameter.stayIdentification": text(
            "identification in staying", "认同对持续的权重",
            en: "weight of identification in the staying probability, 0–10 (default 0.2)",
            zh: "认同在持续参与概率中的权重，0–10（默认 0.2）"),
        "parameter.stayResponsibility": text(
            "public awareness in staying", "公共意识对持续的权重",
            en: "weight of responsibility in the staying probability, 0–10 (default 0.2)",
            zh: "公共意识在持续参与概率中的权重，0–10（默认 0.2）"),
        "parameter.staySolidary": text(
            "solidary ties in staying", "团结关系对持续的权重",
            en: "weight of the share of ties active in the staying probability, 0–10 (default 0.25)",
            zh: "已参与邻里占比在持续参与概率中的权重，0–10（默认 0.25）"),
        "parameter.stayFatigue": text(
            "fatigue in staying", "倦怠对持续的权重",
            en: "weight of fatigue (subtracted) in the staying probability, 0–10 (default 0.3)",
            zh: "倦怠在持续参与概率中的权重（减去），0–10（默认 0.3）"),
        "parameter.stayIncentive": text(
            "incentive in staying", "激励对持续的权重",
            en:
                "weight of this week's incentive for one who joined for it, in the staying probability, 0–10 (default 0.3)",
            zh: "因激励参与者本周激励强度在持续参与概率中的权重，0–10（默认 0.3）"),
        "parameter.stayBias": text(
            "staying offset", "持续偏移",
            en: "constant subtracted inside the staying logistic, -10–10 (default 0.05)",
            zh: "持续参与逻辑函数内减去的常数，-10–10（默认 0.05）"),
        "parameter.workSharePlanning": text(
            "work of planning", "规划工作量",
            en: "work of planning as a share of cost, 0–10 (default 0.1)",
            zh: "规划工作量占成本的比例，0–10（默认 0.1）"),
        "parameter.workShareDesign": text(
            "work of design", "设计工作量",
            en: "work of design as a share of cost, 0–10 (default 0.2)",
            zh: "设计工作量占成本的比例，0–10（默认 0.2）"),
        "parameter.workShareConstruction": text(
            "work of construction", "建设工作量",
            en: "work of construction as a share of cost, 0–10 (default 0.7)",
            zh: "建设工作量占成本的比例，0–10（默认 0.7）"),
        "parameter.skillWeightPlanning": text(
            "skill weight in planning", "规划阶段技能权重",
            en: "weight of skill in a resident's input in planning, 0–1 (default 0.2)",
            zh: "规划阶段居民投入中技能的权重，0–1（默认 0.2）"),
        "parameter.skillWeightDesign": text(
            "skill weight in design", "设计阶段技能权重",
            en: "weight of skill in a resident's input in design, 0–1 (default 0.6)",
            zh: "设计阶段居民投入中技能的权重，0–1（默认 0.6）"),
        "parameter.skillWeightConstruction": text(
            "skill weight in construction", "建设阶段技能权重",
            en: "weight of skill in a resident's input in construction, 0–1 (default 0.5)",
            zh: "建设阶段居民投入中技能的权重，0–1（默认 0.5）"),
        "parameter.skillWeightMaintenance": text(
            "skill weight in maintenance", "维护阶段技能权重",
            en: "weight of skill in a resident's input in maintenance, 0–1 (default 0.2)",
            zh: "维护阶段居民投入中技能的权重，0–1（默认 0.2）"),
        "parameter.roleResidentBoost": text(
            "role boost of residents", "角色对居民投入的增益",
            en: "how much an enabling role multiplies residents' input, 0–10 (default 0.5)",
            zh: "使能型角色放大居民投入的程度，0–10（默认 0.5）"),
        "parameter.roleGovernmentCut": text(
            "role cut of government input", "角色对政府投入的削减",
            en: "how much an enabling role lowers the government's input, 0–1 (default 0.5)",
            zh: "使能型角色削减政府投入的程度，0–1（默认 0.5）"),
        "parameter.cesRho": text(
            "co-production exponent", "共同生产指数",
            en:
                "exponent of the CES co-production function; 1 makes the inputs perfect substitutes, 0.1–1 (default 0.5)",
            zh: "CES 共同生产函数的指数；1 表示投入完全替代，0.1–1（默认 0.5）"),
        "parameter.governmentSharePlanning": text(
            "government share in planning", "规划阶段政府份额",
            en: "share of government input in the co-production function in planning, 0–1 (default 0.3)",
            zh: "规划阶段共同生产函数中政府投入的份额，0–1（默认 0.3）"),
        "parameter.governmentShareDesign": text(
            "government share in design", "设计阶段政府份额",
            en: "share of government input in the co-production function in design, 0–1 (default 0.3)",
            zh: "设计阶段共同生产函数中政府投入的份额，0–1（默认 0.3）"),
        "parameter.governmentShareConstruction": text(
            "government share in construction", "建设阶段政府份额",
            en: "share of government input in construction at complexity 0, 0–1 (default 0.5)",
            zh: "复杂度为 0 时建设阶段政府投入的份额，0–1（默认 0.5）"),
        "parameter.governmentShareComplexity": text(
            "government share per complexity", "政府份额随复杂度增幅",
            en: "rise of the government share in construction per unit of complexity, 0–1 (default 0.4)",
            zh: "建设阶段政府份额随每单位复杂度的增幅，0–1（默认 0.4）"),
        "parameter.qualityBase": text(
            "base quality", "基础质量",
            en: "quality with no co-design coverage, 0–1 (default 0.3)",
            zh: "无共同设计覆盖时的质量，0–1（默认 0.3）"),
        "parameter.coverageInQuality": text(
            "coverage in quality", "覆盖度对质量的作用",
            en: "weight of co-design coverage in quality; 0 switches coverage out of quality, 0–1 (default 0.7)",
            zh: "共同设计覆盖度在质量中的权重；0 将其移除，0–1（默认 0.7）"),
        "parameter.qualityResponsiveness": text(
            "responsiveness in quality", "回应性对质量的作用",
            en: "weight of responsiveness in the quality factor, 0–1 (default 0.5)",
            zh: "回应性在质量因子中的权重，0–1（默认 0.5）"),
        "parameter.conditionDecay": text(
            "condition decay", "状况衰减",
            en: "weekly loss of condition in maintenance, 0–1 (default 0.02)",
            zh: "维护阶段每周的状况损耗，0–1（默认 0.02）"),
        "parameter.conditionResidents": text(
            "condition per resident work", "居民维护效果",
            en: "condition gained per work unit of residents' input in maintenance, 0–1 (default 0.01)",
            zh: "维护阶段每单位居民投入恢复的状况，0–1（默认 0.01）"),
        "parameter.conditionGovernment": text(
            "condition per government work", "政府维护效果",
            en: "condition gained per work unit of government input in maintenance, 0–1 (default 0.002)",
            zh: "维护阶段每单位政府投入恢复的状况，0–1（默认 0.002）"),
        "parameter.degradedThreshold": text(
            "degraded threshold", "损坏阈值",
            en: "condition below which a facility is degraded, 0–1 (default 0.3)",
            zh: "设施状况低于该值即为损坏，0–1（默认 0.3）"),
        "parameter.feedbackEfficacy": text(
            "efficacy feedback", "效能感反馈",
            en: "weekly rate at which visible progress and degradation change self-efficacy, 0–1 (default 0.01)",
            zh: "可见进展与损坏改变自我效能感的每周速率，0–1（默认 0.01）"),
        "parameter.degradedEfficacy": text(
            "degradation in efficacy", "损坏对效能感的作用",
            en: "weight of a degraded facility in the efficacy feedback, 0–100 (default 2)",
            zh: "损坏设施在效能感反馈中的权重，0–100（默认 2）"),
        "parameter.trustResponsiveness": text(
            "trust from responsiveness", "回应性带来的信任",
            en: "weekly trust change of a participant per unit of responsiveness above neutral, 0–1 (default 0.02)",
            zh: "参与者的信任随回应性高出中性值每单位的每周变化，0–1（默认 0.02）"),
        "parameter.responsivenessNeutral": text(
            "neutral responsiveness", "中性回应性",
            en: "responsiveness at which taking part leaves trust unchanged, 0–1 (default 0.5)",
            zh: "参与不改变信任时的回应性，0–1（默认 0.5）"),
        "parameter.feedbackTrust": text(
            "trust feedback", "信任反馈",
            en: "weekly rate at which visible progress raises trust, 0–1 (default 0.01)",
            zh: "可见进展提升信任的每周速率，0–1（默认 0.01）"),
        "parameter.degradedTrust": text(
            "trust loss from degradation", "损坏带来的信任损失",
            en: "weekly trust loss while a facility is degraded, 0–1 (default 0.03)",
            zh: "设施损坏期间每周的信任损失，0–1（默认 0.03）"),
        "parameter.completionBonus": text(
            "completion bonus", "完工奖励",
            en: "efficacy and trust each beneficiary gains at a good-quality completion, 0–1 (default 0.08)",
            zh: "高质量完工时每位受益者获得的效能感与信任，0–1（默认 0.08）"),
        "parameter.completionQuality": text(
            "completion quality threshold", "完工质量阈值",
            en: "quality at or above which completion gives the bonus, 0–1 (default 0.6)",
            zh: "完工时质量达到该值才给予奖励，0–1（默认 0.6）"),
        "parameter.visibleProgressGain": text(
            "visible progress factor", "可见进展倍数",
            en: "factor from a week's progress to its visible progress, 0–1,000 (default 10)",
            zh: "每周进展换算为可见进展的倍数，0–1,000（默认 10）"),
        "parameter.roleStep": text(
            "role step", "角色调整步长",
            en: "weekly step of the government's role toward a role-shift's target, 0–1 (default 0.05)",
            zh: "政府角色每周向角色转变目标移动的步长，0–1（默认 0.05）"),
        "parameter.roleShiftResponsiveness": text(
            "responsiveness from role-shift", "角色转变带来的回应性",
            en: "responsiveness added per unit of role-shift strength, 0–1 (default 0.3)",
            zh: "每单位角色转变强度增加的回应性，0–1（默认 0.3）"),
        "parameter.councilResponsiveness": text(
            "responsiveness from a council", "议事会带来的回应性",
            en: "responsiveness added per unit of council strength, 0–1 (default 0.2)",
            zh: "每单位议事会强度增加的回应性，0–1（默认 0.2）"),
        "parameter.councilDemand": text(
            "council cut of design demand", "议事会降低设计要求",
            en: "cut of the design phase's skill demand per unit of council strength, 0–1 (default 0.3)",
            zh: "每单位议事会强度降低的设计阶段技能要求，0–1（默认 0.3）"),
        "parameter.platformEaseGain": text(
            "platform ease", "平台便利",
            en: "ease added per unit of platform strength × digital literacy, 0–1 (default 0.3)",
            zh: "每单位平台强度 × 数字素养增加的便利度，0–1（默认 0.3）"),
        "parameter.platformVisibility": text(
            "platform visibility", "平台可见度",
            en: "visibility added per unit of platform strength, 0–1 (default 0.2)",
            zh: "每单位平台强度增加的可见度，0–1（默认 0.2）"),
        "parameter.emotionBase": text(
            "emotional engagement base", "情感动员基础",
            en: "emotional engagement per unit of strength with no tie active on the project, 0–1 (default 0.4)",
            zh: "无已参与邻里时每单位强度的情感动员，0–1（默认 0.4）"),
        "parameter.emotionTie": text(
            "emotional engagement through ties", "关系带来的情感动员",
            en:
                "emotional engagement added per unit of strength when a tie is active on the project, 0–1 (default 0.6)",
            zh: "有邻里已参与时每单位强度额外的情感动员，0–1（默认 0.6）"),
        "parameter.trainingGain": text(
            "training gain", "培训增益",
            en: "weekly skill and efficacy gain per unit of training strength, 0–1 (default 0.01)",
            zh: "每单位培训强度带来的每周技能与效能感增长，0–1（默认 0.01）"),
        "parameter.differentiatedMisfit": text(
            "misfit factor", "不匹配系数",
            en:
                "strength factor of a strategy that does not fit the project's type under differentiated management, 0–1 (default 0.5)",
            zh: "差异化管理下与项目类型不匹配的策略强度系数，0–1（默认 0.5）"),
        "parameter.socialCapitalWeeks": text(
            "weeks for social capital", "社会资本周数",
            en: "weeks both ends of a tie must be active together for it to count as social capital, 1–520 (default 4)",
            zh: "关系两端共同参与满多少周才计为社会资本，1–520（默认 4）"),
    ]
}
