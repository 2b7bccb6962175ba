import CoprodModel

/// Writes a run as a script that reproduces it: its week-0 scenario as declarations, then the
/// steps and its changes in order (the `save` format; see docs/LANGUAGE.md). Every key and value
/// is written from the settings registry, so a setting the registry gains is saved without a
/// change here.
enum ScriptWriter {
    /// A setting's value as the language writes it.
    static func literal(_ value: SettingValue) -> String {
        switch value {
        case .real(let x): Format.literal(x)
        case .integer(let n): String(n)
        case .word(let w): w
        case .text(let t): quoted(t)
        case .beneficiaries(let b):
            switch b {
            case .all: "all"
            case .building(let n): "building \(n)"
            case .age(let a): "age \(a.description)"
            case .tenure(let t): "tenure \(t.description)"
            }
        }
    }

    /// `key value` for each setting of `registry` that `root` has (left out: keys in `omit`, and
    /// with `skipDefaults`, values equal to the registry's default).
    private static func pairs<Root>(
        _ registry: [CoprodModel.Setting<Root>], of root: Root, skipDefaults: Bool = false, omit: Set<String> = []
    ) -> [String] {
        registry.compactMap { s in
            guard !omit.contains(s.key), let v = s.get(root), !(skipDefaults && v == s.defaultValue) else { return nil }
            return "\(s.key) \(literal(v))"
        }
    }

    /// The pairs of ``pairs(_:of:skipDefaults:omit:)``, each after a space.
    private static func settings<Root>(
        _ registry: [CoprodModel.Setting<Root>], of root: Root, omit: Set<String> = []
    ) -> String {
        pairs(registry, of: root, omit: omit).map { " " + $0 }.joined()
    }

    /// The facility keys written on a line of their own (`partner on …`, spec §12).
    static let partnerKeys: Set<String> = ["partnerBudget", "partnerFee"]

    /// `facility NAME …` with every attribute (outreach only when set, the second-stage rules of
    /// spec §12 only when switched on), and on a second line `partner on NAME budget B fee φ` when it
    /// has a market partner.
    static func facilityLine(_ f: FacilitySpec) -> String {
        let off = Set(SettingsRegistry.secondStageFacility.filter { $0.get(f) == $0.defaultValue }.map(\.key))
        return "facility \(f.name)" + settings(SettingsRegistry.facility, of: f, omit: off.union(partnerKeys))
            + (f.partner.map { "\n" + partnerLine(f.name, $0) } ?? "")
    }

    /// `partner on NAME budget B fee φ`, or `partner off NAME` (spec §12).
    static func partnerLine(_ name: String, _ partner: MarketPartner?) -> String {
        guard let partner else { return "partner off \(name)" }
        return "partner on \(name) budget \(Format.literal(partner.budget)) fee \(Format.literal(partner.fee))"
    }

    /// `government role R budget B responsiveness X`.
    static func governmentLine(_ g: Government) -> String {
        "government" + settings(SettingsRegistry.government, of: g)
    }

    /// `intervene KIND on TARGET strength S from W [to E]`.
    static func interventionLine(_ iv: Intervention) -> String {
        "intervene \(iv.kind.rawValue) on \(iv.target ?? "all")" + settings(SettingsRegistry.intervention, of: iv)
    }

    /// `resident NAME|N key value …` (a resident's overrides).
    static func residentLine(_ ref: String, _ o: ResidentOverrides) -> String {
        "resident \(ref)" + settings(SettingsRegistry.resident, of: o)
    }

    /// The declarations of a week-0 scenario (defaults are left out, except the community line).
    static func declarations(_ s: Scenario) -> [String] {
        // The second-stage keys (spec §12) are written only when set, so older scripts read the same.
        let quiet = ["activists", "performative"].filter {
            let setting = SettingsRegistry.community.setting($0)
            return setting?.get(s) == setting?.defaultValue
        }
        var lines = [
            "community \(quoted(s.name))" + settings(SettingsRegistry.community, of: s, omit: Set(["name"] + quiet))
        ]
        lines += pairs(SettingsRegistry.parameter, of: s.parameters, skipDefaults: true).map { "set \($0)" }
        lines += pairs(SettingsRegistry.typology, of: s.thresholds, skipDefaults: true).map { "set typology.\($0)" }
        if s.government != Government() { lines.append(governmentLine(s.government)) }
        let named = s.residentNames.sorted { $0.value < $1.value }
        let namedIndices = Set(s.residentNames.values)
        for (name, i) in named { lines.append(residentLine(name, s.overrides[i] ?? ResidentOverrides())) }
        for (i, o) in s.overrides.sorted(by: { $0.key < $1.key }) where !namedIndices.contains(i) && !o.isEmpty {
            lines.append(residentLine(String(i + 1), o))
        }
        lines += s.facilities.flatMap { facilityLine($0).split(separator: "\n").map(String.init) }
        lines += s.interventions.map(interventionLine)
        return lines
    }

    /// The line that makes `change` (what a user would have typed).
    static func line(_ change: Change, in model: Scenario) -> String {
        switch change {
        case .renameCommunity(let name): "community \(quoted(name))"
        case .resident(let index, let name, let o):
            residentLine(name ?? model.residentNames.first { $0.value == index }?.key ?? String(index + 1), o)
        case .facility(let spec): facilityLine(spec)
        case .government(let g): governmentLine(g)
        case .addIntervention(let iv): interventionLine(iv)
        case .removeIntervention(let id): "remove intervention \(id)"
        case .removeFacility(let name): "remove facility \(name)"
        case .renameFacility(let old, let new): "rename facility \(old) \(new)"
        case .parameter(let name, let value):
            "set \(name) \(Parameters.entry(named: name)?.isInteger == true ? String(Int(value)) : Format.literal(value))"
        case .threshold(let key, let value): "set typology.\(key) \(Format.literal(value))"
        case .partner(let name, let partner): partnerLine(name, partner)
        }
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    /// The whole script: header, then each run of the workspace — the first as declarations,
    /// steps and changes up to its week; each twin as `fork NAME` from its parent, back to week 0,
    /// and its own declarations, steps and changes — and a `switch` back to the current run.
    static func script(_ state: SessionState) -> String {
        let w = state.workspace
        var lines = [
            "# coprod scenario, saved at week \(state.week)"
                + (w.runs.count > 1 ? " of run \(w.run.name) (\(w.runs.count) runs)" : ""),
            "# replay: coprod run FILE, or load \"FILE\" in the REPL (same seed, same result)",
            "clear",
        ]
        var on = w.runs[0].name
        for (k, run) in w.runs.enumerated() {
            if k > 0 {
                let parent = run.parent ?? w.runs[0].name
                if parent != on { lines.append("switch \(parent)") }
                lines += ["fork \(run.name)", "goto 0", "clear"]
                on = run.name
            }
            lines += self.run(run)
        }
        if on != w.run.name { lines.append("switch \(w.run.name)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One run's declarations, then its steps and changes up to its week.
    private static func run(_ run: Run) -> [String] {
        var s = run.scenario
        s.seed = run.model.scenario.seed
        var lines = declarations(s)
        var at = 0
        for entry in run.changes {
            if entry.week > at {
                lines.append("step \(entry.week - at)")
                at = entry.week
            }
            lines.append(line(entry.change, in: run.model.scenario))
        }
        if run.model.week > at { lines.append("step \(run.model.week - at)") }
        return lines
    }
}
