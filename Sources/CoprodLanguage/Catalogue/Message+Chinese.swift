import CoprodModel
import Foundation

// The Chinese catalogue of `Message` (中文消息目录). Terms follow the glossary (`help glossary`);
// command words, field names and code stay in Latin letters, as they are typed.
extension Message {
    /// `还没有完成：这一部分检查 week = 11，目前还不成立（现在：week 6）`: a lesson part's failing
    /// check, as the lesson wrote it, with what its fields read now.
    /// `作用于所有设施的角色转变（role-shift）`。
    static func interventionChinese(_ kind: InterventionKind, on target: String?) -> String {
        "作用于" + (target.map { " \($0) " } ?? "所有设施") + "的\(Terms.kindName(kind).zh)（\(kind.rawValue)）"
    }

    static func checkFailsChinese(_ condition: String, _ values: [String]) -> String {
        "还没有完成：这一部分检查 \(condition)，目前还不成立"
            + (values.isEmpty ? "" : "（现在：\(values.joined(separator: "，"))）")
    }

    var chinese: String {
        switch self {
        case .unexpectedCharacter(let c): "意外的字符 \(c)"
        case .residentWrittenInWords(let q): "\(q) 不是居民编号：居民只写她的编号（一个数字）"
        case .invalidNumber(let q): "无效的数字 \(q)"
        case .numberTooLarge: "数字太大"
        case .unknownEscape(let e): "字符串中有未知的转义 '\\\(e)'"
        case .unterminatedString: "字符串没有结束引号"
        case .lineTooLong(let kb): "这一行超过 \(kb) KB"
        case .expected(let what, let after, let found):
            (after.map { "在 \($0) 之后" } ?? "") + "应为\(what.chinese)" + (found.map { "，却是 \($0)" } ?? "")
        case .expectedValueAfter(let key, let found): "\(key) 之后应有一个值" + (found.map { "，却是 \($0)" } ?? "")
        case .expectedCommand(let found): "应为一条命令，却是 \(found)"
        case .unknownCommand(let q): "未知命令 \(q)"
        case .unexpectedAfterCommand(let q): "命令之后多出了 \(q)"
        case .unbalancedClosingParenthesis: "括号不配对：')' 没有对应的 '('"
        case .unclosedParenthesis: "括号不配对：'(' 没有闭合"
        case .expectedClosingParenthesis(let found): "应为 ')'，却是 \(found)"
        case .appearsTwice(let q): "\(q) 出现了两次"
        case .expressionTooLong: "表达式太长"
        case .expressionTooDeep: "表达式嵌套太深"
        case .expectedFileName(let head): "\(head) 之后应有文件名"
        case .expectedQuotedFileName(let head): "\(head) 之后的文件名应放在引号中"
        case .unknown(let thing, let name): "未知的\(thing.chinese) '\(name)'"
        case .facilityIsNotAField(let name): "'\(name)' 是一项设施，不是字段"
        case .fieldNeedsFacility(let name): "'\(name)' 需要指明设施"
        case .phaseAlreadyLeft(let facility, let asked, let current, let since):
            "\(facility).phase = \(asked) 不会再成立：\(facility) "
                + (since.map { "自第 \($0) 周起" } ?? "") + "已处于 \(current)（\(Words(language: .zh).phaseWord(current))）阶段，"
                + "而阶段只会向前推进（planning → design → construction → maintenance）；没有运行"
        case .untilOutsideRange(let field, let low, let high):
            "\(field) 的取值范围是 \(Format.literal(low)) 到 \(Format.literal(high))，这个条件永远不会成立；没有运行"
        case .comparedOutsideRange(let field, let low, let high):
            "\(field) 的取值范围是 \(Format.literal(low)) 到 \(Format.literal(high))，这个比较要么总是成立，要么总是不成立"
        case .needsNumber(let key): "'\(key)' 需要一个数字"
        case .needsNumberNot(let key, let found): "'\(key)' 需要一个数字，而不是 '\(found)'"
        case .outOfRange(let key, let written): "\(key) \(written) 超出范围"
        case .mustBeWhole(let key): "\(key) 必须是整数"
        case .needsOneOf(let key, let words): "'\(key)' 须取以下之一：\(words.joined(separator: ", "))"
        case .takesOneValue(let key): "'\(key)' 只取一个值"
        case .needsQuotedString(let key): "'\(key)' 需要一个带引号的字符串"
        case .categoryIsNotCondition(let f): "'\(f)' 是类别，不是条件"
        case .numberIsNotCondition: "数字不是条件"
        case .stringIsNotCondition: "字符串不是条件"
        case .categoryHasNoMean(let f): "'\(f)' 是类别，没有平均值"
        case .expectedFieldOrValue: "这里应为一个字段或一个值"
        case .categoryNeedsEquality(let f): "'\(f)' 是类别，只能用 = 或 != 比较"
        case .categoryNeedsWord(let f, let example): "'\(f)' 是类别，应与类别词比较，如 \(example)"
        case .notANumber(let w): "'\(w)' 不是数字"
        case .cannotGroupBy(let f): "不能按 '\(f)' 分组：它是连续数值"
        case .sizeTooSmallForNames(let size): "规模 \(size) 容不下已命名的居民"
        case .partnerNeedsBudget: "市场主体需要给出预算（每周工作量单位）"
        case .partnerOffTakesNothing: "'partner off' 后面只写设施名称"
        case .cannotNameResident(let n): "'\(n)' 不能用作居民的名字"
        case .noFreeResident: "没有可以命名的居民了"
        case .buildingOnlyAtWeekZero: "楼栋只能在第 0 周设定"
        case .cannotNameFacility(let n): "'\(n)' 不能用作设施的名字"
        case .fieldIsWrittenAs(let w, let f): "字段要用命令语言里的词来写：'\(w)' 写作 '\(f)'"
        case .facilityIsNamedHere(let w, let name): "'\(w)' 在这里是名为 '\(name)' 的设施：你是不是想输入 '\(name)'？"
        case .keyIsWrittenAs(let w, let k): "写作 '\(k)'（'\(w)' 是它的中文名称）"
        case .renameToSameName(let n): "这个设施已经叫 '\(n)' 了"
        case .nameIsAResident(let n): "'\(n)' 已经是一位居民的名字"
        case .nameIsAFacility(let n): "'\(n)' 已经是一个设施的名字"
        case .tooManyFacilities(let limit): "设施太多（上限 \(limit)）"
        case .servesNeedsScope: "'serves' 须写 all、building N、age A 或 tenure T"
        case .servesAllTakesNothing: "'serves all' 后面不能再有内容"
        case .servesNeedsValue(let scope): "'serves \(scope)' 需要一个值"
        case .windowEndsBeforeStart(let e, let s): "时间窗在开始（第 \(s) 周）之前就结束了（第 \(e) 周）"
        case .weekInPast(let w, let now): "第 \(w) 周已经过去（现在是第 \(now) 周）"
        case .tooManyInterventions(let limit): "干预太多（上限 \(limit)）"
        case .noSuchIntervention(let q): "没有第 \(q) 号干预"
        case .model(let e):
            switch e {
            case .outOfRange(let name, let v, let r):
                "\(name) \(Format.literal(v)) 超出范围（\(Format.literal(r.lowerBound))…\(Format.literal(r.upperBound))）"
            case .unknownParameter(let n): "没有名为 '\(n)' 的模型常数"
            case .duplicateFacility(let n): "已经有名为 '\(n)' 的设施"
            case .unknownFacility(let n): "未知的设施 '\(n)'"
            case .tooMany(let what, let limit):
                "\(what == "facilities" ? "设施" : what == "interventions" ? "干预" : what)太多（上限 \(limit)）"
            case .cancelled(let n): "已取消建立 \(Format.grouped(n)) 位居民的社区"
            }
        case .wouldPassLastWeek(let limit): "这会超过第 \(limit) 周，即 coprod 保留的最长运行"
        case .filesSwitchedOff: "本会话已关闭文件读写"
        case .lessonStatementOutsideLesson: "这条语句只能写在课程文件中"
        case .sweepOnlyAtTheREPL: "扫描只能在 coprod 的提示符下输入，或用 'coprod sweep FILE' 运行，不能写在脚本里"
        case .emptyFileName: "文件名为空"
        case .fileExists(let p): "'\(p)' 已经存在"
        case .file(let e): e.chinese
        case .loadNestedTooDeep(let limit): "load 嵌套超过 \(limit) 层"
        case .noSuchLesson(let n): "没有第 \(n) 课"
        case .noLessonRunning: "当前没有进行中的课程"
        case .noSuchPart(let n, let parts): "第 \(n) 课只有第 1 到第 \(parts) 节"
        case .lessonStatementBeforePart(let s): "'\(s)' 必须写在 'part' 之后"
        case .onlyLessonStatementsAfterPart: "'part' 之后只能是 say、predict、because、try、check 和 zh"
        case .lessonNeedsPart: "课程至少需要一个 'part'"
        case .translationWithoutText: "'zh' 必须紧跟在 title、part、say、predict、because 或带 hint 的 check 之后"
        case .unknownLanguage(let w): "未知的语言 '\(w)'"
        case .expectedOnOrOff(let w): "应为 on 或 off，而不是 '\(w)'"
        case .unknownExperimentKey(let k): "未知的设置项 '\(k)'"
        case .ambiguousExperimentKey(let k, let choices):
            "'\(k)' 可能指 \(choices.joined(separator: " 或 "))，请写出全名"
        case .keyNotVariable(let k): "实验中不能设置或改变 '\(k)'"
        case .expectedKeyValue(let option, let found): "\(option) 需要 KEY=VALUE 的形式，实际是 '\(found)'"
        case .badAxisRange(let key, let written):
            "\(key) 的范围 '\(written)' 须写成 LOW:HIGH:STEP，且 LOW ≤ HIGH、STEP 大于 0"
        case .axisTwice(let k): "\(k) 被改变了两次"
        case .setTwice(let k, let a, let b): "--set 给了 \(k) 两次（先是 \(a)，后是 \(b)）"
        case .keepOneSet(let code): "每个设置项只给一次，例如 \(code)"
        case .unknownMetric(let m): "未知的指标 '\(m)'"
        case .badShard(let w): "--shard 需要 I/N 的形式（0 ≤ I < N），实际是 '\(w)'"
        case .tooManyRuns(let count, let limit): "\(count) 次运行超过了一次扫描的上限 \(limit)"
        case .outputExists(let p): "'\(p)' 已经存在"
        case .resumeNeedsFile: "--resume 需要 --csv FILE 或 --jsonl FILE 作为续跑的依据"
        case .resumeOtherSweep(let p): "'\(p)' 是另一次扫描写出的（文件头不同），无法续跑"
        case .shardOtherSweep(let p): "'\(p)' 与第一个分片不属于同一次扫描"
        case .shardTwice(let i, let n, let first, let second):
            first == second ? "分片 \(i)/\(n) 给了两次（'\(first)'）" : "分片 \(i)/\(n) 给了两次：'\(first)' 与 '\(second)'"
        case .shardFormatDiffers(let p, let out, let jsonLines):
            jsonLines
                ? "'\(p)' 是 JSON Lines 文件，而 '\(out)' 会是 CSV 文件；请合并到与分片同一格式的文件"
                : "'\(p)' 是 CSV 文件，而 '\(out)' 会是 JSON Lines 文件；请合并到与分片同一格式的文件"
        case .notASweepFile(let p): "'\(p)' 不是 coprod 扫描的输出文件"
        case .shardMissing(let i, let n): "缺少分片 \(i)/\(n)"
        case .shardIncomplete(let p, let done, let total):
            "'\(p)' 不完整：只有 \(total) 次运行中的 \(done) 次；请用 --resume 补完"
        case .runsFailed(let failed, let total): "\(total) 次运行中有 \(failed) 次失败；这些行记录了种子和错误"
        case .sweepStopped(let done, let total): "已在 \(total) 次运行中的第 \(done) 次之后停止；已完成的运行全部保留"
        case .sweepPlan(let runs, let cells, let replicates, let jobs):
            "共 \(runs) 次运行：\(cells) 个格点 × \(replicates) 次重复，\(jobs) 个并行任务"
        case .shardPlan(let i, let n, let first, let last, let total, let cells, let replicates, let jobs):
            "分片 \(i)/\(n)：共 \(total) 次运行（\(cells) 个格点 × \(replicates) 次重复）中的第 \(first)–\(last) 次，\(jobs) 个并行任务"
        case .sweepProgress(let done, let total, let rate, let left, let failed):
            "\(done)/\(total) 次运行 · 每秒 \(Format.fixed(rate, 1)) 次"
                + (left.map { " · 还需 \(Format.durationZh($0))" } ?? "")
                + (failed > 0 ? " · \(failed) 次失败" : "")
        case .validateProgress(let stage, let done, let total, let left):
            switch stage {
            case "mutants": "validate：变异体 \(done)/\(total)" + (left.map { " · 还需 \(Format.durationZh($0))" } ?? "")
            case "sensitivity": "validate：敏感性分析…"
            default: "validate：典型事实、机制检验与校准检验…"
            }
        case .validateStopped: "validate 在完成前已停止（Ctrl-C）；会话未改变"
        case .runFinished(let run, let total, let cell, let replicate, let seed, let seconds, let error):
            "第 \(run + 1)/\(total) 次运行（格点 \(cell)，重复 \(replicate)，种子 \(seed)）："
                + (error.map { "失败：\($0)" } ?? "用时 \(Format.fixed(seconds, 2)) 秒")
        case .summaryHeading(let cells, let runs, let failed):
            "\(cells) 个格点、\(runs) 次运行的汇总" + (failed > 0 ? "（\(failed) 次失败，未计入）" : "")
        case .summaryCell(let cell, let axes, let n): "格点 \(cell)" + (axes.isEmpty ? "" : " · \(axes)") + " · n = \(n)"
        case .summaryColumns: "指标|均值|标准差|95% 置信区间"
        case .summaryMore(let shown, let all): "显示了 \(all) 个指标中的 \(shown) 个；用 --metrics 选择，用 --summary 加文件名写出全部"
        case .summaryWritten(let p): "汇总已写入 '\(p)'"
        case .merged(let shards, let runs, let p): "已将 \(shards) 个分片、\(runs) 次运行合并到 '\(p)'"
        case .latinNeedsAxes: "--sample latin 至少需要一个变化的参数（--vary 或 vary 行）"
        case .plotAgainstAxis(let metric, let axis): "\(metric) 随 \(axis) 的变化：各格点运行的均值与 95% 置信区间"
        case .plotOverWeeks(let metric, let replicates): "\(metric) 逐周变化：\(replicates) 次重复的均值与 95% 置信区间"
        case .plotBand: "95% 置信区间"
        case .plotNeedsAxis: "--plot 需要一个变化的参数（--vary 或 vary 行）作为横轴"
        case .plotWritten(let svg, let spec): "图已写入 '\(svg)'，其 Vega-Lite 规格已写入 '\(spec)'"
        case .needsMemory(let n, let mb, let may):
            "\(Format.grouped(n)) 位居民的社区约需 \(Format.grouped(mb)) MB 内存；本进程最多还能使用 \(Format.grouped(may)) MB"
        case .sizeAboveLimit(let n, let limit, let mb, let may):
            "\(Format.grouped(n)) 位居民的社区超过了本会话允许的上限（\(Format.grouped(limit))）"
                + (mb < 1
                    ? ""
                    : "；约需 \(Format.grouped(mb)) MB 内存"
                        + (may.map { "，本进程最多还能使用 \(Format.grouped($0)) MB" } ?? ""))
        case .facilityNeedsMemory(let n, let f, let mb, let may):
            "为 \(Format.grouped(n)) 位居民再添一项设施（届时共 \(f) 项）约需 \(Format.grouped(mb)) MB 内存；本进程最多还能使用 \(Format.grouped(may)) MB"
        case .replicatesNeedOutput: "--replicates 与 --csv、--jsonl 一起使用时需要脚本 <file>"
        case .communityRenamed(let n): "社区 \"\(Words(language: .zh).communityName(n))\""
        case .scenarioReplaced(let why, let size, let profile, let seed, let was):
            {
                let head: String
                switch why {
                case .community: head = "社区已重建"
                case .empty: head = "空白情景"
                case .parameter(let name, let value): head = "\(name) = \(Format.literal(value))；社区已重建"
                }
                return "\(head)：\(size) 位居民，社区类型 \(Words(language: .zh).profile(profile))，随机种子 \(seed)"
                    + (was.map { "；回到第 0 周（原为第 \($0) 周）" } ?? "")
            }()
        case .backAtWeekZero(let was, let folded):
            "回到第 0 周（原为第 \(was) 周），情景与随机种子不变"
                + (folded > 0 ? "；运行中做出的 \(folded) 项改动现在从第 0 周起生效" : "")
        case .undid(let line, let run, let week): "已撤销 '\(line)'；\(run) 现在位于第 \(week) 周"
        case .rewound(let week, let dropped):
            "回到第 \(week) 周" + (dropped > 0 ? "；此后做出的 \(dropped) 项改动已被丢弃（undo 可以恢复）" : "")
        case .forked(let name, let from, let week):
            "已从 '\(from)' 的第 \(week) 周复制出孪生运行 '\(name)'；之后的命令作用于 '\(name)'（输入 switch \(from) 可切回）"
        case .switched(let name, let week): "现在位于 '\(name)'，第 \(week) 周"
        case .residentsDiffer(let count, let shown):
            count == 0
                ? "没有居民的阶段或渠道不同"
                : "有 \(count) 组居民–设施的阶段或渠道不同" + (shown < count ? "（只列出前 \(shown) 组）" : "")
        case .comparingDifferentWeeks(let a, let wa, let b, let wb):
            "注意：\(a) 在第 \(wa) 周，\(b) 在第 \(wb) 周，差值里包含了 \(abs(wb - wa)) 周的运行；"
                + "请先把较早的那个运行推进到第 \(max(wa, wb)) 周（switch \(wa < wb ? a : b)，goto \(max(wa, wb))）"
        case .plottingDifferentWeeks(let run, let week, let latest, let latestWeek):
            "注意：\(run) 在第 \(week) 周，\(latest) 在第 \(latestWeek) 周，所以 \(run) 的线只画到第 \(week) 周；"
                + "请先把它推进到第 \(latestWeek) 周（switch \(run)，goto \(latestWeek)）"
        case .explainInEitherRun(let code, let other):
            "想知道原因：在这里输入 \(code)，或输入 switch \(other) 后在那个运行中输入 \(code)"
        case .nothingToUndo: "没有可以撤销的操作"
        case .runExists(let name): "已经有名为 '\(name)' 的运行"
        case .cannotGoBack(let weeks, let week): "无法从第 \(week) 周后退 \(weeks) 周"
        case .compareNeedsTwoRuns: "compare 需要两个运行"
        case .tooManySeries(let count, let limit): "一张图最多显示 \(limit) 条序列，这里有 \(count) 条"
        case .watching(let fields):
            "正在观察 \(fields.map { Terms.chineseName(ofField: $0, key: Terms.modelMetricKey(ofField: $0), code: true) ?? $0 }.joined(separator: "、"))：每次 step 和 run 之后显示一行迷你走势图（watch off 停止）"
        case .watchingNothing: "目前没有观察任何字段；可以试试：watch participation shed.active"
        case .watchStopped(let n): n == 0 ? "本来就没有观察任何字段" : "已停止观察 \(n) 个字段"
        case .histNeedsResidentField(let f): "'\(f)' 每周只有一个值，不是每位居民各有一个值"
        case .removedIntervention(let id, let kind, let target, let start, let end, let moved):
            "已移除第 \(id) 号干预（\(kind) 作用于 \(target ?? "全部设施")，"
                + (end.map { "第 \(start)–\($0) 周" } ?? "自第 \(start) 周起") + "）"
                + (moved.map { m in
                    m.count == 1
                        ? "；原第 \(m.lowerBound) 号干预现为第 \(m.lowerBound - 1) 号"
                        : "；原第 \(m.lowerBound)–\(m.upperBound) 号干预现为第 \(m.lowerBound - 1)–\(m.upperBound - 1) 号"
                } ?? "")
        case .partnerOn(let f, let b, let fee):
            "\(f) 引入市场主体：建成前每周投入 \(Format.literal(b)) 个工作量单位，费用系数 \(Format.literal(fee))"
        case .partnerRemoved(let f): "已撤出 \(f) 的市场主体"
        case .noPartner(let f): "\(f) 没有市场主体"
        case .removedFacility(let name, let ivs, let left):
            "已移除设施 \(name)"
                + (ivs.isEmpty ? "" : " 及只针对它的干预：" + ivs.map { "第 \($0) 号" }.joined(separator: "、"))
                + "；社区现在有 \(left.count) 个设施" + (left.isEmpty ? "" : "：" + left.joined(separator: "、"))
                + "（undo 可以撤销）"
        case .renamedFacility(let old, let new):
            "设施 \(old) 已改名为 \(new)；它的状态、过去各周的记录和干预都随新名字保留"
        case .thresholdsSet(let a, let p): "类型学阈值：自主性 \(Format.fixed(a))，公共性 \(Format.fixed(p))"
        case .parameterSet(let name, let value): "\(name) = \(Format.literal(value))"
        case .saved(let week, let scenario, let path):
            "已将 \"\(Words(language: .zh).communityName(scenario))\" 第 \(week) 周保存到 \(path)"
        case .exported(let week, let path): "已将第 0–\(week) 周导出到 \(path)"
        case .exportedTable(.series, _, let week, let path): "已将第 0–\(week) 周的序列导出到 \(path)"
        case .exportedTable(.residents, let n, let week, let path): "已将第 \(week) 周的 \(n) 位居民导出到 \(path)"
        case .exportedTable(.facilities, let n, let week, let path): "已将第 \(week) 周的 \(n) 项设施导出到 \(path)"
        case .runsWithSettings(let xs): "按 --set " + xs.joined(separator: "、") + " 运行；所用情景如下："
        case .scriptSeedReplaced(let script, let option): "脚本中的种子 \(script) 已由 --seed \(option) 取代"
        case .noWeeksRun(let file):
            "\(file) 中没有 step 或 run 行，一周也不会运行，所有结果都是第 0 周的值；请加上 --weeks N（例如 --weeks 104）"
        case .loaded(let path, let scenario, let week, let n):
            "已加载 \(path)：\"\(Words(language: .zh).communityName(scenario))\"，第 \(week) 周，\(n) 项设施"
        case .alreadyTrue(let week): "第 \(week) 周时条件已经成立，无需运行"
        case .interrupted(let week, let steps): "已在第 \(week) 周中断（走了 \(steps) 步）；模型状态完整"
        case .conditionNotReachedByLastWeek(let limit): "到第 \(limit) 周（coprod 运行的最后一周）条件仍未达到"
        case .conditionNotReached(let steps, let week): "走了 \(steps) 步（第 \(week) 周）条件仍未达到；可在 max 后写更大的周数提高上限"
        case .noInterventionsYet: "还没有干预（可以这样添加：intervene outreach on shed strength 0.8）"
        case .noLessonsFound(let folders):
            "没有找到课程（已查找 \(folders.joined(separator: "、"))；可把 COPROD_LESSONS 设为存放课程的文件夹）"
        case .lessonStarted(let n, let title, let parts):
            "第 \(n) 课：\(title.zh)（共 \(parts) 节；输入 hint 获取提示，next 跳过本节，lesson end 结束并回到你自己的会话）"
        case .lessonTry(let tries): "试试：" + tries.joined(separator: "，然后 ")
        case .lessonHints(let hints): "提示：" + hints.map(\.zh).joined(separator: "；")
        case .lessonEnded(let week): week.map { "课程已结束；回到你自己的会话，第 \($0) 周" } ?? "课程已结束"
        case .lessonRunDropped(let n, let w, let runs, let part, let parts):
            "已丢弃第 \(n) 课的运行（第 \(w) 周" + (runs > 1 ? "，以及它的 \(runs - 1) 个分支" : "") + "）；学习进度已保留："
                + (part.map { "第 \($0)/\(parts) 节（输入 lesson \(n)\($0 > 1 ? " part \($0)" : "") 从那里继续）" } ?? "本课已完成")
        case .endLessonQuestion(let n, let w, let runs):
            "lesson end 会丢弃第 \(n) 课的运行（第 \(w) 周" + (runs > 1 ? "，共 \(runs) 个运行" : "")
                + "）；学习进度会保留，并回到你自己的会话。确定结束吗？[y/N，是/否] "
        case .switchLessonQuestion(let n, let m, let w, let runs):
            "开始第 \(m) 课会丢弃第 \(n) 课的运行（第 \(w) 周" + (runs > 1 ? "，共 \(runs) 个运行" : "")
                + "）；第 \(n) 课的学习进度会保留。确定开始第 \(m) 课吗？[y/N，是/否] "
        case .lessonGoesOn(let n): "第 \(n) 课继续（结束前可以用 save 把它的运行存入文件）"
        case .partDone: "✓ 完成"
        case .lessonComplete(let n): "第 \(n) 课完成。你仍在本课的情景里：可以继续探索，输入 lesson 查看课程列表，或输入 lesson end 回到你自己的会话。"
        case .notYet(let hint): "还没有完成：\(hint.zh)"
        case .notYetBecause(let condition, let values, let hint):
            Self.checkFailsChinese(condition, values) + (hint.map { "；\($0.zh)" } ?? "")
        case .notYetOtherFile(let command, let asked, let typed):
            "还没有完成：这一部分要求 \(command) \"\(asked)\"，而不是 \"\(typed)\""
        case .notYetWeeksLeft(let condition, let values, let command):
            Self.checkFailsChinese(condition, values) + "；从这里输入 \(command)"
        case .notYetWeekPassed(let condition, let values, let week, let again):
            Self.checkFailsChinese(condition, values)
                + "；运行已经过了第 \(week) 周：输入 goto \(week) 回到那一周，或输入 lesson \(again.lesson) part \(again.part) 从本节开头重新开始"
        case .notYetStartAgain(let condition, let values, let from, let tries, let again):
            Self.checkFailsChinese(condition, values)
                + "；本节的命令要从本节开始时的第 \(from) 周做起，而运行已经往前走了："
                + "输入 lesson \(again.lesson) part \(again.part) 从本节开头重新开始，然后输入 "
                + tries.joined(separator: "，然后 ")
        case .notYetOtherFacilities(let condition, let values, let names, let has, let again):
            (condition.map { Self.checkFailsChinese($0, values) + "；" } ?? "还没有完成：")
                + names.joined(separator: "、") + " 不是本课的设施（本课的设施：\(has.joined(separator: "、"))），"
                + "有\(names.count == 1 ? "它" : "它们")在，本课的数字就对不上了："
                + (again.map {
                    "输入 lesson \($0.lesson) part \($0.part) 从本节开头重新开始（不含"
                        + (names.count == 1 ? "它" : "它们") + "）"
                }
                    ?? "输入 " + names.map { "remove facility \($0)" }.joined(separator: "，然后 ") + " 把"
                    + (names.count == 1 ? "它" : "它们") + "去掉")
        case .predictionNoted(let a, let replaced):
            (replaced ? "已改为你的新预测：" : "已记下你的预测：") + Terms.direction(a, in: .zh) + "。现在输入本节要求的命令。"
        case .predictionKept(let a): "保留了你上次的预测：\(a)（再输入一次 answer 可以更改）"
        case .predictionResult(let a, let result):
            "你的预测：\(a.map { Terms.direction($0, in: .zh) } ?? "（没有作答）")" + (result.map { " · 结果：\($0)" } ?? "")
        case .predictionBecause(let why): "原因：\(why.zh)"
        case .noPredictionInPart: "本节没有需要预测的问题"
        case .lessonAnswer(let tries): "答案：输入 " + tries.joined(separator: "，然后 ")
        case .lessonAnswerFromStart(let tries, let n, let part):
            "答案：从本节开头输入 " + tries.joined(separator: "，然后 ") + "；输入 lesson \(n) part \(part) 可从本节开头重新开始"
        case .lessonJumped(let part, _) where part == 1: "现在是第 1 节"
        case .lessonJumped(let part, let n):
            "已重放" + (part == 2 ? "第 1 节" : "第 1–\(part - 1) 节") + "的 \(n) 条命令；现在是第 \(part) 节"
        case .lessonStoppedByClear(let n, let part):
            "第 \(n) 课已停止：clear 清除了本课使用的情景；输入 lesson \(n) part \(part) 重新开始这一节"
        case .lessonResumed(let n, let part, let commands):
            "已回到你上次停下的第 \(n) 课第 \(part) 节（重放了" + (part == 2 ? "第 1 节" : "第 1–\(part - 1) 节")
                + "的 \(commands) 条命令）；输入 lesson \(n) part 1 可从头开始"
        case .lessonAlreadyAt(let n, let part):
            "你已经在第 \(n) 课第 \(part) 节，一切保持原样；输入 lesson \(n) part 1 可从头开始"
                + (part > 1 ? "，输入 lesson \(n) part \(part) 可从本节开头重新开始" : "")
        case .lessonPartAfresh(let part, let n): "第 \(part) 节从头开始：你在本节输入过的 \(n) 条命令不再重新执行"
        case .notYetOtherIntervention(
            let askedKind, let askedTarget, let command, let kind, let target, let id, let again):
            "还没有完成：本节要求" + Self.interventionChinese(askedKind, on: askedTarget)
                + (kind.map { k in
                    "；运行中的" + (id.map { "第 \($0) 项干预" } ?? "干预")
                        + (k == askedKind
                            ? "却作用于" + (target.map { " \($0)" } ?? "所有设施")
                            : "却是" + Self.interventionChinese(k, on: target))
                } ?? "，运行中还没有这一项")
                + (again.map { "；运行已经往前走了：输入 lesson \($0.lesson) part \($0.part) 从本节开头重新开始" }
                    ?? id.map { "：输入 remove intervention \($0)" } ?? "")
                + (command.map { (again == nil && id == nil ? "：输入 " : "，然后输入 ") + $0 } ?? "")
        case .notYetLookNow(let commands):
            "还没有完成：运行已经到了本节要求的状态；现在输入 " + commands.joined(separator: "，然后 ") + "，在这里查看结果"
        case .notYetTypedAll(let condition, let values, let again):
            Self.checkFailsChinese(condition, values)
                + "；本节的命令你都已输入过，说明运行在前面的某一节走了别的路："
                + "输入 lesson \(again.lesson) part \(again.part)，从本课自己的运行重新开始本节"
        case .lessonTypedReplayed(let commands, let skipped, let notKept, let n, let part):
            ((commands.isEmpty ? [] : ["已重新执行你上次在本节输入过的 \(commands.count) 条命令：" + commands.joined(separator: "、")])
                + (skipped.isEmpty
                    ? [] : ["读写文件的命令没有重新执行（途中不写文件）：" + skipped.joined(separator: "、") + "，如本节需要，请再输入一次"])
                + (notKept > 0 ? ["另有 \(notKept) 条命令没有保存下来"] : [])
                + ["输入 lesson \(n) part \(part) 可从本节开头重新开始"]).joined(separator: "；")
        case .lessonTypedNotReplayed(let commands):
            "你上次在本节输入过的命令无法重新执行，本节从头开始：请输入 " + commands.joined(separator: "，然后 ")
        case .languageSet: "语言：中文"
        case .buildCancelled(let n, let kept, let week):
            "已取消建立 \(Format.grouped(n)) 位居民的社区（Ctrl-C）；会话保持原样：\(Format.grouped(kept)) 位居民，第 \(week) 周"
        case .buildingCommunity(let n, let percent): "正在建立 \(Format.grouped(n)) 位居民的社区：\(percent)%（按 Ctrl-C 取消）"
        case .rebuildCancelled(let run, let to, let kept, let week):
            "已取消把 '\(run)' 重建到第 \(to) 周（Ctrl-C）；会话保持原样：'\(kept)'，第 \(week) 周"
        case .rebuildingRun(let run, let week, let n, let percent):
            "正在把 '\(run)' 重建到第 \(week) 周（\(Format.grouped(n)) 位居民）：\(percent)%（按 Ctrl-C 取消）"
        case .typingHints(let on): on ? "输入提示：开（正在输入的命令的语法以暗色显示在该行之后）" : "输入提示：关"
        case .quitDiscardsRunsQuestion(let n):
            "这 \(n) 个运行（main 及其孪生运行）尚未保存，退出会丢弃它们（`save \"文件\"` 可全部保存）。确定退出吗？[y/N，是/否] "
        case .notQuitting: "没有退出，所有运行都还在（`save \"文件\"` 可以保存它们）"
        case .mainRunNote: "main 是最初的那个运行（主运行），其余运行由 fork 复制而来；输入运行名时照显示的写，如 switch main"
        case .overwriteQuestion(let p): "要覆盖 '\(p)' 吗？[y/N，是/否] "
        case .discardQuestion(let f, let w):
            "clear 会丢弃当前情景（\(f) 个设施，第 \(w) 周）；只想清屏请按 Ctrl-L。确定丢弃吗？[y/N，是/否] "
        case .keptScenario: "情景已保留（Ctrl-L 清屏；undo 可以撤销 clear）"
        case .newFacility(let name, let all):
            "新设施 \(name)；社区现在有 \(all.count) 个设施：\(all.joined(separator: "、"))（undo 可以撤销）"
        case .didYouMeanFacility(let meant, let new):
            "这一部分讲的是 \(meant)：你是不是想输入 'facility \(meant) …'？undo 可以撤销新建的 \(new)"
        case .answerYesOrNo: "请回答 y（是、好、对、要）或 n（否、不）："
        case .demoPausePrompt: "[回车：继续 · q：结束演示] "
        case .demoFinished(let file): "演示 '\(file)' 结束"
        case .demoStopped(let file, let line, let interrupted):
            "演示 '\(file)' \(interrupted ? "已中断" : "已停止")，停在第 \(line) 行"
        case .demoSessionContinues: "演示中的各个运行都还在：可以在这里接着输入命令（runs、compare、plot、undo …）；quit 或 Ctrl-D 退出"
        case .unknownOption(let o): "未知选项 '\(o)'"
        case .missingOptionValue(let o): "'\(o)' 缺少值"
        case .invalidOptionValue(let v, let o): "'\(v)' 不是 '\(o)' 的有效值"
        case .unexpectedArguments(let args):
            args.count == 1
                ? "多余的参数 '\(args[0])'"
                : "多余的 \(args.count) 个参数：" + args.map { "'\($0)'" }.joined(separator: "、")
        case .commandLineNotUnderstood(let detail): "无法理解命令行：\(detail)"
        case .optionOutOfRange(let o, let low, let high): "\(o) 须在 \(low) 与 \(high) 之间"
        case .optionUnknownLanguage(let w): "--lang 须为 en 或 zh，不能是 '\(w)'"
        case .jsonNeedsScript: "--json 需要一个脚本：请给出 <file>，或把脚本通过管道送到标准输入"
        case .replicatesNeedScript: "--replicates 需要一个脚本文件 <file>"
        case .sweepNeedsScript: "sweep 需要一个脚本文件 <file>"
        case .progressStyleUnknown(let w): "--progress 须为 auto、bar、plain 或 none，不能是 '\(w)'"
        case .sampleNeedsLatin: "--sample 须写成 latin N，N 不小于 1"
        case .mergeNeedsOutput: "merge 需要先给出要写入的文件，再给出各个分片文件"
        case .mergeNeedsShards: "merge 在要写入的文件之后至少需要一个分片文件"
        case .demoNeedsScript: "需要给出要演示的脚本，例如 'coprod demo examples/demos/emotional-engagement.coprod'"
        case .stoppedAtWeek(let week, let interrupted): "\(interrupted ? "已中断" : "已终止")，停在第 \(week) 周"
        case .replicatesStopped(let count, let interrupted):
            "\(count) 次重复尚未全部完成就\(interrupted ? "已中断" : "已终止")；没有写出报告"
        case .cannotWriteStandardOutput(let code): "无法写入标准输出：\(FileError.chineseReason(code))"
        case .standardOutputClosed: "标准输出已关闭；命令输出将被丢弃"
        case .cannotReadScript(let p, let code): "无法读取 '\(p)'：\(FileError.chineseReason(code))"
        case .scriptTooLarge(let p, let mb): "'\(p)' 大于 \(mb) MB，超过 coprod 能运行的最长脚本"
        case .didYouMean(let w): "你是不是想输入 '\(w)'？"
        case .runsAre(let names, let example): "现有的运行：\(names.joined(separator: "、"))，例如 \(example)"
        case .phaseWasLastAt(let facility, let phase, let week):
            "\(facility) 最后一次处于 \(phase) 阶段是第 \(week) 周：输入 'goto \(week)' 可以回到那时；'run until' 只能等待尚未到来的阶段"
        case .didYouMeanEither(let a, let b): "你是不是想输入 '\(a)' 或 '\(b)'？"
        case .didYouMeanNumber(let x): "是不是想写 \(Format.literal(x))？（也可以写成 \(Format.literal(x * 100))%）"
        case .expectedOneOf(let words): "应为以下之一：" + words.joined(separator: ", ")
        case .forExample(let code): "例如：\(code)"
        case .decimalPoint(let w, let code): "小数要用小数点：写作 \(code)，而不是 \(w)"
        case .forExamples(let codes): "例如：" + codes.joined(separator: " 或 ")
        case .typeHelpForCommands: "输入 'help' 查看命令列表"
        case .kinds(let kinds): "干预类型：" + kinds.joined(separator: ", ")
        case .showInterventionsListsThem: "'show interventions' 会列出全部干预"
        case .interventionsAre(let ids): "现有干预：" + ids.joined(separator: ", ")
        case .noInterventions: "目前没有任何干预"
        case .putTextInQuotes(let code): "把文字放在英文双引号中：\(code)"
        case .putFileNameInQuotes(let code): "把文件名放在引号中：\(code)"
        case .writeValueRightAfter(let key, let without): "在 \(key) 之后直接写值，不要写 \(without)"
        case .settingsAreNameAndValue(let code): "设置由名称和值组成，如 '\(code)'"
        case .showTargets: "可以 show community、resident 名字、facility 名字、interventions、government、parameters，或直接写名字"
        case .showResidentByNumber(let code): "按编号查看居民，请写 '\(code)'"
        case .useStraightQuotes: "文字请放在英文直双引号中：\"...\""
        case .oneCommandPerLine: "每行只写一条命令：请把下一条命令写在新的一行"
        case .punctuationIsASCII:
            "请用英文（半角）标点：= != < <= > >= . ( ) , 和 \"…\"（全角的 （）＝＜＞！，． 和 “” 会按对应的半角标点读取）"
        case .digitsAreASCII(let wide, let ascii):
            "数字请用半角输入：\(ascii) 而不是 \(wide)（把输入法切换到半角）"
        case .notValidUTF8: "文件此处不是有效的 UTF-8 文本"
        case .useNotEqualOrNot: "比较请用 '!='，否定条件请用 'not'"
        case .spaceBetweenNumberAndWord: "数字和单词之间要留一个空格"
        case .escapesAre: "可用的转义有 \\\"、\\\\、\\n 和 \\t"
        case .addClosingQuote: "在文字末尾加上 '\"'"
        case .addClosingParenthesis: "加上一个 ')'"
        case .parenthesisNotClosed(let column): "第 \(column) 列的 '(' 没有闭合"
        case .useAtMostOperators(let n): "一个条件最多使用 \(n) 个运算符"
        case .useAtMostNesting(let n): "括号最多嵌套 \(n) 层"
        case .compareIt(let code): "请拿它作比较，如 \(code)"
        case .compareSomethingWithIt(let code): "请拿某个字段与它比较，如 \(code)"
        case .countOrRateInstead(let code): "改用 count 或 rate，如 \(code)"
        case .comparisonHasFieldAndValue: "比较的一边是字段、另一边是值，如 age = older"
        case .compareNumbersWithNumbers: "数字只能与数字比较，如 efficacy > 0.5"
        case .groupByCategories: "可按 age、tenure、building 或设施的 stage、channel 分组（如 shed.stage）"
        case .namedResidentsNeed(let n): "已命名的居民至少需要 \(n) 位居民"
        case .wordOfTheLanguage: "它是语言中的关键词，请换一个名字"
        case .chooseAnotherName: "请换一个名字，例如 shed"
        case .chooseAnotherResidentName: "请换一个名字，例如 alice"
        case .undoTakesBackCommands: "undo 撤销的是改变了运行的命令（各种声明、step、run、back、fork 等）"
        case .forkFirst: "先复制一个孪生运行：fork care"
        case .noColonBeforeCommands: "coprod 的命令前面不加 ':'：输入 help"
        case .withoutParentheses(let code): "coprod 的命令不带括号：输入 \(code)"
        case .countsWeeksAlready(let code): "这个数字本身就是周数：\(code)"
        case .weekIsJustANumber(let code): "周次直接写数字即可：\(code)"
        case .plotItOverWeeks(let code): "要看它逐周的变化：\(code)"
        case .raiseSizeFirst: "请先扩大社区规模"
        case .drawTiesAtWeekZero: "邻里关系在第 0 周生成；先输入 reset，再设定楼栋"
        case .writeOneOfItsFields(let code): "请写它的某个字段，如 \(code)"
        case .writeWithFacility(let code): "请连同设施一起写，如 \(code)"
        case .noFacilitiesYet: "目前还没有设施"
        case .addFacilityFirst: "目前还没有设施；可这样添加：facility shed cost 60"
        case .nameResidentFirst(let name, let count):
            "请先命名（resident \(name) age older），或使用编号（1…\(count)）"
        case .modelIsAtWeek(let w): "模型现在处于第 \(w) 周"
        case .startNowOrLater: "请从现在或以后开始，或输入 reset 回到第 0 周"
        case .toReplace(let code): "如要覆盖：\(code)"
        case .loadsItself(let p): "'\(p)' 是否直接或间接地加载了它自己？"
        case .typeLessonToList: "输入 'lesson' 查看课程列表"
        case .typeLessonOneToStart: "输入 'lesson 1' 开始第一课"
        case .mustBeBetween(let key, let low, let high):
            "\(key) 须在 \(Format.literal(low)) 与 \(Format.literal(high)) 之间"
        case .languagesAre: "可选语言：en（English）、zh（中文）"
        case .usage(let line): "用法：\(line)"
        case .usageAndExample(let command):
            "用法：\(HelpCatalogue.entry(named: command)?.syntax(in: .zh) ?? command)；例如："
                + (HelpCatalogue.entry(named: command)?.example ?? command)
        case .countsWeeksNotYears(let years, let code):
            "\(code.split(separator: " ").first ?? "run") 按周计数：\(years) 年写作 \(code)"
        case .seeHelpFor(let command): "'\(command) --help' 列出全部选项"
        case .optionTakesWholeNumber(let o, let low): "\(o) 须为不小于 \(low) 的整数"
        case .experimentOptionsNeedScript: "--set、--weeks、--csv 和 --jsonl 需要一个脚本 <file>"
        case .plotNeedsReplicates: "--plot 需要同时给出 --replicates N（扫描的图用 coprod sweep --plot 画）"
        case .useSeedOption: "请用 --seed 给出基础种子；每次运行的种子都由它推导"
        case .residentsAreNotVaried: "居民的特征按人口构成抽取；请改变 profile 或设施的属性"
        case .keysAre(let code): "设置项写成 GROUP.KEY 或 FACILITY.KEY，例如 \(code)"
        case .addForceOrResume: "加 --force 覆盖它，或加 --resume 接着运行"
        case .axisForm(let option):
            "写成 \(option) KEY=VALUES 或 \(option) KEY=LOW:HIGH:STEP，中间不留空格：\(option) shed.salience=0.3,0.6,0.9"
        case .continueWithResume: "加 --resume 再运行同一条命令即可续跑"
        case .metricsAre(let list): "指标：\(list)"
        case .smallerCommunityOrMoreMemory: "请选择更小的规模，或给进程更多内存（ulimit -v、容器的内存上限）"
        case .fewerFacilitiesOrMoreMemory: "请减少设施或缩小社区规模，或给进程更多内存（ulimit -v、容器的内存上限）"
        }
    }
}

