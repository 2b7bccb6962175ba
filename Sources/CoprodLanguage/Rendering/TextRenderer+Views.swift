import CoprodModel

extension TextRenderer {
    func community(_ v: CommunityView) -> [String] {
        let c = v.outcome
        var out: [String] = []
        let ages = zip(AgeGroup.allCases, c.participationByAge).map { "\(words.age($0)) \(Format.percent($1))" }
        let tenures = zip(Tenure.allCases, c.participationByTenure).map { "\(words.tenure($0)) \(Format.percent($1))" }
        if zh {
            out.append(
                "社区 \"\(words.communityName(v.name))\" —— \(v.size) 位居民，社区类型 \(words.profile(v.profile))，随机种子 \(v.seed)，第 \(v.week) 周"
            )
            out.append(
                "  \(v.buildings) 栋楼，\(v.ties) 条邻里关系，\(v.namedResidents) 位命名居民，\(v.facilityCount) 项设施，\(v.interventionCount) 项干预"
            )
            out.append(
                "  社区曾参与率 \(Format.percent(c.participation)) · 自我效能感 \(Format.fixed(c.efficacy)) · 信任 \(Format.fixed(c.trust)) · 认同 \(Format.fixed(c.identification)) · 公共意识 \(Format.fixed(c.responsibility)) · 社会资本 \(Format.fixed(c.socialCapital))"
            )
            out.append(
                "  按年龄的社区曾参与率：" + ages.joined(separator: "，") + "；按产权：" + tenures.joined(separator: "，")
                    + "；\(fieldName("largestGap", key: "community.largestGap", code: false)) \(Format.percent(c.largestGap))"
                    + (c.largestGapBetween.map { "（\(words.group($0.first))与\(words.group($0.second))之间）" } ?? ""))
        } else {
            out.append(
                "community \"\(v.name)\" — \(v.size) residents, profile \(v.profile.rawValue), seed \(v.seed), week \(v.week)"
            )
            out.append(
                "  \(v.buildings) buildings, \(v.ties) ties, \(v.namedResidents) named resident\(v.namedResidents == 1 ? "" : "s"), "
                    + "\(v.facilityCount) facilit\(v.facilityCount == 1 ? "y" : "ies"), "
                    + "\(v.interventionCount) intervention\(v.interventionCount == 1 ? "" : "s")"
            )
            out.append(
                "  ever joined (any facility) \(Format.percent(c.participation)) · efficacy \(Format.fixed(c.efficacy)) · trust \(Format.fixed(c.trust)) · identification \(Format.fixed(c.identification)) · responsibility \(Format.fixed(c.responsibility)) · social capital \(Format.fixed(c.socialCapital))"
            )
            out.append(
                "  ever joined by age: " + ages.joined(separator: ", ") + "; by tenure: "
                    + tenures.joined(separator: ", ")
                    + "; \(fieldName("largestGap", key: "community.largestGap", code: false)) \(Format.percent(c.largestGap))"
                    + (c.largestGapBetween.map { ", between \(words.group($0.first)) and \(words.group($0.second))" }
                        ?? ""))
        }
        if !v.facilities.isEmpty {
            out.append(zh ? "  设施：" : "  facilities:")
            out += Format.table(v.facilities.map(facilityRow), indent: "    ")
        }
        return out
    }

    private func facilityRow(_ o: FacilityOutcome) -> [String] {
        let state =
            o.phase == .maintenance
            ? (zh ? "完好度 " : "condition ") + Format.fixed(o.condition)
            : (zh ? "进度 " : "progress ") + Format.percent(o.progress)
        return [
            o.name, words.phase(o.phase), state, (zh ? "曾参与 " : "joined ") + Format.percent(o.everJoinedShare),
            (zh ? "参与中 " : "active ") + "\(o.active)", (zh ? "类型 " : "type ") + o.type.rawValue,
        ]
    }

