import CoprodModel

/// What a user reads of the second-stage rules (spec §12): the `show facility` lines of floors,
/// the consent vote, satiation and upkeep, and a voter's terms in `explain`.
extension TextRenderer {
    /// The `show facility` lines of the rules switched on for the facility (none when all are off).
    func secondStageLines(_ v: FacilityView) -> [String] {
        let spec = v.spec
        let vote = v.state.vote
        var out: [String] = []
        if spec.benefit == .byFloor {
            let g = Format.fixed(v.secondStage.groundFloorBenefit)
            out.append(
                zh
                    ? "  按楼层受益：一层 \(g) … 六层 1.00（\(g) + (1 − \(g)) ×（楼层 − 1）÷ 5）"
                    : "  benefit by floor: \(g) on the ground floor … 1.00 on floor 6 (\(g) + (1 − \(g))·(floor − 1)/5)"
            )
        }
        if spec.consent == .civilCode278 {
            var line =
                zh
                ? "  业主表决（民法典第 278 条：投票率 ≥ 2/3，同意率 ≥ 3/4）：已表决 \(vote.votes) 次"
                : "  consent vote (Civil Code art. 278: turnout ≥ 2/3, approval ≥ 3/4): \(vote.votes) held"
            if let c = vote.latest {
                line +=
                    zh
                    ? "；最近一次业主 \(c.owners) 人，投票 \(c.voters) 人（\(Format.percent(vote.turnout))），同意 \(c.approvals) 人（\(Format.percent(vote.approval))）"
                    : "; latest: \(c.owners) owners, \(c.voters) voted (\(Format.percent(vote.turnout))), \(c.approvals) approved (\(Format.percent(vote.approval)))"
            }
            out.append(line)
            let status: String
            if let w = vote.passedAt {
                status = zh ? "  第 \(w) 周通过" : "  passed at week \(w)"
            } else if let next = vote.nextVote {
                status = zh ? "  未通过，停在设计阶段，第 \(next) 周再次表决" : "  not passed: held in design, next vote at week \(next)"
            } else {
                status = zh ? "  设计完成时举行表决" : "  the vote is held when design is done"
            }
            out.append(
                status
                    + (vote.stalledWeeks > 0
                        ? (zh ? " · 已停滞 \(vote.stalledWeeks) 周" : " · stalled \(vote.stalledWeeks) weeks") : ""))
        }
        if spec.satiation == .on {
            let s = Format.fixed(v.secondStage.satiation)
            out.append(
                zh
                    ? "  满足饱和：维护阶段态度用 √(需求 × 显著性 × \(s))，留存用 \(s) × 满意度"
                    : "  satiation: in maintenance attitude uses √(need·salience·\(s)) and staying uses \(s)·satisfaction"
            )
        }
        if let u = v.government.upkeep {
            out.append(
                zh
                    ? "  政府养护投入：维护阶段每周 \(Format.fixed(u, 1)) 个工作单位（预算 \(Format.fixed(v.government.budget, 1))）"
                    : "  government upkeep: \(Format.fixed(u, 1)) work units a week in maintenance (budget \(Format.fixed(v.government.budget, 1)))"
            )
        }
        return out
    }

    /// A voter's approval terms (spec §12): each term with its value, so that
    /// `σ(k_v·(A + identification term + council term − crowding term − θ_v))` gives the probability.
    func vote(_ e: VoteExplanation) -> [String] {
        var out: [String] = []
        let verdict = e.approved ? (zh ? "同意" : "approved") : (zh ? "不同意" : "did not approve")
        out.append(
            zh
                ? "  第 \(e.week) 周业主表决：\(verdict)，同意概率 \(Format.fixed(e.probability, 3))"
                    + (e.reached ? "（原本不知晓，经动员或议事会参加表决）" : "")
                : "  consent vote at week \(e.week): \(verdict), probability of approving \(Format.fixed(e.probability, 3))"
                    + (e.reached ? " (was unaware; reached by outreach or the council)" : ""))
        let rows: [[String]] =
            zh
            ? [
                ["态度 A", Format.fixed(e.attitude, 3), "楼层 \(e.floor)，受益 \(Format.fixed(e.benefit, 3))"],
                ["认同项", Format.signed(e.identificationTerm), "认同 \(Format.fixed(e.identification, 3)) − 0.5"],
                ["议事会项", Format.signed(e.councilTerm), "议事会强度 \(Format.fixed(e.council, 3))"],
                [
                    "挤出项", Format.signed(-e.crowdingTerm),
                    "激励 \(Format.fixed(e.incentive, 3)) × 公共意识 \(Format.fixed(e.responsibility, 3))",
                ],
                ["阈值 θ_v", Format.signed(-e.threshold), ""],
            ]
            : [
                ["attitude A", Format.fixed(e.attitude, 3), "floor \(e.floor), benefit \(Format.fixed(e.benefit, 3))"],
                [
                    "identification term", Format.signed(e.identificationTerm),
                    "identification \(Format.fixed(e.identification, 3)) − 0.5",
                ],
                ["council term", Format.signed(e.councilTerm), "council strength \(Format.fixed(e.council, 3))"],
                [
                    "crowding-out term", Format.signed(-e.crowdingTerm),
                    "incentive \(Format.fixed(e.incentive, 3)) × responsibility \(Format.fixed(e.responsibility, 3))",
                ],
                ["threshold θ_v", Format.signed(-e.threshold), ""],
            ]
        out += Format.table(rows, indent: "    ")
        let sum = e.attitude + e.identificationTerm + e.councilTerm - e.crowdingTerm - e.threshold
        let k = Format.fixed(e.steepness, e.steepness == e.steepness.rounded() ? 0 : 3)
        out.append(
            zh
                ? "    = σ(\(k) × 各项之和 \(Format.signed(sum))) = \(Format.fixed(e.recomputed, 3))"
                : "    = σ(\(k) × sum of terms \(Format.signed(sum))) = \(Format.fixed(e.recomputed, 3))")
        return out
    }
}