extension Expectation {
    var chinese: String {
        switch self {
        case .settingName: "设置名称"
        case .facilityName: "设施名称"
        case .newFacilityName: "新名字"
        case .facilityNameOrAll: "设施名称或 'all'"
        case .interventionKind: "干预类型"
        case .interventionNumber: "干预编号"
        case .residentNameOrNumber: "居民名字或编号"
        case .parameterName: "参数名称"
        case .numberOfWeeks: "周数"
        case .numberOfWeeksOrUntil: "周数或 'until'"
        case .whatToShow: "要查看的对象"
        case .field: "字段"
        case .fieldName: "字段名称"
        case .condition: "条件"
        case .value: "值"
        case .commandName: "命令名称"
        case .lessonNumberOrEnd: "课程编号或 'end'"
        case .language: "语言（en 或 zh）"
        case .runName: "运行的名字"
        case .quotedTitle: "带引号的标题"
        case .quotedPartTitle: "带引号的小节标题"
        case .quotedText: "带引号的文字"
        case .quotedQuestion: "带引号的问题"
        case .quotedCommand: "带引号的命令"
        case .quotedHint: "带引号的提示"
        case .quotedTranslation: "带引号的中文文字"
        case .predictionAnswer: "你的预测（一个数字、一个选项，或上升、下降、不变，也可以写 up、down、same）"
        case .lessonPartNumber: "节的编号"
        case .keyword(let w): " '\(w)'"
        }
    }
}