    func resident(_ v: ResidentView) -> [String] {
        var out: [String] = []
        if zh {
            out.append(
                "\(residentLabel(v))：\(words.age(v.age))\(words.tenure(v.tenure))\(v.activist ? "，积极分子" : "")，\(v.building) 号楼 \(v.floor) 层，\(v.degree) 条邻里关系"
            )
            out.append("  影响因素：" + factors(v))
            out.append("  认知：认同 \(Format.fixed(v.identification))，公共意识 \(Format.fixed(v.responsibility))")
        } else {
            out.append(
                "\(residentLabel(v)): \(v.age) \(v.tenure)\(v.activist ? ", activist" : ""), building \(v.building) floor \(v.floor), \(v.degree) ties"
            )
            out.append("  influencing factors: " + factors(v))
            out.append(
                "  cognitive: identification \(Format.fixed(v.identification)), responsibility \(Format.fixed(v.responsibility))"
            )
        }
        for f in v.facilities {
            var line = "  \(f.facility)\(zh ? "：" : ": ")\(words.stage(f.stage))"
            if let week = f.joinedAt {
                if zh {
                    line += "，第 \(week) 周加入（\(words.channel(f.channel))\(f.incentiveDriven ? "，受激励驱动" : "")）"
                    line += "，满意度 \(Format.fixed(f.satisfaction))，疲劳 \(Format.fixed(f.fatigue))"
                    if f.sustained { line += "，持续参与" }
                } else {
                    line += ", joined week \(week) (\(f.channel)\(f.incentiveDriven ? ", incentive-driven" : ""))"
                    line += ", satisfaction \(Format.fixed(f.satisfaction)), fatigue \(Format.fixed(f.fatigue))"
                    if f.sustained { line += ", sustained" }
                }
            }
            if !f.served { line += zh ? "（不在服务范围内）" : " (not served)" }
            out.append(line)
        }
        return out
    }

