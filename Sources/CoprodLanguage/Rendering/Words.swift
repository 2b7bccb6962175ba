import CoprodModel

/// The words shown for the model's categories, in each language. English uses the language's own
/// keywords (what a user types); Chinese uses the glossary's terms.
struct Words {
    let language: Language

    /// Where a model constant comes from (`Parameters.catalogue`'s `spec §4; Pestoff 2014`): in
    /// Chinese the specification is 规范 (as in `validate`'s 典型事实（规范 §11）) and the
    /// model's own words are Chinese; citations stay as they are written.
    func source(_ text: String) -> String {
        guard language == .zh else { return text }
        return text.split(separator: ";", omittingEmptySubsequences: false).map { part -> String in
            var p = part.trimmingPrefix(" ").description
            if p.hasPrefix("spec ") { p = "规范 " + p.dropFirst("spec ".count) }
            switch p {
            case "old-estate survey (sources.md)": p = "老旧小区问卷调查（sources.md）"
            case "judgement": p = "建模者的判断"
            default: break
            }
            return p
        }.joined(separator: "；")
    }

    func phase(_ p: Phase) -> String {
        guard language == .zh else { return p.description }
        switch p {
        case .planning: return "规划"
        case .design: return "设计"
        case .construction: return "建设"
        case .maintenance: return "维护"
        }
    }

    /// The word of the phase written `word` (`maintenance` → `维护` in Chinese); the word itself
    /// when it names no phase.
    func phaseWord(_ word: String) -> String { Phase(word: word).map(phase) ?? word }

    /// The co-production stage a phase stands for (co-design …).
    func stage(of p: Phase) -> String {
        switch (p, language) {
        case (.planning, .en): "co-commissioning"
        case (.design, .en): "co-design"
        case (.construction, .en): "co-delivery"
        case (.maintenance, .en): "co-management"
        case (.planning, .zh): "共同委托"
        case (.design, .zh): "共同设计"
        case (.construction, .zh): "共同交付"
        case (.maintenance, .zh): "共同管理"
        }
    }

    func stage(_ s: Stage) -> String {
        guard language == .zh else { return s.description }
        switch s {
        case .unaware: return "未知晓"
        case .aware: return "已知晓"
        case .active: return "参与中"
        case .lapsed: return "已退出"
        }
    }

    func channel(_ c: Channel) -> String {
        guard language == .zh else { return c.description }
        switch c {
        case .none: return "无"
        case .autonomous: return "自主"
        case .mobilised: return "动员"
        }
    }

    /// A resident category word (age group, tenure, stage, channel, vote) as this language shows
    /// it; any other word as it is.
    func category(_ w: String) -> String {
        guard language == .zh else { return w }
        return Self.chineseCategories[w] ?? w
    }

    private static let chineseCategories: [String: String] = {
        let w = Words(language: .zh)
        var map: [String: String] = [:]
        for a in AgeGroup.allCases { map[a.description] = w.age(a) }
        for t in Tenure.allCases { map[t.description] = w.tenure(t) }
        for s in Stage.allCases { map[s.description] = w.stage(s) }
        for c in Channel.allCases { map[c.description] = w.channel(c) }
        for v in VoteChoice.allCases { map[v.rawValue] = w.vote(v) }
        return map
    }()

    /// Her latest consent vote; `none` is the same word as the channel's.
    func vote(_ v: VoteChoice) -> String {
        guard language == .zh else { return v.rawValue }
        switch v {
        case .none: return "无"
        case .yes: return "赞成"
        case .no: return "反对"
        }
    }

    func age(_ a: AgeGroup) -> String {
        guard language == .zh else { return a.description }
        switch a {
        case .young: return "青年"
        case .middle: return "中年"
        case .older: return "老年"
        }
    }

    func tenure(_ t: Tenure) -> String {
        guard language == .zh else { return t.description }
        switch t {
        case .owner: return "业主"
        case .renter: return "租户"
        }
    }

    /// The name shown for a community: the built-in default scenario's, `Calibration` (spec §13's
    /// calibration scenario), is 校准社区 in Chinese; scripts keep writing and reading
    /// `"Calibration"`, and any other name is shown as it is.
    func communityName(_ name: String) -> String {
        language == .zh && name == Self.calibrationName ? "校准社区" : name
    }

    private static let calibrationName = Scenario.calibration.name

