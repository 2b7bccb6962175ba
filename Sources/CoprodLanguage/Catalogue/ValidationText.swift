/// The words of `coprod validate` and `validate` (docs/VALIDATION.md): each stylised fact's title,
/// each effect's label, each mechanism's name, the reason each surviving mutant survives, and the
/// table's headings, in English and Chinese. Chinese terms follow ``Glossary``.
public enum ValidationText {
    /// Spec §11's facts, by id.
    public static let facts: [String: Bilingual] = [
        "SF1": Bilingual(
            en: "participation rises with salience and with ease (Pestoff 2014)",
            zh: "参与随显著性与易参与程度（技术复杂度更低）而上升（Pestoff 2014）"),
        "SF2": Bilingual(
            en: "more self-efficacy, trust or community attachment raises the ever-joined share",
            zh: "自我效能感、信任或社区依恋提高，曾参与率随之上升"),
        "SF3": Bilingual(
            en: "incentives raise initial participation, then crowd out later activity and public awareness",
            zh: "物质激励提高初始参与，之后挤出后来的参与和公共意识（挤出效应）"),
        "SF4": Bilingual(
            en: "emotional engagement raises retention more than initial participation",
            zh: "情感关怀对保持率的提升大于对初始参与的提升"),
        "SF5": Bilingual(
            en: "a technology platform widens the young − older gap unless paired with outreach",
            zh: "技术平台扩大青年与老年的参与差距，除非同时入户动员"),
        "SF6": Bilingual(
            en: "role transformation raises the autonomy share and can change the type",
            zh: "角色转变提高自主进入占比，并可能改变设施类型"),
        "SF7": Bilingual(
            en: "broader co-design coverage gives higher quality; an unmaintained commons degrades",
            zh: "共同设计覆盖面越广，质量越高；无人维护的公共品会失修"),
        "SF8": Bilingual(
            en: "a second project after a well-run first draws more participants (§6 feedback)",
            zh: "在运行良好的第一个项目之后，第二个项目吸引更多参与者（§6 的反馈）"),
        "SF9": Bilingual(
            en:
                "a lift's first consent vote fails; a council and emotional care make it pass; cash at the vote lowers approval",
            zh: "加装电梯的首次业主表决未通过；议事会与情感关怀使其通过；表决时的现金激励降低同意率"),
        "SF10": Bilingual(
            en: "satiation lowers participation and input in maintenance, and without upkeep the condition",
            zh: "满足饱和降低维护阶段的参与与投入；政府不投入养护时，完好度也随之降低"),
        "SF11": Bilingual(
            en:
                "performative participation leaves the active count about the same but lowers quality and input (杨帆 2020)",
            zh: "形式化参与使参与人数大致不变，却降低质量与投入（杨帆 2020）"),
        "SF12": Bilingual(
            en: "a 5 % share of activists raises the ever-joined share and retention (二次动员)",
            zh: "5% 的积极分子提高曾参与率与保持率（二次动员）"),
        "SF13": Bilingual(
            en:
                "a market partner finishes a costly facility sooner and lowers its beneficiaries' public awareness (王欢明 2022)",
            zh: "市场主体让高成本设施更早建成，却降低受益居民的公共意识（王欢明 2022）"),
        "M1": Bilingual(
            en: "publicity and a platform make residents aware, at §3's rates (刘淑妍 & 吕俊延 2021)",
            zh: "信息宣传与技术平台使居民知晓项目，速率如 §3 所定（刘淑妍 & 吕俊延 2021）"),
        "M2": Bilingual(
            en: "visible progress raises efficacy and trust; participants' trust follows responsiveness (Ostrom 1996)",
            zh: "可见的进展提高自我效能感与信任；参与者的信任随回应性而变（Ostrom 1996）"),
        "M3": Bilingual(
            en: "participants lapse and come back: re-entry, the end of an incentive, fatigue (Pestoff 2014)",
            zh: "参与者会退出也会回来：重新加入、物质激励结束、疲劳（Pestoff 2014）"),
        "M4": Bilingual(
            en:
                "a platform and a council make taking part depend less on complexity (Pestoff 2014: ease gates control)",
            zh: "技术平台与居民议事会使参与较少受技术复杂度影响（Pestoff 2014：易参与程度制约知觉行为控制）"),
        "CAL": Bilingual(
            en: "the calibration scenario (shed, lift, garden) lands in §13's ranges",
            zh: "校准情景（车棚、电梯、花园）落在 §13 给出的范围内"),
    ]

