import CoprodModel

/// Writes a session as a script that reproduces it: the week-0 scenario as declarations, then the
/// steps and mid-run changes in order (the `save` format; see docs/LANGUAGE.md).
enum ScriptWriter {
    /// The declarations of a week-0 scenario (defaults are left out, except the community line).
    static func declarations(_ s: Scenario) -> [String] {
        var lines = ["community \(quoted(s.name)) size \(s.size) profile \(s.profile.rawValue) seed \(s.seed)"]
        let defaults = Parameters()
        for e in Parameters.catalogue where s.parameters.value(of: e) != defaults.value(of: e) {
            lines.append("set \(e.name) \(Format.literal(s.parameters.value(of: e)))")
        }
        let t = s.thresholds
        let t0 = TypologyThresholds()
        if t.autonomy != t0.autonomy { lines.append("set typology.autonomy \(Format.literal(t.autonomy))") }
        if t.publicness != t0.publicness { lines.append("set typology.publicness \(Format.literal(t.publicness))") }
        let g = s.government
        let g0 = Government()
        if g != g0 {
            lines.append(
                "government role \(Format.literal(g.role)) budget \(Format.literal(g.budget)) responsiveness \(Format.literal(g.responsiveness))"
            )
        }
        let named = s.residentNames.sorted { $0.value < $1.value }
        let namedIndices = Set(s.residentNames.values)
        for (name, i) in named { lines.append("resident \(name)" + overrideText(s.overrides[i])) }
        for (i, o) in s.overrides.sorted(by: { $0.key < $1.key }) where !namedIndices.contains(i) && !o.isEmpty {
            lines.append("resident \(i + 1)" + overrideText(o))
        }
        for f in s.facilities {
            var line =
                "facility \(f.name) publicness \(Format.literal(f.publicness)) salience \(Format.literal(f.salience))"
            line +=
                " complexity \(Format.literal(f.complexity)) cost \(Format.literal(f.cost)) visibility \(Format.literal(f.visibility))"
            line += " serves \(f.serves) initiator \(f.initiator.rawValue)"
            if let o = f.outreach { line += " outreach \(Format.literal(o))" }
            lines.append(line)
        }
        for iv in s.interventions {
            var line =
                "intervene \(iv.kind.rawValue) on \(iv.target ?? "all") strength \(Format.literal(iv.strength)) from \(iv.start)"
            if let e = iv.end { line += " to \(e)" }
            lines.append(line)
        }
        return lines
    }

    private static func overrideText(_ o: ResidentOverrides?) -> String {
        guard let o else { return "" }
        var parts: [String] = []
        if let a = o.age { parts.append("age \(a)") }
        if let t = o.tenure { parts.append("tenure \(t)") }
        if let b = o.building { parts.append("building \(b)") }
        for trait in ResidentTrait.allCases {
            if let v = o.traits[trait] { parts.append("\(trait.rawValue) \(Format.literal(v))") }
        }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
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

    /// The whole script: header, declarations, then steps and mid-run changes up to `week`.
    static func script(_ state: SessionState) -> String {
        var s = state.scenario
        s.seed = state.model.scenario.seed
        var lines = [
            "# coprod scenario, saved at week \(state.week)",
            "# replay: coprod run FILE, or load \"FILE\" in the REPL (same seed, same result)",
            "clear",
        ]
        lines += declarations(s)
        var at = 0
        for entry in state.timeline {
            if entry.week > at {
                lines.append("step \(entry.week - at)")
                at = entry.week
            }
            lines.append(entry.source)
        }
        if state.week > at { lines.append("step \(state.week - at)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