    func facility(_ v: FacilityView) -> [String] {
        let spec = v.spec
        let st = v.state
        let o = v.outcome
        var out: [String] = []
        let outside = o.everJoined - o.everJoinedServed
        if zh {
            out.append("设施 \(spec.name)：" + facilitySummary(spec))
            var phase = "  \(words.phase(o.phase))（\(words.stage(of: o.phase))）"
            phase += o.phase == .maintenance ? "，完好度 \(Format.fixed(o.condition))" : "，进度 \(Format.percent(o.progress))"
            phase += "，质量 \(Format.fixed(o.quality))" + (o.phase <= .design ? "（预计）" : "")
            if let done = o.completedAt { phase += "，第 \(done) 周建成" }
            if o.degraded { phase += "，已失修" }
            out.append(phase)
            out.append(
                "  服务 \(o.served) 人 · 知晓 \(o.aware) 人\(spec.serves == .all ? "" : "（全体居民中，含非服务对象）") · 曾参与：服务对象 \(o.served) 人中 \(o.everJoinedServed) 人（\(Format.percent(o.everJoinedShare))）"
                    + (outside > 0 ? "，另有 \(outside) 位非服务对象" : ""))
            out.append("  参与中 \(o.active) · 持续参与 \(o.sustained) · 保持率 \(Format.fixed(o.retention))（持续参与 ÷ 全部曾参与者）")
            out.append(
                "  进入 \(st.entries) 次（自主 \(st.autonomousEntries) 次）· 自主性 \(Format.fixed(o.autonomy)) · \(o.type.rawValue) 型 \(words.title(o.type))"
            )
            out.append(
                "  投入：政府 \(Format.fixed(st.governmentWork, 1))，居民 \(Format.fixed(st.residentWork, 1)) · 角色 \(Format.fixed(st.role)) · 共同设计覆盖面 \(Format.percent(st.coverage))"
            )
            if let partner = spec.partner {
                out.append(
                    "  市场主体：建成前每周预算 \(Format.literal(partner.budget)) 个工作量单位，费用系数 \(Format.literal(partner.fee))（政府投入减少 \(Format.fixed(partner.fee * partner.budget, 2))）· 迄今投入 \(Format.fixed(st.partnerWork, 1)) · 可见度 +\(Format.fixed(v.secondStage.partnerVisibility))，居民公共意识增长 × \(Format.fixed(v.secondStage.partnerResponsibility))"
                )
            }
            if v.performativeOn {
                out.append(
                    "  形式化参与：本周 \(o.performative) 人（动员进入且认同 < \(Format.fixed(v.secondStage.performativeIdentification))，投入 × \(Format.fixed(v.secondStage.performativeInput))）"
                )
            }
            out.append(
                "  参与阶梯：第 \(o.rung.rawValue) 级 \(words.rung(o.rung))（1 + ⌊7 ×（0.4 × 角色 \(Format.fixed(o.role)) + 0.3 × 回应性 \(Format.fixed(o.responsiveness)) + 0.3 × 自主性 \(Format.fixed(o.autonomy))）+ 0.5⌋，仅作教学指标）"
            )
            out += secondStageLines(v)
            for iv in v.interventions {
                out.append(
                    "  第 \(iv.intervention.id) 号干预\(iv.active ? "" : "（未生效）")：" + interventionSummary(iv.intervention))
            }
        } else {
            out.append("facility \(spec.name): " + facilitySummary(spec))
            var phase = "  \(o.phase) (\(words.stage(of: o.phase)))"
            phase +=
                o.phase == .maintenance
                ? ", condition \(Format.fixed(o.condition))" : ", progress \(Format.percent(o.progress))"
            phase += ", quality \(Format.fixed(o.quality))" + (o.phase <= .design ? " (projected)" : "")
            if let done = o.completedAt { phase += ", completed week \(done)" }
            if o.degraded { phase += ", DEGRADED" }
            out.append(phase)
            out.append(
                "  served \(o.served) · aware \(o.aware)\(spec.serves == .all ? "" : " (of all residents, served or not)") · ever joined: \(o.everJoinedServed) of \(o.served) served (\(Format.percent(o.everJoinedShare)))"
                    + (outside > 0 ? " and \(outside) not served" : ""))
            out.append(
                "  active \(o.active) · sustained \(o.sustained) · retention \(Format.fixed(o.retention)) (sustained / all who ever joined)"
            )
            out.append(
                "  entries \(st.entries) (\(st.autonomousEntries) autonomous) · autonomy \(Format.fixed(o.autonomy)) · type \(o.type.rawValue) \(words.title(o.type))"
            )
            out.append(
                "  work: government \(Format.fixed(st.governmentWork, 1)), residents \(Format.fixed(st.residentWork, 1)) · role \(Format.fixed(st.role)) · co-design coverage \(Format.percent(st.coverage))"
            )
            if let partner = spec.partner {
                out.append(
                    "  market partner: budget \(Format.literal(partner.budget)) work units a week until complete, fee \(Format.literal(partner.fee)) (government input \(Format.fixed(partner.fee * partner.budget, 2)) less) · input so far \(Format.fixed(st.partnerWork, 1)) · visibility +\(Format.fixed(v.secondStage.partnerVisibility)), residents' public awareness gain × \(Format.fixed(v.secondStage.partnerResponsibility))"
                )
            }
            if v.performativeOn {
                out.append(
                    "  performative participation: \(o.performative) this week (mobilised, identification < \(Format.fixed(v.secondStage.performativeIdentification)), input × \(Format.fixed(v.secondStage.performativeInput)))"
                )
            }
            out.append(
                "  Arnstein rung \(o.rung.rawValue) \(words.rung(o.rung)) (1 + ⌊7·(0.4·role \(Format.fixed(o.role)) + 0.3·responsiveness \(Format.fixed(o.responsiveness)) + 0.3·autonomy \(Format.fixed(o.autonomy))) + 0.5⌋, a teaching metric)"
            )
            out += secondStageLines(v)
            for iv in v.interventions {
                out.append(
                    "  intervention \(iv.intervention.id)\(iv.active ? "" : " (inactive)"): "
                        + interventionSummary(iv.intervention))
            }
        }
        return out
    }

    func typology(_ v: TypologyView) -> [String] {
        let t = v.thresholds
        var out: [String] = []
        if zh {
            out.append(
                "第 \(v.week) 周的类型学：参与方式（自主性 ≥ \(Format.fixed(t.autonomy)) → 自组织）× 微基建属性（公共性 ≥ \(Format.fixed(t.publicness)) → 公共品）"
            )
            if v.classifications.isEmpty { out.append("  没有设施") }
            for c in v.classifications {
                out.append("  \(c.facility)：\(c.type.rawValue) 型 —— \(words.title(c.type))")
                out.append(
                    "    参与方式：\(c.entries) 次进入中 \(c.autonomousEntries) 次为自主，自主性 \(Format.fixed(c.autonomy)) "
                        + (c.selfOrganised ? "≥" : "<") + " \(Format.fixed(t.autonomy)) → "
                        + (c.selfOrganised ? "自组织" : "动员")
                        + (c.entries == 0 ? "（尚无进入）" : ""))
                out.append(
                    "    属性：公共性 \(Format.fixed(c.publicness)) " + (c.commons ? "≥" : "<")
                        + " \(Format.fixed(t.publicness)) → " + (c.commons ? "公共品" : "民生品"))
            }
        } else {
            out.append(
                "typology at week \(v.week): participation method (autonomy ≥ \(Format.fixed(t.autonomy)) → self-organised) × attribute (publicness ≥ \(Format.fixed(t.publicness)) → commons)"
            )
            if v.classifications.isEmpty { out.append("  no facilities") }
            for c in v.classifications {
                out.append("  \(c.facility): type \(c.type.rawValue) — \(words.title(c.type))")
                out.append(
                    "    method: \(c.autonomousEntries) of \(c.entries) entries autonomous, autonomy \(Format.fixed(c.autonomy)) "
                        + (c.selfOrganised ? "≥" : "<") + " \(Format.fixed(t.autonomy)) → "
                        + (c.selfOrganised ? "self-organised" : "mobilised")
                        + (c.entries == 0 ? " (no entries yet)" : ""))
                out.append(
                    "    attribute: publicness \(Format.fixed(c.publicness)) " + (c.commons ? "≥" : "<")
                        + " \(Format.fixed(t.publicness)) → " + (c.commons ? "commons" : "livelihood"))
            }
        }
        return out
    }