extension Thing {
    var chinese: String {
        switch self {
        case .resident: "居民"
        case .facility: "设施"
        case .field: "字段"
        case .residentField: "居民字段"
        case .facilityField: "设施字段"
        case .interventionKind: "干预类型"
        case .parameter: "参数"
        case .parameterGroup: "参数组"
        case .typologyThreshold: "类型学阈值"
        case .beneficiaryGroup: "受益群体"
        case .showTarget: "查看对象"
        case .lesson: "课程"
        case .helpTopic: "帮助主题"
        case .run: "运行"
        case .setting(let group): "\(group.chinese)设置"
        case .value(let key): key == "value" ? "取值" : " \(key) 取值"
        }
    }
}

extension SettingGroup {
    var chinese: String {
        switch self {
        case .community: "社区"
        case .resident: "居民"
        case .facility: "设施"
        case .government: "政府"
        case .intervention: "干预"
        case .parameter: "模型常数"
        case .typology: "类型划分阈值"
        }
    }
}

extension FileError {
    var chinese: String {
        switch self {
        case .missing(let p): "没有文件 '\(p)'"
        case .notAFile(let p): "'\(p)' 是文件夹，不是文件"
        case .notRegular(let p, let kind): "'\(p)' 是\(kind.chinese)，不是普通文件；coprod 只读写普通文件"
        case .symlink(let p, let target): "'\(p)' 是指向 '\(target)' 的符号链接；coprod 不通过链接写入（请直接写出文件本身）"
        case .parentIsFile(let p, let parent): "无法写入 '\(p)'：'\(parent)' 是文件，不是文件夹"
        case .noFolder(let p, let folder): "无法写入 '\(p)'：没有文件夹 '\(folder)'"
        case .folderPath(let p): "无法写入 '\(p)'：以 '/' 结尾的是文件夹名；请加上文件名"
        case .folderNotWritable(let p, let folder): "无法写入 '\(p)'：文件夹 '\(folder.isEmpty ? "." : folder)' 不可写"
        case .tooLarge(let p): "'\(p)' 大于 \(FileAccess.maxFileBytes >> 20) MB"
        case .unreadable(let p): "无法读取 '\(p)'"
        case .writeFailed(let p, let code): "无法写入 '\(p)'：\(Self.chineseReason(code))"
        }
    }

    /// A short Chinese reason for a system error number.
    static func chineseReason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "没有这个文件或文件夹"
        case EISDIR: "这是一个文件夹"
        case EPIPE: "读取端已关闭"
        case EFBIG: "文件太大"
        case EBADF: "文件描述符无效"
        case ENOSPC: "磁盘已满"
        case EDQUOT: "磁盘配额已用完"
        case EROFS: "文件系统只读"
        case EACCES, EPERM: "没有权限"
        case ENAMETOOLONG: "文件名太长"
        case EIO: "输入/输出错误"
        default: "系统错误 \(code)（\(reason(code))）"
        }
    }
}

extension FileKind {
    var chinese: String {
        switch self {
        case .folder: "文件夹"
        case .symlink: "符号链接"
        case .fifo: "命名管道（FIFO）"
        case .characterDevice: "字符设备"
        case .blockDevice: "块设备"
        case .socket: "套接字"
        case .unknown: "非普通文件"
        }
    }
}
