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
            zh: "none，或 civil-code-278：施工须经受益业主表决（参与率 2/3、同意率 3/4）"),
        "facility.satiation": text(
            "satiation", "满足饱和",
            en: "off or on: in maintenance, a facility that works lowers further co-production (default off)",
            zh: "off 或 on：维护阶段设施运转良好后，居民继续共同生产的意愿降低（默认 off）"),
        "government.upkeep": text(
            "upkeep", "养护投入",
            en: "government work units per week for a facility in maintenance, 0–1,000 (default the budget)",
            zh: "政府每周对维护阶段设施投入的工作单位，0–1,000（默认等于预算）"),
    ]

    /// The words of the second-stage metrics (spec §12), keyed `LEVEL.NAME` like ``metrics``.
    static let secondStageMetrics: [String: TermWords] = [
        "facility.votes": text(
            "votes", "表决次数",
            en: "consent votes held so far, count",
            zh: "迄今举行的业主表决次数，计数"),
        "facility.turnout": text(
            "turnout", "参与率",
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
    ]
}