    func explanation(_ v: ExplanationView) -> [String] {
        let number = zh ? "居民 \(v.residentNumber)" : "resident \(v.residentNumber)"
        let name = v.residentName.map { "\($0) (\(number))" } ?? number
        if v.facilities.isEmpty {
            return [zh ? "\(name)：没有可以参与的设施" : "\(name): there are no facilities to take part in"]
        }
        var out: [String] = []
        for f in v.facilities {
            out.append(
                zh
                    ? "\(name) 在 \(f.facility) 上：\(words.stage(f.stage))" + (f.served ? "" : "（不在服务范围内）")
                    : "\(name) on \(f.facility): \(f.stage)" + (f.served ? "" : " (not served)"))
            if f.unaware {
                out.append(
                    zh
                        ? "  还没有听说过 \(f.facility)（知晓来自宣传、平台、参与中的邻里或以前的参与）"
                        : "  has not heard of \(f.facility) yet (awareness comes from publicity, a platform, active ties, or earlier participation)"
                )
            }
            for j in f.joins { out += join(j) }
            if let l = f.lapse { out += lapse(l) }
            if let v = f.vote { out += vote(v) }
            out += secondStage(f)
            if f.sustained {
                out.append(
                    zh
                        ? "  持续行为：连续参与 \(f.sustainWeeks) 周以上"
                        : "  sustained behaviour: active \(f.sustainWeeks)+ weeks in a row")
            }
        }
        return out
    }

    /// A lapse: every term of the staying probability with its value, weight and pull, and the
    /// baseline, so that `σ(gain·(baseline + Σ pulls))` gives the probability shown.
    private func lapse(_ l: LapseExplanation) -> [String] {
        var out: [String] = []
        out.append(
            zh
                ? "  第 \(l.week) 周退出：留下的概率 \(Format.fixed(l.pStay, 3))"
                : "  lapsed at week \(l.week): probability of staying \(Format.fixed(l.pStay, 3))")
        let values = [l.satisfaction, l.identification, l.responsibility, l.solidary, l.fatigue, l.incentive]
        let rows = zip(l.pulls, zip(values, l.weights)).map { pull, vw in
            [
                words.term(pull.term), Format.fixed(vw.0, 3), (zh ? "权重 " : "weight ") + Format.fixed(vw.1, 3),
                (zh ? "拉力 " : "pull ") + Format.signed(pull.pull),
            ]
        }
        out += Format.table(rows, indent: "    ")
        let sum = l.pulls.reduce(0) { $0 + $1.pull }
        let gain = Format.fixed(l.gain, l.gain == l.gain.rounded() ? 0 : 3)
        if zh {
            out.append(
                "    = σ(\(gain) ×（基线 \(Format.fixed(l.baseline, 3)) + 拉力之和 \(Format.signed(sum))）) = \(Format.fixed(l.recomputed, 3))"
            )
            out.append("    决定因素：" + words.term(l.decisiveTerm))
        } else {
            out.append(
                "    = σ(\(gain) × (baseline \(Format.fixed(l.baseline, 3)) + sum of pulls \(Format.signed(sum)))) = \(Format.fixed(l.recomputed, 3))"
            )
            out.append("    tipped by: " + words.term(l.decisiveTerm))
        }
        return out
    }

