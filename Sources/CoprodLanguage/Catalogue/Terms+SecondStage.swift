extension Terms {
    /// The words of the second-stage rules' constants (spec §12, ``Parameters/secondStage``),
    /// keyed `parameter.NAME` like ``ruleParameters``.
    static let secondStageParameters: [String: TermWords] = [
        "parameter.groundFloorBenefit": text(
            "ground-floor benefit", "一层受益度",
            en: "a by-floor facility's benefit to a ground-floor resident; floor 6 gets 1, 0–1 (default 0.2)",
            zh: "按楼层受益的设施给一层居民的受益度；六层为 1，0–1（默认 0.2）"),
        "parameter.voteSteepness": text(
            "vote steepness", "表决陡度",
            en: "steepness k_v of a voter's approval logistic, 0–100 (default 6)",
            zh: "业主同意概率的逻辑函数陡度 k_v，0–100（默认 6）"),
        "parameter.voteThreshold": text(
            "vote threshold", "表决阈值",
            en: "threshold θ_v of a voter's approval, -10–10 (default 0.47)",
            zh: "业主同意概率的阈值 θ_v，-10–10（默认 0.47）"),
        "parameter.voteIdentification": text(
            "identification in the vote", "表决中的认同权重",
            en: "weight w_id of identification (centred on 0.5) in a voter's approval, 0–10 (default 1.0)",
            zh: "认同（以 0.5 为中点）在业主同意概率中的权重 w_id，0–10（默认 1.0）"),
        "parameter.voteCouncil": text(
            "council in the vote", "表决中的议事会权重",
            en: "weight w_co of this week's council strength in a voter's approval, 0–10 (default 0.5)",
            zh: "本周议事会强度在业主同意概率中的权重 w_co，0–10（默认 0.5）"),
        "parameter.voteCrowding": text(
            "crowding-out at the vote", "表决中的挤出权重",
            en: "weight w_cr of incentive × public awareness, subtracted from approval, 0–10 (default 1.0)",
            zh: "物质激励 × 公共意识从同意概率中扣除的权重 w_cr，0–10（默认 1.0）"),
        "parameter.voteRetryWeeks": text(
            "weeks to the next vote", "再次表决间隔",
            en: "weeks from a failed consent vote to the next one, 1–520 (default 8)",
            zh: "业主表决未通过后到下一次表决的周数，1–520（默认 8）"),
        "parameter.satiation": text(
            "satiation", "满足饱和",
            en:
                "in maintenance, the factor on need × salience and on satisfaction when staying; 1 is none, 0–1 (default 0.5)",
            zh: "维护阶段乘在需求 × 显著性与留存满意度上的系数；1 表示不饱和，0–1（默认 0.5）"),
        "parameter.performativeInput": text(
            "performative input factor", "形式化参与投入系数",
            en: "factor on a performative participant's input to production, 0–1 (default 0.3)",
            zh: "形式化参与者对生产投入所乘的系数，0–1（默认 0.3）"),
        "parameter.performativeIdentification": text(
            "performative identification threshold", "形式化参与认同阈值",
            en: "identification below which a mobilised participant is performative, 0–1 (default 0.3)",
            zh: "认同低于此值的动员参与者属于形式化参与，0–1（默认 0.3）"),
        "parameter.activistWeight": text(
            "activist weight", "积极分子权重",
            en: "how many times an active activist counts in her ties' norm and awareness, 1–100 (default 3)",
            zh: "积极分子参与时，在其关系人的主观规范与知晓计数中算作几人，1–100（默认 3）"),
        "parameter.activistOutreach": text(
            "activist outreach", "积极分子动员力度",
            en: "outreach her aware ties who are not active feel at least, 0–1 (default 0.5)",
            zh: "她的已知晓而未参与的关系人至少感受到的动员力度，0–1（默认 0.5）"),
        "parameter.activistEmotion": text(
            "activist emotional care", "积极分子情感关怀",
            en: "emotional care strength her aware ties receive at least, 0–1 (default 0.5)",
            zh: "她的已知晓的关系人至少获得的情感关怀强度，0–1（默认 0.5）"),
        "parameter.partnerShare": text(
            "market partner share", "市场主体份额",
            en: "the market partner's share b of the production function until completion, 0–1 (default 0.3)",
            zh: "建成前市场主体在生产函数中的份额 b，0–1（默认 0.3）"),
        "parameter.partnerVisibility": text(
            "market partner visibility", "市场主体可见度增量",
            en: "visibility a market partner adds to its facility, 0–1 (default 0.1)",
            zh: "市场主体为其设施增加的可见度，0–1（默认 0.1）"),
        "parameter.partnerResponsibility": text(
            "market partner public awareness factor", "市场主体公共意识系数",
            en: "factor on residents' public awareness gain from a facility with a market partner, 0–1 (default 0.5)",
            zh: "有市场主体的设施带给居民的公共意识增长所乘的系数，0–1（默认 0.5）"),
    ]

    /// The words of the second-stage declarations (spec §12), keyed `GROUP.KEY` like ``settings``.
    static let secondStageSettings: [String: TermWords] = [
        "resident.floor": text(
            "floor", "楼层",
            en: "the floor she lives on, 1–6 (default drawn from the seed)",
            zh: "所住楼层，1–6（默认由随机种子抽取）"),
        "facility.benefit": text(
            "benefit", "受益方式",
            en: "served (every served resident benefits fully) or by-floor (upper floors benefit more; a lift)",
            zh: "served（受益对象全部充分受益）或 by-floor（楼层越高受益越大，如电梯）"),
        "facility.consent": text(
            "consent", "业主表决",
            en: "none, or civil-code-278: construction waits for the served owners' vote (2/3 turnout, 3/4 approval)",
            zh: "none，或 civil-code-278：施工须经受益业主表决（投票率 2/3、同意率 3/4）"),
        "facility.satiation": text(
            "satiation", "满足饱和",
            en: "off or on: in maintenance, a facility that works lowers further co-production (default off)",
            zh: "off 或 on：维护阶段设施运转良好后，居民继续共同生产的意愿降低（默认 off）"),
        "government.upkeep": text(
            "upkeep", "养护投入",
            en: "government work units per week for a facility in maintenance, 0–1,000 (default the budget)",
            zh: "政府每周对维护阶段设施投入的工作单位，0–1,000（默认等于预算）"),
        "community.activists": text(
            "activists share", "积极分子比例",
            en: "share of residents flagged activists, those with the highest attachment × time, 0–1 (default 0)",
            zh: "被标为积极分子的居民比例，取社区依恋 × 可用时间最高者，0–1（默认 0）"),
        "community.performative": text(
            "performative participation", "形式化参与",
            en: "on or off (default off): mobilised participants with identification below 0.3 add little",
            zh: "on 或 off（默认 off）：认同低于 0.3 的动员参与者投入很少"),
        "resident.activist": text(
            "activist", "积极分子",
            en: "on or off: flags her an activist whatever the community's share says",
            zh: "on 或 off：不论社区的比例如何，把她标为（或不标为）积极分子"),
        "facility.partnerBudget": text(
            "market partner budget", "市场主体预算",
            en: "work units a week its market partner puts in until it is complete, 0–1000",
            zh: "建成前市场主体每周投入的工作量单位，0–1000"),
        "facility.partnerFee": text(
            "market partner fee", "市场主体费用系数",
            en: "work units of the government's input paid per unit of the partner's budget, 0–1 (default 0)",
            zh: "市场主体每单位预算由政府投入支付的工作量单位，0–1（默认 0）"),
    ]

    /// The words of the second-stage metrics (spec §12), keyed `LEVEL.NAME` like ``metrics``.
    static let secondStageMetrics: [String: TermWords] = [
        "facility.votes": text(
            "votes", "表决次数",
            en: "consent votes held so far, count",
            zh: "迄今举行的业主表决次数，计数"),
        "facility.turnout": text(
            "turnout", "投票率",
            en: "voters as a share of the served owners in the latest vote, 0–1 (0 before any vote)",
            zh: "最近一次表决中投票者占受益业主的比例，0–1（表决前为 0）"),
        "facility.approval": text(
            "approval", "同意率",
            en: "approvals as a share of voters in the latest vote, 0–1 (0 before any vote)",
            zh: "最近一次表决中同意者占投票者的比例，0–1（表决前为 0）"),
        "facility.stalled": text(
            "stalled weeks", "停滞周数",
            en: "weeks held at the vote: design done, no consent yet, count",
            zh: "因表决停滞的周数：设计已完成但尚未获同意，计数"),
        "facility.consent": text(
            "consent week", "表决通过周次",
            en: "the week a consent vote passed, absent until one has",
            zh: "业主表决通过的周次，通过前为空"),
        "facility.residentInput": text(
            "residents' input", "居民投入",
            en: "residents' work units put in during the last week",
            zh: "上一周居民投入的工作单位"),
        "resident.floor": text(
            "floor", "楼层",
            en: "the floor she lives on, 1–6",
            zh: "所住楼层，1–6"),
        "community.activists": text(
            "active activists", "参与中的积极分子",
            en: "activists active on any facility this week, count",
            zh: "本周参与任一设施的积极分子人数，计数"),
        "facility.performative": text(
            "performative participants", "形式化参与人数",
            en: "mobilised participants with identification below 0.3 this week (performative participation on), count",
            zh: "本周认同低于 0.3 的动员参与者人数（形式化参与开启时），计数"),
        "facility.partnerInput": text(
            "market partner input", "市场主体投入",
            en: "work units its market partner has put in so far, 0 or more",
            zh: "迄今市场主体投入的工作量单位，≥ 0"),
        "resident.activist": text(
            "activist", "积极分子",
            en: "whether she is an activist, flag",
            zh: "她是否为积极分子，标记"),
    ]
}