    /// Each effect: what is measured, and the two scenarios compared.
    public static let effects: [String: Bilingual] = [
        "SF1a": Bilingual(en: "ever-joined share, salience 0.3 → 0.9", zh: "曾参与率，显著性 0.3 → 0.9"),
        "SF1b": Bilingual(en: "ever-joined share, complexity 0.9 → 0.1", zh: "曾参与率，技术复杂度 0.9 → 0.1"),
        "SF2a": Bilingual(en: "ever-joined share (relative), self-efficacy +0.2", zh: "曾参与率（相对变化），自我效能感 +0.2"),
        "SF2b": Bilingual(en: "ever-joined share (relative), trust +0.2", zh: "曾参与率（相对变化），信任 +0.2"),
        "SF2c": Bilingual(en: "ever-joined share (relative), attachment +0.2", zh: "曾参与率（相对变化），社区依恋 +0.2"),
        "SF3a": Bilingual(en: "ever-joined share at week 20, incentive weeks 0–19", zh: "第 20 周曾参与率，第 0–19 周物质激励"),
        "SF3b": Bilingual(en: "active at week 104, with the incentive", zh: "第 104 周当前参与人数，有物质激励"),
        "SF3c": Bilingual(en: "mean public awareness at week 104, with the incentive", zh: "第 104 周平均公共意识，有物质激励"),
        "SF4a": Bilingual(en: "retention, emotional care", zh: "保持率，情感关怀"),
        "SF4b": Bilingual(en: "ever-joined share, emotional care", zh: "曾参与率，情感关怀"),
        "SF5a": Bilingual(en: "young − older gap, platform against none", zh: "青年与老年社区曾参与率之差，技术平台对比无"),
        "SF5b": Bilingual(en: "young − older gap with the platform", zh: "有技术平台时青年与老年社区曾参与率之差"),
        "SF5c": Bilingual(en: "young − older gap, platform and outreach", zh: "技术平台加入户动员时青年与老年社区曾参与率之差"),
        "SF5d": Bilingual(
            en: "young − older gap, platform against platform and outreach", zh: "青年与老年社区曾参与率之差，技术平台对比技术平台加入户动员"),
        "SF6a": Bilingual(en: "autonomy share, role transformation", zh: "自主进入占比，角色转变"),
        "SF6b": Bilingual(en: "share of runs self-organised, role transformation", zh: "自组织的运行占比，角色转变"),
        "SF7a": Bilingual(en: "quality, residents' council", zh: "质量，居民议事会"),
        "SF7b": Bilingual(
            en: "quality without a council: outreach against low awareness (through coverage only)",
            zh: "无议事会时的质量：入户动员对比低知晓（仅经由共同设计覆盖面）"),
        "SF7c": Bilingual(
            en: "share of runs degraded by week 220, a commons nobody hears of", zh: "第 220 周失修的运行占比，无人知晓的公共品"),
        "SF8a": Bilingual(
            en: "second project's ever-joined share after 52 weeks, after an identical first",
            zh: "第二个项目 52 周后的曾参与率，在相同的第一个项目之后"),
        "SF8b": Bilingual(
            en: "the same, veterans hearing no sooner (§6 feedback isolated)", zh: "同上，但参与过的居民不会更早知晓（单独检验 §6 的反馈）"),
        "SF9a": Bilingual(
            en: "share of runs whose first vote passes, council and emotional care", zh: "首次表决通过的运行占比，议事会与情感关怀"),
        "SF9b": Bilingual(en: "approval share of the first vote, defaults", zh: "首次表决的同意率，默认设置"),
        "SF9c": Bilingual(en: "turnout of the first vote, defaults", zh: "首次表决的投票率，默认设置"),
        "SF9d": Bilingual(
            en: "approval share of the first vote, council and emotional care", zh: "首次表决的同意率，议事会与情感关怀"),
        "SF9e": Bilingual(
            en: "approval share of the first vote, cash incentive in the vote's week", zh: "首次表决的同意率，表决当周的现金激励"),
        "SF10a": Bilingual(en: "active at week 156 (maintenance), satiation", zh: "第 156 周（维护阶段）当前参与人数，满足饱和"),
        "SF10b": Bilingual(en: "residents' input in week 156, satiation", zh: "第 156 周居民投入，满足饱和"),
        "SF10c": Bilingual(
            en: "condition at week 156, commodity estate, no upkeep, satiation", zh: "第 156 周完好度，商品房小区，无政府养护，满足饱和"),
        "SF11a": Bilingual(
            en: "active at week 104 (relative), performative participation on, outreach 0.8, attachment −0.25",
            zh: "第 104 周当前参与人数（相对变化），开启形式化参与，入户动员 0.8，社区依恋 −0.25"),
        "SF11b": Bilingual(en: "quality, performative participation on", zh: "质量，开启形式化参与"),
        "SF11c": Bilingual(
            en: "residents' input at week 104, performative participation on", zh: "第 104 周居民投入，开启形式化参与"),
        "SF12a": Bilingual(en: "ever-joined share, 5 % activists", zh: "曾参与率，5% 积极分子"),
        "SF12b": Bilingual(en: "retention, 5 % activists", zh: "保持率，5% 积极分子"),
        "SF13a": Bilingual(
            en: "completion week of the lift, market partner budget 7.2 fee 0.2 (208 weeks)",
            zh: "加装电梯的建成周次，市场主体预算 7.2、费用系数 0.2（208 周）"),
        "SF13b": Bilingual(
            en: "beneficiaries' mean public awareness at week 208, market partner", zh: "第 208 周受益居民的平均公共意识，有市场主体"),
        "M1a": Bilingual(
            en: "aware share after one week, publicity against none (§3: 0.99 · 0.15 · 0.8)",
            zh: "一周后的知晓率，信息宣传对比无（§3：0.99 · 0.15 · 0.8）"),
        "M1b": Bilingual(
            en: "aware share after one week, platform against none (§3: 0.99 · 0.25 · 0.8 · mean digital literacy)",
            zh: "一周后的知晓率，技术平台对比无（§3：0.99 · 0.25 · 0.8 · 平均数字素养）"),
        "M2a": Bilingual(en: "mean self-efficacy, visibility 0.1 → 1", zh: "平均自我效能感，可见度 0.1 → 1"),
        "M2b": Bilingual(en: "mean trust, visibility 0.1 → 1", zh: "平均信任，可见度 0.1 → 1"),
        "M2c": Bilingual(
            en: "participants' mean trust at week 20, responsiveness 0.2 → 0.8",
            zh: "第 20 周参与过的居民的平均信任，回应性 0.2 → 0.8"),
        "M3a": Bilingual(en: "re-entries per resident who ever joined", zh: "每位曾参与居民的重新加入次数"),
        "M3b": Bilingual(
            en: "lapsed at week 26, incentive ended after week 19 against run to week 39",
            zh: "第 26 周已退出人数，物质激励第 19 周后结束对比持续到第 39 周"),
        "M3c": Bilingual(
            en: "retention in a long construction (cost 400), fatigue against none",
            zh: "长期施工（成本 400）中的保持率，有疲劳对比无疲劳"),
        "M4a": Bilingual(
            en: "ever-joined share: the platform's effect at complexity 0.9 minus at 0.1",
            zh: "曾参与率：技术平台在技术复杂度 0.9 时的效应减去 0.1 时的效应"),
        "M4b": Bilingual(
            en: "ever-joined share: the council's effect at complexity 0.9 minus at 0.1 (cost 400)",
            zh: "曾参与率：居民议事会在技术复杂度 0.9 时的效应减去 0.1 时的效应（成本 400）"),
        "CALa": Bilingual(en: "shed: ever-joined share of those served", zh: "车棚：受益居民的曾参与率"),
        "CALb": Bilingual(en: "lift: ever-joined share of those served", zh: "电梯：受益居民的曾参与率"),
        "CALc": Bilingual(en: "garden: ever-joined share of those served", zh: "花园：受益居民的曾参与率"),
        "CALd": Bilingual(en: "shed: retention", zh: "车棚：保持率"),
        "CALe": Bilingual(en: "lift: retention", zh: "电梯：保持率"),
        "CALf": Bilingual(en: "garden: retention", zh: "花园：保持率"),
        "CALg": Bilingual(en: "shed: week completed", zh: "车棚：建成的周"),
        "CALh": Bilingual(en: "garden: week completed", zh: "花园：建成的周"),
        "CALi": Bilingual(en: "lift: share of runs still being built at week 104", zh: "电梯：第 104 周仍在建设的运行占比"),
        "CALj": Bilingual(en: "lift: share of runs of type I", zh: "电梯：属于类型 I 的运行占比"),
        "CALk": Bilingual(en: "garden: share of runs of type II", zh: "花园：属于类型 II 的运行占比"),
    ]