    /// Spec §12: why she is performative, her reach as an activist, what activists raise for her.
    private func secondStage(_ f: ExplanationView.OnFacility) -> [String] {
        var out: [String] = []
        if let t = f.performative {
            let ident = Format.fixed(t.identification, 3)
            let threshold = Format.fixed(t.threshold)
            let below = t.identification < t.threshold
            if zh {
                var line = "  形式化参与：经\(words.channel(t.channel))渠道进入，认同 \(ident) \(below ? "<" : "≥") \(threshold)"
                line +=
                    t.performative
                    ? " → 形式化参与：投入 × \(Format.fixed(t.inputFactor))，不计入共同设计覆盖面"
                    : (t.channel == .mobilised ? " → 不是形式化参与（认同够高）" : " → 不是形式化参与（不是动员进入）")
                out.append(line)
            } else {
                var line =
                    "  performative participation: entered through the \(t.channel) channel, identification \(ident) \(below ? "<" : "≥") \(threshold)"
                line +=
                    t.performative
                    ? " → performative: her input × \(Format.fixed(t.inputFactor)), nothing to co-design coverage"
                    : (t.channel == .mobilised
                        ? " → not performative (identification high enough)" : " → not performative (not mobilised)")
                out.append(line)
            }
        }
        if let r = f.reach {
            let w = Format.fixed(r.weight, r.weight == r.weight.rounded() ? 0 : 3)
            if zh {
                out.append("  积极分子：在 \(f.facility) 上参与；她的 \(r.ties) 位关系人中 \(r.aware) 位已知晓，\(r.unaware) 位未知晓")
                out.append(
                    "    在他们的主观规范与知晓计数中她算作 \(w) 人；\(r.raisedOutreach) 位已知晓而未参与者感受到的动员力度至少 "
                        + "\(Format.fixed(r.outreach))；\(r.aware) 位已知晓者获得的情感关怀至少 \(Format.fixed(r.emotion))")
            } else {
                out.append(
                    "  activist: active on \(f.facility); of her \(r.ties) ties \(r.aware) are aware of it, \(r.unaware) unaware"
                )
                out.append(
                    "    she counts \(w) times in their subjective norm and awareness count; \(r.raisedOutreach) aware, not active "
                        + "feel a mobilisation effort of at least \(Format.fixed(r.outreach)); \(r.aware) aware get emotional care at least "
                        + "\(Format.fixed(r.emotion))")
            }
        }
        if f.reachedBy > 0 {
            var parts: [String] = []
            if let o = f.raisedOutreach {
                parts.append(
                    zh
                        ? "动员力度 max(\(Format.fixed(o.lever)), \(Format.fixed(o.floor))) = \(Format.fixed(o.felt))"
                        : "mobilisation effort max(\(Format.fixed(o.lever)), \(Format.fixed(o.floor))) = \(Format.fixed(o.felt))"
                )
            }
            if let e = f.raisedEmotion {
                parts.append(
                    zh
                        ? "情感关怀强度 max(\(Format.fixed(e.lever)), \(Format.fixed(e.floor))) = \(Format.fixed(e.felt))"
                        : "emotional care max(\(Format.fixed(e.lever)), \(Format.fixed(e.floor))) = \(Format.fixed(e.felt))"
                )
            }
            out.append(
                zh
                    ? "  本周有 \(f.reachedBy) 位参与中的积极分子是她的关系人：" + parts.joined(separator: "；")
                    : "  activists among her ties active here this week: \(f.reachedBy); "
                        + parts.joined(separator: "; "))
        }
        return out
    }

    /// The norm and outreach of a decision an activist reached (spec §12), so the listed terms
    /// still recompute: `S = min(1, (k + (w − 1)·a)/degree)`, `outreachTerm = outreach · per unit`.
    private func activistTerms(_ j: JoinExplanation) -> String {
        let w = Format.fixed(j.activistWeight, j.activistWeight == j.activistWeight.rounded() ? 0 : 3)
        let norm =
            "(\(j.activeTies) + \(j.activistTies) × (\(w) − 1)) / \(j.degree) = \(Format.fixed(j.recomputedNorm, 3))"
        let outreach =
            "max(\(Format.fixed(j.leverOutreach)), \(Format.fixed(j.outreachFloor))) × \(Format.fixed(j.outreachPerUnit, 4)) = \(Format.fixed(j.outreachTerm, 4))"
        return zh
            ? "    积极分子触达：\(j.activistTies) 位参与中的积极分子，主观规范 \(norm)（至多 1）；动员力度 \(outreach)"
            : "    reached by active activists (\(j.activistTies)): subjective norm \(norm) (at most 1); mobilisation effort \(outreach)"
    }