    /// A group of residents as a sentence names it: `owners`, `older residents`; in Chinese the
    /// category word (业主, 老年).
    func group(_ g: EquityGroup) -> String {
        switch (g, language) {
        case (.age(let a), .zh): age(a)
        case (.tenure(let t), .zh): tenure(t)
        case (.age(.young), .en): "young residents"
        case (.age(.middle), .en): "middle-aged residents"
        case (.age(.older), .en): "older residents"
        case (.tenure(.owner), .en): "owners"
        case (.tenure(.renter), .en): "renters"
        }
    }

    /// The two groups a community's largest participation gap lies between, with each one's
    /// ever-joined share: `between owners 0.06 and renters 0.16`, `在业主 0.06 与租户 0.16 之间`.
    func gapBetween(_ pair: GroupPair, in c: CommunityOutcome) -> String {
        func share(_ g: EquityGroup) -> String {
            switch g {
            case .age(let a): Format.fixed(c.participationByAge[Int(a.rawValue)])
            case .tenure(let t): Format.fixed(c.participationByTenure[Int(t.rawValue)])
            }
        }
        let (a, b) = (pair.first, pair.second)
        return language == .zh
            ? "在\(group(a)) \(share(a)) 与\(group(b)) \(share(b)) 之间"
            : "between \(group(a)) \(share(a)) and \(group(b)) \(share(b))"
    }

    /// A community profile: the glossary's 老旧小区 and 商品房小区, or 混合.
    func profile(_ p: Profile) -> String {
        guard language == .zh else { return p.rawValue }
        switch p {
        case .mixed: return "混合"
        case .oldEstate: return "老旧小区"
        case .commodityEstate: return "商品房小区"
        }
    }

    func trait(_ t: ResidentTrait) -> String {
        guard language == .zh else { return t.rawValue }
        switch t {
        case .need: return "需求"
        case .efficacy: return "自我效能感"
        case .trust: return "信任"
        case .attachment: return "地方依恋"
        case .time: return "时间"
        case .skill: return "技能"
        case .digital: return "数字素养"
        case .identification: return "认同"
        case .responsibility: return "公共意识"
        }
    }

    /// The type's name, e.g. `autonomous co-creation (自主共创型)`.
    func title(_ t: FacilityType) -> String {
        language == .zh ? typeName(t) : "\(typeName(t)) (\(Words(language: .zh).typeName(t)))"
    }

    /// The type's name alone, e.g. `autonomous co-creation`, `自主共创型` (the glossary's terms).
    func typeName(_ t: FacilityType) -> String {
        switch (t, language) {
        case (.mobilisedCompliance, .en): "mobilised compliance"
        case (.guidedCoConstruction, .en): "guided co-construction"
        case (.interestDrivenSelfHelp, .en): "interest-driven self-help"
        case (.autonomousCoCreation, .en): "autonomous co-creation"
        case (.mobilisedCompliance, .zh): "动员配合型"
        case (.guidedCoConstruction, .zh): "引导共建型"
        case (.interestDrivenSelfHelp, .zh): "利益自助型"
        case (.autonomousCoCreation, .zh): "自主共创型"
        }
    }

    /// The name of an Arnstein rung (Arnstein 1969), e.g. `consultation` / `咨询`.
    func rung(_ r: ArnsteinRung) -> String {
        switch (r, language) {
        case (.manipulation, .en): "manipulation"
        case (.therapy, .en): "therapy"
        case (.informing, .en): "informing"
        case (.consultation, .en): "consultation"
        case (.placation, .en): "placation"
        case (.partnership, .en): "partnership"
        case (.delegatedPower, .en): "delegated power"
        case (.citizenControl, .en): "citizen control"
        case (.manipulation, .zh): "操纵"
        case (.therapy, .zh): "治疗"
        case (.informing, .zh): "告知"
        case (.consultation, .zh): "咨询"
        case (.placation, .zh): "安抚"
        case (.partnership, .zh): "合作伙伴"
        case (.delegatedPower, .zh): "授权"
        case (.citizenControl, .zh): "公民控制"
        }
    }

    /// The government strategy an intervention kind stands for (``Terms/kindName(_:)``).
    func strategy(_ k: InterventionKind) -> String { Terms.kindName(k)[language] }

    /// A term of a join or lapse decision (`attitude`, `norm`, …).
    ///
    /// The mobilised channel's term, `outreach_f · trust · (1 − 0.5·role) · 0.03` (spec §4), is
    /// the government's mobilisation: `outreach_f` is the facility's mobilisation effort (0.3 by
    /// default, spec §2), which the `outreach` intervention (door-to-door mobilisation) only raises.
    func term(_ name: String) -> String {
        if name == "outreach (mobilisation)" { return language == .zh ? "政府动员" : "government mobilisation" }
        guard language == .zh else { return name }
        return Self.chineseTerms[name] ?? name
    }