    /// The mechanism a fact is about, by the fact's mechanism word.
    public static let mechanisms: [String: Bilingual] = [
        "salience-ease": Bilingual(en: "attitude and perceived control (§4)", zh: "态度与知觉行为控制（§4）"),
        "influencing-factors": Bilingual(en: "influencing factors (§4)", zh: "影响因素（§4）"),
        "crowding-out": Bilingual(en: "crowding-out (§3)", zh: "挤出效应（§3）"),
        "emotional-engagement": Bilingual(en: "emotional care in satisfaction (§4, §7)", zh: "满意度中的情感关怀（§4、§7）"),
        "digital-divide": Bilingual(en: "digital literacy and the platform (§3, §4, §7)", zh: "数字素养与技术平台（§3、§4、§7）"),
        "role-transformation": Bilingual(en: "role transformation (§7, §9)", zh: "角色转变（§7、§9）"),
        "coverage-quality": Bilingual(en: "co-design coverage in quality (§5)", zh: "质量中的共同设计覆盖面（§5）"),
        "feedback": Bilingual(en: "feedback of outcomes (§6)", zh: "结果的反馈（§6）"),
        "consent-vote": Bilingual(en: "the owners' consent vote (§12)", zh: "业主表决（§12）"),
        "satiation": Bilingual(en: "satiation in maintenance (§12)", zh: "维护阶段的满足饱和（§12）"),
        "performative": Bilingual(en: "performative participation (§12)", zh: "形式化参与（§12）"),
        "activists": Bilingual(en: "activists' weight and reach (§12)", zh: "积极分子的权重与触达（§12）"),
        "market-partner": Bilingual(en: "the market partner as a third producer (§12)", zh: "市场主体作为第三个生产者（§12）"),
        "awareness": Bilingual(en: "awareness channels (§3)", zh: "知晓渠道（§3）"),
        "feedback-factors": Bilingual(en: "feedback on efficacy and trust (§6)", zh: "对自我效能感与信任的反馈（§6）"),
        "lapse-reentry": Bilingual(en: "staying, lapsing and re-entry (§4)", zh: "保持、退出与重新加入（§4）"),
        "ease": Bilingual(en: "ease in perceived control (§4, §7)", zh: "知觉行为控制中的易参与程度（§4、§7）"),
        "calibration": Bilingual(en: "calibration check (§13)", zh: "校准检验（§13）"),
    ]

