extension Terms {
    /// The words of the second-stage rules (spec §12): their constants (``Parameters/secondStage``,
    /// keyed `parameter.NAME` like ``ruleParameters``) and their declaration keys (`community.…`,
    /// `resident.…`, `facility.…`).
    static let secondStageParameters: [String: TermWords] = [
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
        // Declaration keys.
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
