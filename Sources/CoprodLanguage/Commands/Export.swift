extension CommandRegistry {
    /// The `export` command.
    static let export = CommandDefinition(
        help: HelpEntry(
            name: "export",
            syntax: "export STRING [force] | export (series | residents | facilities) to STRING [force]",
            summary: Bilingual(
                en: "Writes the outcome series as CSV: one row per week, the community's columns, then each "
                    + "facility's columns (`shed.phase`, `shed.everJoined`, …). `export residents to \"r.csv\"` writes "
                    + "one row per resident at this week (every trait, and her stage, channel and other states at each "
                    + "facility), `export facilities to \"f.csv\"` one row per facility with every facility metric, and "
                    + "`export series to \"s.csv\"` the weekly series; these three start with `#` lines (version, "
                    + "scenario hash, command, seed, week, date) and a name ending in `.jsonl` gives JSON Lines. An "
                    + "existing file is replaced after the REPL asks, or with `force`.",
                zh: "把结果序列写成 CSV 文件：每周一行，先是社区的各列，再是每个设施的各列（`shed.phase`、"
                    + "`shed.everJoined`……）。`export residents to \"r.csv\"` 写出本周每位居民一行（每项特征，以及她在"
                    + "每个设施的阶段、渠道等状态），`export facilities to \"f.csv\"` 每个设施一行（每项设施指标），"
                    + "`export series to \"s.csv\"` 写出每周序列；这三种文件以 `#` 开头的几行开始（版本、情景哈希、"
                    + "命令、种子、周、日期），文件名以 `.jsonl` 结尾则写成 JSON Lines。已有的同名文件会在提示符下"
                    + "询问后被替换，加上 `force` 则直接替换。"),
            example: "export \"series.csv\"",
            seeAlso: ["save"]),
        group: .keepingWork,
        keywords: ["force", "series", "residents", "facilities", "to"],
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            for table in ExportTable.allCases where try p.peekWord(table.rawValue) {
                try p.advance()
                if try p.peekWord("to") { try p.advance() }
                let (path, force) = try p.filePath(
                    for: "export \(table.rawValue) to", example: "\(table.rawValue).csv", allowsForce: true)
                return .exportTable(table, path, force: force)
            }
            let (path, force) = try p.filePath(for: "export", example: "series.csv", allowsForce: true)
            return .export(path, force: force)
        },
        execute: { command, i throws(Diagnostic) in
            switch command {
            case .export(let path, let force): try i.export(path, force: force)
            case .exportTable(let table, let path, let force): try i.export(table, to: path, force: force)
            default: return
            }
        })
}