    /// Why a mutant that no fact catches survives, by the mutant's name (``Mutant/name``).
    public static let survivors: [String: Bilingual] = [
        "aSoc × 2": Bilingual(
            en:
                "a gap: doubling word of mouth keeps every sign and stays inside §11's and §13's bands (ever-joined 0.45 → 0.49 in §13's shed); a magnitude test needs residents made active at week 0, which the model cannot yet be told",
            zh: "尚存缺口：口碑传播加倍后每个方向都不变，且仍在 §11 与 §13 的区间内（§13 车棚的曾参与率 0.45 → 0.49）；检验其量级需要在第 0 周让居民处于参与状态，模型目前无法这样设定"),
        "nonServedBenefit × 0.5": Bilingual(
            en:
                "not equivalent but unseen: only §13's lift serves one building, and at its publicness 0.2 the others' benefit is 0.1 (halved 0.05), too small for them to join; §4 gives no magnitude to test a halving against",
            zh: "并非等价但未被察觉：只有 §13 的电梯只惠及一栋楼，其公共性为 0.2，其他居民的收益为 0.1（减半为 0.05），小到他们不会参与；§4 没有给出可检验减半的量级"),
        "voteIdentification = 0": Bilingual(
            en:
                "not equivalent but unseen: at the first vote the owners' identification is near 0.5, where the term is centred, so switching it off moves approval by about 0.03 (0.48 → 0.45 in examples/lift-vote, 20 replicates, no council), inside SF9's bands; with the council the vote passes either way",
            zh:
                "并非等价但未被察觉：首次表决时业主的认同接近该项的中点 0.5，关闭后同意率只变动约 0.03（examples/lift-vote，20 次重复，无议事会：0.48 → 0.45），仍在 SF9 的区间内；有议事会时表决照样通过"
        ),
        "satiation × 0.5": Bilingual(
            en:
                "a gap: a stronger satiation (0.25) keeps SF10a and SF10b inside their bands over 20 seeds; SF10c, which would see it, already fails unmutated (a known deviation, docs/MODEL.md satiation) and so catches no mutant",
            zh:
                "尚存缺口：更强的满足饱和（0.25）在 20 个种子上仍使 SF10a 与 SF10b 落在区间内；本可察觉它的 SF10c 在未变异时就已不通过（已知偏差，见 docs/MODEL.md 满足饱和一节），因此不计入捕获"
        ),
    ]