    private func join(_ join: ExplanationView.Join) -> [String] {
        let j = join.terms
        let label: String
        switch (join.label, language) {
        case (.firstJoined, .en): label = "first joined (initial behaviour)"
        case (.rejoined, .en): label = "re-joined"
        case (.onceAware, .en): label = "once aware, this week's terms would be"
        case (.notJoined, .en): label = "has not joined; this week's terms"
        case (.firstJoined, .zh): label = "首次加入（初始行为）"
        case (.rejoined, .zh): label = "再次加入"
        case (.onceAware, .zh): label = "一旦知晓，本周的各项因素将是"
        case (.notJoined, .zh): label = "尚未加入；本周的各项因素"
        }
        var out: [String] = []
        let divisor = Format.fixed(j.reentryDivisor, j.reentryDivisor == j.reentryDivisor.rounded() ? 0 : 3)
        if zh {
            out.append(
                "  \(label)\(j.channel == .none ? "" : "，第 \(j.week) 周")\(j.reentry ? "（再次进入：概率 ÷ \(divisor)）" : "")：")
        } else {
            out.append(
                "  \(label)\(j.channel == .none ? "" : " at week \(j.week)")\(j.reentry ? " (re-entry: probability ÷ \(divisor))" : ""):"
            )
        }
        let values = [j.attitude, j.norm, j.control, j.identification, j.responsibility]
        let rows = zip(j.pulls, zip(values, j.weights)).map { pull, vw in
            [
                words.term(pull.term), Format.fixed(vw.0, 3), (zh ? "权重 " : "weight ") + Format.fixed(vw.1, 3),
                (zh ? "拉力 " : "pull ") + Format.signed(pull.pull),
            ]
        }
        out += Format.table(rows, indent: "    ")
        if j.activistTies > 0 { out.append(activistTerms(j)) }
        let strongest = j.pulls.max { $0.pull < $1.pull }.map { words.term($0.term) } ?? ""
        let weakest = j.pulls.min { $0.pull < $1.pull }.map { words.term($0.term) } ?? ""
        if zh {
            out.append(
                "    \(words.term("utility U")) \(Format.fixed(j.utility, 3)) → \(words.term("pAuto")) \(Format.fixed(j.pAuto, 4))\(j.onlineTerm > 0 ? "（含线上渠道 \(Format.fixed(j.onlineTerm, 4))）" : "")；\(words.term("pMob")) \(Format.fixed(j.pMob, 4))（\(words.term("outreach (mobilisation)")) \(Format.fixed(j.outreachTerm, 4))，\(words.term("incentive")) \(Format.fixed(j.incentiveTerm, 4))）"
            )
            if j.channel != .none {
                out.append(
                    "    以概率 \(Format.fixed(j.probability, 4)) 经\(words.channel(j.channel))渠道加入"
                        + (j.incentiveDriven ? "，受激励驱动" : ""))
                out.append("    决定因素：" + words.term(j.decisiveTerm))
            } else {
                out.append("    每周加入概率 \(Format.fixed(j.probability, 4))；最强拉力：\(strongest)，最弱：\(weakest)")
            }
        } else {
            out.append(
                "    utility U \(Format.fixed(j.utility, 3)) → pAuto \(Format.fixed(j.pAuto, 4))\(j.onlineTerm > 0 ? " (with the online channel \(Format.fixed(j.onlineTerm, 4)))" : ""); pMob \(Format.fixed(j.pMob, 4)) (\(words.term("outreach (mobilisation)")) \(Format.fixed(j.outreachTerm, 4)), incentive \(Format.fixed(j.incentiveTerm, 4)))"
            )
            if j.channel != .none {
                out.append(
                    "    joined with probability \(Format.fixed(j.probability, 4)) through the \(j.channel) channel"
                        + (j.incentiveDriven ? ", driven by the incentive" : ""))
                out.append("    tipped by: \(j.decisiveTerm)")
            } else {
                out.append(
                    "    weekly probability of joining \(Format.fixed(j.probability, 4)); strongest pull: \(strongest), weakest: \(weakest)"
                )
            }
        }
        return out
    }
}
