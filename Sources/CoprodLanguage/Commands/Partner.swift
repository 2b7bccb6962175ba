import CoprodModel

extension CommandRegistry {
    /// The `partner` command (spec §12, market partner).
    static let partner = CommandDefinition(
        help: HelpEntry(
            name: "partner",
            syntax: "partner on NAME budget B [fee F] | partner off NAME",
            summary: Bilingual(
                en: "Puts a market partner (PPP) on a facility, or removes it. Until the facility is complete the "
                    + "partner is a third producer putting in B work units a week (0 to 1000); the government pays "
                    + "its fee out of its own input, F work units per unit of B (0 to 1, default 0). For the whole "
                    + "run the facility is 0.1 more visible and residents gain half as much public awareness from it.",
                zh: "为一个设施引入市场主体（社会资本合作方，PPP），或撤出。设施建成之前，市场主体是第三个生产者，"
                    + "每周投入“预算”个工作量单位（0 到 1000）；政府从自己的投入中支付费用，每单位预算支付“费用系数”个单位"
                    + "（0 到 1，默认 0）。整个运行期间，该设施的可见度提高 0.1，居民从它获得的公共意识增长减半。"),
            example: "partner on shed budget 7.2 fee 0.2",
            seeAlso: ["facility", "show", "government"]),
        group: .setUp,
        keywords: ["on", "off", "budget", "fee"],
        parse: { p throws(Diagnostic) in
            let example = "partner on shed budget 7.2 fee 0.2"
            let mode = try p.word(.keyword("on"), hint: .forExample(code: example))
            guard mode.name == "on" || mode.name == "off" else {
                throw Diagnostic(
                    .error, .expected(.keyword("on"), after: "'partner'", found: Quoting.quoted(mode.name)),
                    at: mode.range, hint: .forExample(code: example))
            }
            let name = try p.word(.facilityName, hint: .forExample(code: example))
            var noTarget: Identifier?
            let settings = try p.settings(.plain, example: "budget 7.2", target: &noTarget)
            return .partner(on: mode.name == "on", facility: name, settings: settings)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .partner(let on, let name, let settings) = command else { return }
            try i.partner(on: on, name, settings: settings)
        })
}

extension Interpreter {
    /// `partner on NAME budget B fee F` / `partner off NAME` (spec §12): through the facility
    /// settings `partnerBudget` and `partnerFee` of ``SettingsRegistry/facility``.
    mutating func partner(on: Bool, _ name: Identifier, settings: [Setting]) throws(Diagnostic) {
        let scenario = state.model.scenario
        guard let f = scenario.facilityIndex(name.name) else {
            throw Fields.unknown(name, candidates: scenario.facilities.map(\.name), what: .facility)
        }
        guard on else {
            if let extra = settings.first {
                throw Diagnostic(
                    .error, .partnerOffTakesNothing, at: extra.range,
                    hint: .forExample(code: "partner off \(name.name)"))
            }
            guard scenario.facilities[f].partner != nil else {
                emit(.note(.noPartner(facility: name.name)))
                return
            }
            try change(.partner(facility: name.name, nil), at: name.range)
            emit(.note(.partnerRemoved(facility: name.name)))
            return
        }
        let keys = ["budget": "partnerBudget", "fee": "partnerFee"]
        var spec = FacilitySpec(name: name.name)
        spec.partner = MarketPartner(budget: 0)
        var budgetGiven = false
        for written in settings {
            guard let key = keys[written.key.name], let setting = SettingsRegistry.facility.setting(key) else {
                throw Values.unknownKey(written.key, ["budget", "fee"], .facility)
            }
            let atom = try Values.single(written)
            let value = try Values.number(atom, written.key.name, in: setting.type.range ?? 0...1)
            try Values.put(.real(value), setting, into: &spec, at: written)
            if key == "partnerBudget" { budgetGiven = true }
        }
        guard budgetGiven, let partner = spec.partner else {
            throw Diagnostic(
                .error, .partnerNeedsBudget, at: statementRange,
                hint: .forExample(code: "partner on \(name.name) budget 7.2 fee 0.2"))
        }
        try change(.partner(facility: name.name, partner), at: name.range)
        emit(.note(.partnerOn(facility: name.name, budget: partner.budget, fee: partner.fee)))
    }
}