    /// The Chinese of the terms of a join or lapse decision, and of the utility and the two weekly
    /// chances of joining it gives (spec §4: `U`, `pAuto`, `pMob`; English shows the symbols).
    private static let chineseTerms: [String: String] = [
        "attitude": "态度", "subjective norm": "主观规范", "perceived control": "知觉行为控制",
        "identification": "认同", "responsibility": "公共意识", "satisfaction": "满意度",
        "solidary ties": "团结纽带", "fatigue": "疲劳", "incentive": Terms.kindName(.incentive).zh,
        "utility U": "效用", "pAuto": "自主参与概率", "pMob": "动员参与概率",
    ]

    /// Every Chinese word these tables give (phases, stages, channels, ages, tenures, profiles,
    /// traits, types, rungs, strategies, decision terms, initiators, units, beneficiaries): the
    /// line breaker keeps each whole (``LineBreaking/terms``).
    static let chineseVocabulary: [String] = {
        let w = Words(language: .zh)
        var words: [String] = Phase.allCases.flatMap { [w.phase($0), w.stage(of: $0)] }
        words += Stage.allCases.map(w.stage) + Channel.allCases.map(w.channel) + VoteChoice.allCases.map(w.vote)
        words += AgeGroup.allCases.map(w.age) + Tenure.allCases.map(w.tenure) + Profile.allCases.map(w.profile)
        words += ResidentTrait.allCases.map(w.trait) + FacilityType.allCases.map(w.title)
        words += ArnsteinRung.allCases.map(w.rung) + InterventionKind.allCases.map(w.strategy)
        words += Array(chineseTerms.values) + [w.term("outreach (mobilisation)")]
        words += Initiator.allCases.map(w.initiator) + MeasureUnit.allCases.map(w.unit) + [w.beneficiaries(.all)]
        return words
    }()

    func beneficiaries(_ b: Beneficiaries) -> String {
        guard language == .zh else { return "\(b)" }
        switch b {
        case .all: return "全体居民"
        case .building(let n): return "\(n) 号楼"
        case .age(let a): return age(a) + "居民"
        case .tenure(let t): return tenure(t)
        }
    }

    func initiator(_ i: Initiator) -> String {
        guard language == .zh else { return i.rawValue }
        switch i {
        case .government: return "政府"
        case .residents: return "居民"
        }
    }

    /// A unit after a number: `weeks`, `work units a week` / `周`, `工作量单位/周`; empty for none.
    func unit(_ u: MeasureUnit) -> String {
        switch (u, language) {
        case (.none, _): ""
        case (.residents, .en): "residents"
        case (.residents, .zh): "人"
        case (.entries, .en): "entries"
        case (.entries, .zh): "人次"
        case (.interventions, .en): "interventions"
        case (.interventions, .zh): "项干预"
        case (.ties, .en): "ties"
        case (.ties, .zh): "条联系"
        case (.week, .en): "week"
        case (.week, .zh): "周次"
        case (.weeks, .en): "weeks"
        case (.weeks, .zh): "周"
        case (.workUnits, .en): "work units"
        case (.workUnits, .zh): "工作量单位"
        case (.workUnitsPerWeek, .en): "work units a week"
        case (.workUnitsPerWeek, .zh): "工作量单位/周"
        case (.building, .en): "building number"
        case (.building, .zh): "楼栋号"
        case (.residentNumber, .en): "resident number"
        case (.residentNumber, .zh): "居民编号"
        case (.probabilityPerWeek, .en): "probability a week"
        case (.probabilityPerWeek, .zh): "每周概率"
        case (.weight, .en): "weight"
        case (.weight, .zh): "权重"
        }
    }

    /// The values a setting accepts: `0–1`, `1–520 weeks`, `mixed | old-estate | commodity-estate`.
    func values(_ t: SettingType, unit u: MeasureUnit) -> String {
        let unitText = unit(u)
        switch t {
        case .real(let r), .integer(let r):
            let range = "\(Format.literal(r.lowerBound))–\(Format.literal(r.upperBound))"
            return unitText.isEmpty ? range : range + " " + unitText
        case .category(let words): return words.joined(separator: " | ")
        case .text: return language == .zh ? "带双引号的文字" : "a quoted text"
        case .beneficiaries: return "all | building N | age A | tenure T"
        }
    }
}
