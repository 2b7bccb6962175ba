import CoprodModel
import CoprodValidation

/// What `validate` runs: the words after it.
public struct ValidateOptions: Hashable, Sendable {
    /// `quick`: 20 seeds instead of 40.
    public var quick = false
    /// `mutants`: the mutation check too.
    public var mutants = false
    /// `sensitivity`: the one-at-a-time sensitivity too.
    public var sensitivity = false
    /// `seeds N`: the facts' seeds, `2...1000`.
    public var seeds: Int?

    public init() {}

    /// The facts' seeds.
    public var seedCount: Int { seeds ?? (quick ? Validation.quickSeeds : Validation.defaultSeeds) }

    /// The words `validate` takes.
    static let words = ["quick", "mutants", "sensitivity", "seeds"]
}

extension CommandRegistry {
    /// The `validate` command: the stylised facts of spec §11 (`coprod validate`).
    static let validate = CommandDefinition(
        help: HelpEntry(
            name: "validate",
            syntax: "validate [quick] [mutants] [sensitivity] [seeds N]",
            summary: Bilingual(
                en: "Checks the model against the stylised facts of spec §11, as `coprod validate` does: each "
                    + "effect over 40 seeds (quick: 20) paired by seed, with its standard error, the band around §11's "
                    + "magnitude, pass or fail and a strip of the effect against its band. `mutants` also runs the "
                    + "mutation check (each mutant a parameter change; at least 90 % must make a fact fail), "
                    + "`sensitivity` the one-at-a-time sensitivity with a tornado chart per outcome. The mechanism "
                    + "checks (rules of §3–§7 that §11's facts do not isolate) and §13's calibration follow the "
                    + "facts. It runs on §11's own scenarios, not the session's, and takes a few seconds (mutants "
                    + "about a minute); at the REPL a progress line shows how far it is and Ctrl-C stops it. "
                    + "The session does not change.",
                zh: "与 `coprod validate` 一样，用规范 §11 的典型事实检验模型：每个效应在 40 个种子上按种子配对"
                    + "（quick 为 20 个），给出标准误、§11 量级附近的区间、是否通过，以及效应相对区间的条形图。"
                    + "`mutants` 同时运行变异检验（每个变异体是一项参数改动，至少 90% 须使某个事实不通过），"
                    + "`sensitivity` 同时运行单因素敏感性分析，并为每个结果画出龙卷风图。典型事实之后是机制检验"
                    + "（§11 的事实未单独检验的 §3–§7 规则）与 §13 的校准检验。它运行的是 §11 自己的情景，"
                    + "而不是当前会话的情景，需要几秒钟（变异检验约一分钟）；在提示符下有一行进度显示，按 Ctrl-C "
                    + "可以停止。会话本身不变。"),
            example: "validate quick seeds 4",
            seeAlso: ["sweep", "set"]),
        group: .stepping,
        keywords: ValidateOptions.words,
        parse: { p throws(Diagnostic) in
            var options = ValidateOptions()
            while let token = try p.peek() {
                guard case .word(let w) = token.kind, ValidateOptions.words.contains(w) else {
                    let hint: Message? =
                        if case .word(let w) = token.kind {
                            Suggestions.closest(to: w, in: ValidateOptions.words).map(Message.didYouMean)
                        } else { nil }
                    throw try p.expected(.keyword("quick"), hint: hint ?? .forExample(code: "validate quick"))
                }
                try p.advance()
                switch w {
                case "quick": options.quick = true
                case "mutants": options.mutants = true
                case "sensitivity": options.sensitivity = true
                default:
                    let n = try p.number(.value, hint: .forExample(code: "validate seeds 10"))
                    guard n.value == n.value.rounded(), (2...1000).contains(n.value) else {
                        throw Diagnostic(
                            .error, .expected(.value, after: "'seeds'", found: n.text), at: n.range,
                            hint: .forExample(code: "validate seeds 10"))
                    }
                    options.seeds = Int(n.value)
                }
            }
            return .validate(options)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .validate(let options) = command else { return }
            // The library's facts and mutants always apply; a failure would be a bug, not bad input.
            do throws(ValidationError) {
                // Ctrl-C stops it between stages and between mutants; nothing else of the session changes.
                guard
                    let report = try ValidationReport.run(
                        seeds: options.seedCount, mutants: options.mutants, sensitivity: options.sensitivity,
                        cancelled: i.interrupted)
                else {
                    i.emit(.note(.validateStopped))
                    return
                }
                i.emit(.validation(report))
            } catch {
                preconditionFailure("the stylised facts cannot run: \(error)")
            }
        })
}