    /// Headings and words of the table.
    static let title = Bilingual(en: "Stylised facts (spec §11)", zh: "典型事实（规范 §11）")
    static func seedsLine(_ n: Int) -> Bilingual {
        Bilingual(
            en: "\(n) seeds, each effect a paired difference over the same seeds (common random numbers)",
            zh: "\(n) 个种子；每个效应都是同一组种子上的配对差（共同随机数）")
    }
    static let columns = Bilingual(
        en: "fact   base → treated     effect ± SE          band                 plot",
        zh: "事实   基准 → 处理        效应 ± 标准误        区间                 图")
    /// The columns of the narrow table: the band, plot and verdict on the line under the numbers.
    static let narrowColumns = Bilingual(
        en: "fact   base → treated     effect ± SE (next line: band, plot)",
        zh: "事实   基准 → 处理        效应 ± 标准误（下一行：区间、图）")
    static let pass = Bilingual(en: "pass", zh: "通过")
    static let fail = Bilingual(en: "FAIL", zh: "未通过")
    static let signOnly = Bilingual(en: "sign", zh: "仅方向")
    static let legend = Bilingual(
        en: "plot: [ ] the band (› or ‹ a sign-only fact's direction), ┆ zero, ● the effect",
        zh: "图：[ ] 为区间（› 或 ‹ 为仅检查方向的事实），┆ 为零，● 为效应")
    static let bandRule = Bilingual(
        en:
            "band: §11's magnitude ± max(3 SE, 35 % of it); a fact passes when every effect has its sign by 2 SE and lies in its band",
        zh: "区间：§11 给出的量级 ± max(3 个标准误, 量级的 35%)；当每个效应的方向以 2 个标准误成立且落在区间内时，该事实通过")
    static func summary(_ passed: Int, _ total: Int) -> Bilingual {
        Bilingual(en: "\(passed) of \(total) facts pass", zh: "\(total) 个事实中 \(passed) 个通过")
    }
    static let mechanismsTitle = Bilingual(en: "Mechanism checks (rules of spec §3–§7)", zh: "机制检验（规范 §3–§7 的规则）")
    static let mechanismsLine = Bilingual(
        en:
            "rules the spec states that §11's facts do not isolate: a magnitude worked out from the rule where it gives one, otherwise the sign by 2 SE",
        zh: "规范写明但 §11 的事实未单独检验的规则：规则给出量级时检验由规则推出的量级，否则检验方向（2 个标准误）")
    static let calibrationTitle = Bilingual(en: "Calibration (spec §13)", zh: "校准检验（规范 §13）")
    static let calibrationLine = Bilingual(
        en:
            "the calibration scenario (400 residents, mixed, shed, lift and garden, 104 weeks): each mean over the seeds in §13's range; a facility not complete by week 104 counts as week 105; shares of runs need at least 0.9",
        zh: "校准情景（400 位居民、mixed、车棚、电梯与花园、104 周）：每个种子均值须落在 §13 的范围内；第 104 周仍未建成的设施按第 105 周计；运行占比须至少为 0.9")
    static func calibrationSummary(_ passed: Int, _ total: Int) -> Bilingual {
        Bilingual(
            en: "\(passed) of \(total) calibration targets met", zh: "\(total) 项校准目标中 \(passed) 项达到")
    }
    static let mutantsTitle = Bilingual(en: "Mutation check", zh: "变异检验")
    static func mutantsLine(_ killed: Int, _ total: Int, _ seeds: Int) -> Bilingual {
        let pct = total == 0 ? 100 : killed * 100 / total
        return Bilingual(
            en: "\(killed) of \(total) mutants killed (\(pct) %, at least 90 % required), \(seeds) seeds each",
            zh: "\(total) 个变异体中 \(killed) 个被检出（\(pct)%，要求至少 90%），每个 \(seeds) 个种子")
    }
    static let killedBy = Bilingual(en: "caught by", zh: "检出于")
    static let survived = Bilingual(en: "survives", zh: "未被检出")
    static let noReason = Bilingual(en: "no reason recorded", zh: "尚无说明")
    static let sensitivityTitle = Bilingual(
        en: "Sensitivity, one at a time (−20 %, +20 %, the ends of each range)",
        zh: "单因素敏感性分析（−20%、+20%、取值范围两端）")
    static func sensitivityLine(_ seeds: Int) -> Bilingual {
        Bilingual(
            en: "§11's scenario without interventions, 104 weeks, \(seeds) seeds; change from the default run",
            zh: "§11 的情景、无干预、104 周、\(seeds) 个种子；相对默认运行的变化")
    }
    static func tornadoTitle(_ outcome: String, _ baseline: String) -> Bilingual {
        Bilingual(en: "\(outcome) (default \(baseline))", zh: "\(outcome)（默认 \(baseline)）")
    }
    static let mostMoved = Bilingual(en: "moves most", zh: "变化最大的结果")
}
