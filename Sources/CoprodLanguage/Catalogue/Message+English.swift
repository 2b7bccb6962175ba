import CoprodModel
import Foundation

// The English catalogue of `Message`. One case, one text; lower-case, no final full stop.
extension Message {
    /// `not yet: this part checks week = 11, which does not hold (now: week 6)`: a lesson part's
    /// failing check, as the lesson wrote it, with what its fields read now.
    /// `role transformation (role-shift) on all facilities`.
    static func intervention(_ kind: InterventionKind, on target: String?) -> String {
        "\(Terms.kindName(kind).en) (\(kind.rawValue)) on " + (target ?? "all facilities")
    }

    static func checkFails(_ condition: String, _ values: [String]) -> String {
        "not yet: this part checks \(condition), which does not hold"
            + (values.isEmpty ? "" : " (now: \(values.joined(separator: ", ")))")
    }

    var english: String {
        switch self {
        case .unexpectedCharacter(let c): "unexpected character \(c)"
        case .residentWrittenInWords(let q):
            "\(q) is not a resident's number: a resident is written by her number alone"
        case .invalidNumber(let q): "invalid number \(q)"
        case .numberTooLarge: "number is too large"
        case .unknownEscape(let e): "unknown escape '\\\(e)' in string"
        case .unterminatedString: "unterminated string"
        case .lineTooLong(let kb): "line is longer than \(kb) KB"
        case .expected(let what, let after, let found):
            "expected \(what.english)" + (after.map { " after \($0)" } ?? "") + (found.map { ", found \($0)" } ?? "")
        case .expectedValueAfter(let key, let found):
            "expected a value after \(key)" + (found.map { ", found \($0)" } ?? "")
        case .expectedCommand(let found): "expected a command, found \(found)"
        case .unknownCommand(let q): "unknown command \(q)"
        case .unexpectedAfterCommand(let q): "unexpected \(q) after the command"
        case .unbalancedClosingParenthesis: "unbalanced parenthesis: ')' has no matching '('"
        case .unclosedParenthesis: "unbalanced parenthesis: '(' is not closed"
        case .expectedClosingParenthesis(let found): "expected ')', found \(found)"
        case .appearsTwice(let q): "\(q) appears twice"
        case .expressionTooLong: "expression is too long"
        case .expressionTooDeep: "expression nested too deeply"
        case .expectedFileName(let head): "expected a file name after \(head)"
        case .expectedQuotedFileName(let head): "expected a file name in quotes after \(head)"
        case .unknown(let thing, let name): "unknown \(thing.english) '\(name)'"
        case .facilityIsNotAField(let name): "'\(name)' is a facility, not a field"
        case .fieldNeedsFacility(let name): "'\(name)' needs a facility"
        case .phaseAlreadyLeft(let facility, let asked, let current, let since):
            "\(facility).phase = \(asked) can never hold again: \(facility) "
                + (since.map { "has been in \(current) since week \($0)" } ?? "is in \(current)")
                + ", and phases only move forward (planning → design → construction → maintenance); nothing was run"
        case .untilOutsideRange(let field, let low, let high):
            "\(field) runs from \(Format.literal(low)) to \(Format.literal(high)), so this condition can never hold; nothing was run"
        case .comparedOutsideRange(let field, let low, let high):
            "\(field) runs from \(Format.literal(low)) to \(Format.literal(high)), so this comparison is always true or always false"
        case .needsNumber(let key): "'\(key)' needs a number"
        case .needsNumberNot(let key, let found): "'\(key)' needs a number, not '\(found)'"
        case .outOfRange(let key, let written): "\(key) \(written) is out of range"
        case .mustBeWhole(let key): "\(key) must be a whole number"
        case .needsOneOf(let key, let words): "'\(key)' needs one of: \(words.joined(separator: ", "))"
        case .takesOneValue(let key): "'\(key)' takes one value"
        case .needsQuotedString(let key): "'\(key)' needs a quoted string"
        case .categoryIsNotCondition(let f): "'\(f)' is a category, not a condition"
        case .numberIsNotCondition: "a number is not a condition"
        case .stringIsNotCondition: "a string is not a condition"
        case .categoryHasNoMean(let f): "'\(f)' is a category; it has no mean"
        case .expectedFieldOrValue: "expected a field or a value here"
        case .categoryNeedsEquality(let f): "'\(f)' is a category; compare it with = or !="
        case .categoryNeedsWord(let f, let example): "'\(f)' is a category; compare it with a word such as \(example)"
        case .notANumber(let w): "'\(w)' is not a number"
        case .cannotGroupBy(let f): "cannot group by '\(f)': it is a continuous number"
        case .sizeTooSmallForNames(let size): "size \(size) is too small for the named residents"
        case .partnerNeedsBudget: "a market partner needs its budget (work units a week)"
        case .partnerOffTakesNothing: "'partner off' takes only the facility's name"
        case .cannotNameResident(let n): "'\(n)' cannot name a resident"
        case .noFreeResident: "no free resident to name"
        case .buildingOnlyAtWeekZero: "a building can only be set at week 0"
        case .cannotNameFacility(let n): "'\(n)' cannot name a facility"
        case .fieldIsWrittenAs(let w, let f): "fields are written in the language's words: '\(w)' is '\(f)'"
        case .facilityIsNamedHere(let w, let name):
            "'\(w)' is the facility named '\(name)' here: did you mean '\(name)'?"
        case .keyIsWrittenAs(let w, let k): "write it as '\(k)' ('\(w)' is its Chinese name)"
        case .renameToSameName(let n): "the facility is already called '\(n)'"
        case .nameIsAResident(let n): "'\(n)' is already a resident's name"
        case .nameIsAFacility(let n): "'\(n)' is already a facility's name"
        case .tooManyFacilities(let limit): "too many facilities (limit \(limit))"
        case .servesNeedsScope: "'serves' needs all, building N, age A or tenure T"
        case .servesAllTakesNothing: "'serves all' takes nothing more"
        case .servesNeedsValue(let scope): "'serves \(scope)' needs a value"
        case .windowEndsBeforeStart(let e, let s): "the window ends (week \(e)) before it starts (week \(s))"
        case .weekInPast(let w, let now): "week \(w) is in the past (now week \(now))"
        case .tooManyInterventions(let limit): "too many interventions (limit \(limit))"
        case .noSuchIntervention(let q): "there is no intervention \(q)"
        case .model(let e):
            switch e {
            case .outOfRange(let name, let v, let r):
                "\(name) \(Format.literal(v)) is out of range (\(Format.literal(r.lowerBound))…\(Format.literal(r.upperBound)))"
            case .unknownParameter(let n): "there is no model constant '\(n)'"
            case .duplicateFacility(let n): "there is already a facility '\(n)'"
            case .unknownFacility(let n): "unknown facility '\(n)'"
            case .tooMany(let what, let limit): "too many \(what) (limit \(limit))"
            case .cancelled(let n): "the build of a community of \(Format.grouped(n)) residents was cancelled"
            }
        case .wouldPassLastWeek(let limit): "that would pass week \(limit), the longest run coprod keeps"
        case .filesSwitchedOff: "files are switched off in this session"
        case .lessonStatementOutsideLesson: "this statement belongs in a lesson file"
        case .sweepOnlyAtTheREPL:
            "a sweep runs at the coprod prompt or as 'coprod sweep FILE', not inside a script"
        case .emptyFileName: "the file name is empty"
        case .fileExists(let p): "'\(p)' already exists"
        case .file(let e): e.message
        case .loadNestedTooDeep(let limit): "load is nested more than \(limit) deep"
        case .noSuchLesson(let n): "there is no lesson \(n)"
        case .noLessonRunning: "no lesson is running"
        case .noSuchPart(let n, let parts): "lesson \(n) has parts 1 to \(parts)"
        case .lessonStatementBeforePart(let s): "'\(s)' must come after a 'part'"
        case .onlyLessonStatementsAfterPart: "only say, predict, because, try, check and zh may follow a 'part'"
        case .lessonNeedsPart: "a lesson needs at least one 'part'"
        case .translationWithoutText: "'zh' must follow a title, part, say, predict, because or check with a hint"
        case .unknownLanguage(let w): "unknown language '\(w)'"
        case .expectedOnOrOff(let w): "expected on or off, not '\(w)'"
        case .unknownExperimentKey(let k): "unknown setting '\(k)'"
        case .ambiguousExperimentKey(let k, let choices):
            "'\(k)' could be \(choices.joined(separator: " or ")); write it in full"
        case .keyNotVariable(let k): "'\(k)' cannot be set or varied in an experiment"
        case .expectedKeyValue(let option, let found): "\(option) needs KEY=VALUE, found '\(found)'"
        case .badAxisRange(let key, let written):
            "the range '\(written)' of \(key) needs LOW:HIGH:STEP with LOW ≤ HIGH and STEP above 0"
        case .axisTwice(let k): "\(k) is varied twice"
        case .setTwice(let k, let a, let b): "--set gives \(k) twice (\(a), then \(b))"
        case .keepOneSet(let code): "give each key once, e.g. \(code)"
        case .unknownMetric(let m): "unknown metric '\(m)'"
        case .badShard(let w): "--shard needs I/N with 0 ≤ I < N, found '\(w)'"
        case .tooManyRuns(let count, let limit): "\(count) runs is more than the \(limit) one sweep may have"
        case .outputExists(let p): "'\(p)' already exists"
        case .resumeNeedsFile: "--resume needs --csv FILE or --jsonl FILE to continue from"
        case .resumeOtherSweep(let p):
            "'\(p)' was written by another sweep (its header differs), so it cannot be resumed"
        case .shardOtherSweep(let p): "'\(p)' belongs to another sweep than the first shard"
        case .notASweepFile(let p): "'\(p)' is not a coprod sweep output"
        case .shardMissing(let i, let n): "shard \(i)/\(n) is missing"
        case .shardTwice(let i, let n, let first, let second):
            first == second
                ? "shard \(i)/\(n) is given twice ('\(first)')"
                : "shard \(i)/\(n) is given twice: '\(first)' and '\(second)'"
        case .shardFormatDiffers(let p, let out, let jsonLines):
            jsonLines
                ? "'\(p)' is JSON Lines and '\(out)' would be CSV; merge shards into a file of their format"
                : "'\(p)' is CSV and '\(out)' would be JSON Lines; merge shards into a file of their format"
        case .shardIncomplete(let p, let done, let total):
            "'\(p)' is incomplete: \(done) of its \(total) runs; finish it with --resume"
        case .runsFailed(let failed, let total):
            "\(failed) of \(total) \(total == 1 ? "run" : "runs") failed; their rows give the seed and the error"
        case .sweepStopped(let done, let total): "stopped after \(done) of \(total) runs; every finished run is kept"
        case .sweepPlan(let runs, let cells, let replicates, let jobs):
            "\(runs) \(runs == 1 ? "run" : "runs"): \(cells) \(cells == 1 ? "cell" : "cells") × \(replicates) "
                + "\(replicates == 1 ? "replicate" : "replicates"), \(jobs) \(jobs == 1 ? "job" : "jobs")"
        case .shardPlan(let i, let n, let first, let last, let total, let cells, let replicates, let jobs):
            "shard \(i)/\(n): runs \(first)–\(last) of \(total) (\(cells) \(cells == 1 ? "cell" : "cells") × \(replicates) "
                + "\(replicates == 1 ? "replicate" : "replicates")), \(jobs) \(jobs == 1 ? "job" : "jobs")"
        case .sweepProgress(let done, let total, let rate, let left, let failed):
            "\(done)/\(total) runs · \(Format.fixed(rate, 1)) runs/s"
                + (left.map { " · \(Format.duration($0)) left" } ?? "")
                + (failed > 0 ? " · \(failed) failed" : "")
        case .validateProgress(let stage, let done, let total, let left):
            switch stage {
            case "mutants":
                "validate: mutant \(done)/\(total)" + (left.map { " · \(Format.duration($0)) left" } ?? "")
            case "sensitivity": "validate: sensitivity…"
            default: "validate: facts, mechanism checks and calibration…"
            }
        case .validateStopped: "validate stopped before it finished (Ctrl-C); the session is unchanged"
        case .runFinished(let run, let total, let cell, let replicate, let seed, let seconds, let error):
            "run \(run + 1)/\(total) (cell \(cell), replicate \(replicate), seed \(seed)): "
                + (error.map { "failed: \($0)" } ?? "done in \(Format.fixed(seconds, 2)) s")
        case .summaryHeading(let cells, let runs, let failed):
            "summary of \(runs) \(runs == 1 ? "run" : "runs") in \(cells) \(cells == 1 ? "cell" : "cells")"
                + (failed > 0 ? " (\(failed) failed, left out)" : "")
        case .summaryCell(let cell, let axes, let n):
            "cell \(cell)" + (axes.isEmpty ? "" : " · \(axes)") + " · n = \(n)"
        case .summaryColumns: "metric|mean|sd|95% CI"
        case .summaryMore(let shown, let all):
            "\(shown) of \(all) metrics shown; --metrics chooses them, --summary FILE writes every one"
        case .summaryWritten(let p): "summary written to '\(p)'"
        case .merged(let shards, let runs, let p): "merged \(shards) shards, \(runs) runs, into '\(p)'"
        case .latinNeedsAxes: "--sample latin needs at least one axis (--vary or a vary line)"
        case .plotAgainstAxis(let metric, let axis): "\(metric) against \(axis): mean and 95% CI of each cell's runs"
        case .plotOverWeeks(let metric, let replicates):
            "\(metric) over the weeks: mean and 95% CI of \(replicates) \(replicates == 1 ? "replicate" : "replicates")"
        case .plotBand: "95% CI"
        case .plotNeedsAxis: "--plot needs an axis (--vary or a vary line) to put along the x axis"
        case .plotWritten(let svg, let spec): "plot written to '\(svg)' and its Vega-Lite spec to '\(spec)'"
        case .needsMemory(let n, let mb, let may):
            "a community of \(Format.grouped(n)) residents needs about \(Format.grouped(mb)) MB; "
                + "this process may use \(Format.grouped(may)) MB"
        case .sizeAboveLimit(let n, let limit, let mb, let may):
            "a community of \(Format.grouped(n)) residents is larger than this session allows "
                + "(\(Format.grouped(limit)))"
                + (mb < 1
                    ? ""
                    : "; it would need about \(Format.grouped(mb)) MB"
                        + (may.map { ", and this process may use \(Format.grouped($0)) MB" } ?? ""))
        case .facilityNeedsMemory(let n, let f, let mb, let may):
            "another facility for \(Format.grouped(n)) residents (\(f) facilities then) needs about "
                + "\(Format.grouped(mb)) MB; this process may use \(Format.grouped(may)) MB"
        case .replicatesNeedOutput: "--csv and --jsonl with --replicates need the sweep's data: give a script <file>"
        case .communityRenamed(let n): "community \"\(n)\""
        case .scenarioReplaced(let why, let size, let profile, let seed, let was):
            {
                let head: String
                switch why {
                case .community: head = "community rebuilt"
                case .empty: head = "empty scenario"
                case .parameter(let name, let value): head = "\(name) = \(Format.literal(value)); community rebuilt"
                }
                return "\(head): \(size) residents, profile \(profile.rawValue), seed \(seed)"
                    + (was.map { "; back at week 0 (was week \($0))" } ?? "")
            }()
        case .backAtWeekZero(let was, let folded):
            "back at week 0 (was week \(was)), same scenario and seed"
                + (folded > 0
                    ? "; the \(folded) change\(folded == 1 ? "" : "s") made during the run now appl\(folded == 1 ? "ies" : "y") from week 0"
                    : "")
        case .undid(let line, let run, let week): "undid '\(line)'; \(run) is at week \(week)"
        case .rewound(let week, let dropped):
            "back at week \(week)"
                + (dropped > 0
                    ? "; \(dropped) change\(dropped == 1 ? "" : "s") made after it \(dropped == 1 ? "was" : "were") dropped (undo brings \(dropped == 1 ? "it" : "them") back)"
                    : "")
        case .forked(let name, let from, let week):
            "forked '\(name)' from '\(from)' at week \(week); commands now act on '\(name)' (switch \(from) to go back)"
        case .switched(let name, let week): "now on '\(name)', week \(week)"
        case .residentsDiffer(let count, let shown):
            count == 0
                ? "no resident's stage or channel differs"
                : "\(count) resident-facility pair\(count == 1 ? "" : "s") differ in stage or channel"
                    + (shown < count ? " (the first \(shown) shown)" : "")
        case .comparingDifferentWeeks(let a, let wa, let b, let wb):
            "note: \(a) is at week \(wa) and \(b) at week \(wb), so the differences include "
                + "\(abs(wb - wa)) weeks of running; bring the earlier one to week \(max(wa, wb)) first "
                + "(switch \(wa < wb ? a : b), goto \(max(wa, wb)))"
        case .plottingDifferentWeeks(let run, let week, let latest, let latestWeek):
            "note: \(run) is at week \(week) and \(latest) at week \(latestWeek), so \(run)'s line ends at week "
                + "\(week); bring it to week \(latestWeek) first (switch \(run), goto \(latestWeek))"
        case .explainInEitherRun(let code, let other):
            "why: \(code) here, or switch \(other) and \(code) there"
        case .nothingToUndo: "nothing to undo"
        case .runExists(let name): "there is already a run '\(name)'"
        case .cannotGoBack(let weeks, let week): "cannot go back \(weeks) weeks from week \(week)"
        case .compareNeedsTwoRuns: "compare needs two runs"
        case .tooManySeries(let count, let limit): "a plot shows at most \(limit) series; this one would have \(count)"
        case .watching(let fields):
            "watching \(fields.map { Terms.name(ofField: $0, key: Terms.modelMetricKey(ofField: $0), code: true, in: .en) ?? $0 }.joined(separator: ", ")): a sparkline after each step and run (watch off to stop)"
        case .watchingNothing: "nothing is watched; try: watch participation shed.active"
        case .watchStopped(let n): n == 0 ? "nothing was watched" : "stopped watching \(n) field\(n == 1 ? "" : "s")"
        case .histNeedsResidentField(let f): "'\(f)' has one value for the week, not one per resident"
        case .removedIntervention(let id, let kind, let target, let start, let end, let moved):
            "removed intervention \(id) (\(kind) on \(target ?? "all"), "
                + (end.map { "weeks \(start)–\($0)" } ?? "from week \(start)") + ")"
                + (moved.map { m in
                    m.count == 1
                        ? "; intervention \(m.lowerBound) is now \(m.lowerBound - 1)"
                        : "; interventions \(m.lowerBound)–\(m.upperBound) are now \(m.lowerBound - 1)–\(m.upperBound - 1)"
                } ?? "")
        case .partnerOn(let f, let b, let fee):
            "market partner on \(f): \(Format.literal(b)) work units a week until it is complete, fee \(Format.literal(fee))"
        case .partnerRemoved(let f): "removed the market partner of \(f)"
        case .noPartner(let f): "\(f) has no market partner"
        case .removedFacility(let name, let ivs, let left):
            "removed facility \(name)"
                + (ivs.isEmpty
                    ? ""
                    : " and the intervention\(ivs.count == 1 ? "" : "s") aimed at it: "
                        + ivs.map { "\($0)" }.joined(separator: ", "))
                + "; the community now has \(left.count)"
                + (left.isEmpty ? " facilities" : ": " + left.joined(separator: ", ")) + " (undo takes it back)"
        case .renamedFacility(let old, let new):
            "renamed facility \(old) to \(new); its state, past weeks and interventions keep going under the new name"
        case .thresholdsSet(let a, let p):
            "typology thresholds: autonomy \(Format.fixed(a)), publicness \(Format.fixed(p))"
        case .parameterSet(let name, let value): "\(name) = \(Format.literal(value))"
        case .saved(let week, let scenario, let path): "saved week \(week) of \"\(scenario)\" to \(path)"
        case .exported(let week, let path): "exported weeks 0–\(week) to \(path)"
        case .exportedTable(.series, _, let week, let path): "exported the series of weeks 0–\(week) to \(path)"
        case .exportedTable(.residents, let n, let week, let path):
            "exported \(n) resident\(n == 1 ? "" : "s") at week \(week) to \(path)"
        case .exportedTable(.facilities, let n, let week, let path):
            "exported \(n) facilit\(n == 1 ? "y" : "ies") at week \(week) to \(path)"
        case .runsWithSettings(let xs): "running with --set " + xs.joined(separator: ", ") + "; the scenario used:"
        case .scriptSeedReplaced(let script, let option): "seed \(script) from the script replaced by --seed \(option)"
        case .noWeeksRun(let file):
            "\(file) has no step or run line, so no week is run and every outcome is its week-0 value; "
                + "add --weeks N (e.g. --weeks 104)"
        case .loaded(let path, let scenario, let week, let n):
            "loaded \(path): \"\(scenario)\", week \(week), \(n) facilit\(n == 1 ? "y" : "ies")"
        case .alreadyTrue(let week): "already true at week \(week); nothing to do"
        case .interrupted(let week, let steps):
            "interrupted at week \(week) after \(steps) step\(steps == 1 ? "" : "s"); the model is consistent"
        case .conditionNotReachedByLastWeek(let limit):
            "condition not reached by week \(limit), the last week coprod runs"
        case .conditionNotReached(let steps, let week):
            "condition not reached after \(steps) \(steps == 1 ? "step" : "steps") (week \(week)); raise the cap with max N"
        case .noInterventionsYet: "no interventions (add one: intervene outreach on shed strength 0.8)"
        case .noLessonsFound(let folders):
            "no lessons found (looked in \(folders.joined(separator: ", ")); set COPROD_LESSONS to a folder of lessons)"
        case .lessonStarted(let n, let title, let parts):
            "Lesson \(n): \(title.en)  (\(parts) part\(parts == 1 ? "" : "s"); 'hint' for help, 'next' to skip a part, 'lesson end' to stop and return to your own session)"
        case .lessonTry(let tries): "try: " + tries.joined(separator: ", then ")
        case .lessonHints(let hints): "hint: " + hints.map(\.en).joined(separator: "; ")
        case .lessonEnded(let week):
            week.map { "lesson ended; back to your own session at week \($0)" } ?? "lesson ended"
        case .lessonRunDropped(let n, let w, let runs, let part, let parts):
            "dropped lesson \(n)'s run at week \(w)"
                + (runs > 1 ? " and its \(runs - 1) fork\(runs == 2 ? "" : "s")" : "")
                + "; kept your progress: "
                + (part.map { "part \($0) of \(parts) (lesson \(n)\($0 > 1 ? " part \($0)" : "") goes on from there)" }
                    ?? "lesson done")
        case .endLessonQuestion(let n, let w, let runs):
            "lesson end drops lesson \(n)'s run (week \(w)" + (runs > 1 ? ", \(runs) runs" : "")
                + "); your progress is kept and your own session comes back. End the lesson? [y/N] "
        case .switchLessonQuestion(let n, let m, let w, let runs):
            "lesson \(m) drops lesson \(n)'s run (week \(w)" + (runs > 1 ? ", \(runs) runs" : "")
                + "); your progress in lesson \(n) is kept. Start lesson \(m)? [y/N] "
        case .lessonGoesOn(let n): "lesson \(n) goes on (save keeps its run in a file before you end it)"
        case .partDone: "✓ done"
        case .lessonComplete(let n):
            "Lesson \(n) complete. You are still in the lesson's scenario: keep exploring it, type 'lesson' for the list, or 'lesson end' to return to your own session."
        case .notYet(let hint): "not yet: \(hint.en)"
        case .notYetBecause(let condition, let values, let hint):
            Self.checkFails(condition, values) + (hint.map { "; \($0.en)" } ?? "")
        case .notYetOtherFile(let command, let asked, let typed):
            "not yet: this part asks for \(command) \"\(asked)\", not \"\(typed)\""
        case .notYetWeeksLeft(let condition, let values, let command):
            Self.checkFails(condition, values) + "; from here, type \(command)"
        case .notYetWeekPassed(let condition, let values, let week, let again):
            Self.checkFails(condition, values)
                + "; the run is past week \(week): type goto \(week) to go back to it, or lesson \(again.lesson) part \(again.part) to start the part again"
        case .notYetStartAgain(let condition, let values, let from, let tries, let again):
            Self.checkFails(condition, values)
                + "; the part's commands start at week \(from), where it began, and the run has moved on since: "
                + "type lesson \(again.lesson) part \(again.part) to start the part again, then "
                + tries.joined(separator: ", then ")
        case .notYetOtherFacilities(let condition, let values, let names, let has, let again):
            (condition.map { Self.checkFails($0, values) + "; " } ?? "not yet: ")
                + names.joined(separator: ", ")
                + (names.count == 1 ? " is not a facility" : " are not facilities")
                + " of this lesson (it has \(has.joined(separator: ", "))), and the lesson's numbers assume only those: "
                + (again.map {
                    "type lesson \($0.lesson) part \($0.part) to start the part again without "
                        + (names.count == 1 ? "it" : "them")
                }
                    ?? "type " + names.map { "remove facility \($0)" }.joined(separator: ", then ") + " to take "
                    + (names.count == 1 ? "it" : "them") + " out")
        case .predictionNoted(let a, let replaced):
            (replaced ? "prediction changed to: " : "prediction noted: ") + Terms.direction(a, in: .en)
                + ". Now type the part's command."
        case .predictionKept(let a): "your prediction from last time is kept: \(a) (answer again to change it)"
        case .predictionResult(let a, let result):
            "you predicted: \(a.map { Terms.direction($0, in: .en) } ?? "(no answer)")"
                + (result.map { " · result: \($0)" } ?? "")
        case .predictionBecause(let why): "because: \(why.en)"
        case .noPredictionInPart: "this part asks for no prediction"
        case .lessonAnswer(let tries): "the answer: type " + tries.joined(separator: ", then ")
        case .lessonAnswerFromStart(let tries, let n, let part):
            "the answer: type " + tries.joined(separator: ", then ")
                + " from the start of this part; type lesson \(n) part \(part) to start it again"
        case .lessonJumped(let part, _) where part == 1: "now at part 1"
        case .lessonJumped(let part, let n):
            "replayed the \(n == 1 ? "command" : "\(n) commands") of "
                + (part == 2 ? "part 1" : "parts 1–\(part - 1)") + "; now at part \(part)"
        case .lessonStoppedByClear(let n, let part):
            "lesson \(n) stopped: clear removed the scenario it works on; type lesson \(n) part \(part) to start that part again"
        case .lessonResumed(let n, let part, let commands):
            "back at lesson \(n) part \(part), where you left it (replayed the "
                + (commands == 1 ? "command" : "\(commands) commands") + " of "
                + (part == 2 ? "part 1" : "parts 1–\(part - 1)") + "); type lesson \(n) part 1 to start over"
        case .lessonAlreadyAt(let n, let part):
            "you are at lesson \(n) part \(part) already, as you left it; type lesson \(n) part 1 to start over"
                + (part > 1 ? ", or lesson \(n) part \(part) to start this part again" : "")
        case .lessonPartAfresh(let part, let n):
            "part \(part) starts afresh: the " + (n == 1 ? "command" : "\(n) commands")
                + " you had typed in it " + (n == 1 ? "is" : "are") + " not typed again"
        case .notYetOtherIntervention(
            let askedKind, let askedTarget, let command, let kind, let target, let id, let again):
            "not yet: this part asks for \(Self.intervention(askedKind, on: askedTarget))"
                + (kind.map { k in
                    "; the run has "
                        + (k == askedKind
                            ? "it on " + (target ?? "all facilities") : Self.intervention(k, on: target) + " instead")
                        + (id.map { " (intervention \($0))" } ?? "")
                } ?? ", which the run does not have")
                + (again.map { "; type lesson \($0.lesson) part \($0.part) to start the part again" }
                    ?? id.map { "; type remove intervention \($0)" } ?? "")
                + (command.map { (again == nil && id == nil ? "; type " : ", then ") + $0 } ?? "")
        case .notYetLookNow(let commands):
            "not yet: the run is where this part asks for; now type " + commands.joined(separator: ", then ")
                + " to see the result from there"
        case .notYetTypedAll(let condition, let values, let again):
            Self.checkFails(condition, values)
                + "; you have typed this part's commands, so the run went another way in an earlier part: "
                + "type lesson \(again.lesson) part \(again.part) to start this part again from the lesson's own run"
        case .lessonTypedReplayed(let commands, let skipped, let notKept, let n, let part):
            ((commands.isEmpty
                ? []
                : [
                    "typed again the \(commands.count == 1 ? "command" : "\(commands.count) commands") you had typed in "
                        + "this part: " + commands.joined(separator: ", ")
                ])
                + (skipped.isEmpty
                    ? []
                    : [
                        "not typed again, as files are not written on the way: " + skipped.joined(separator: ", ")
                            + " (type \(skipped.count == 1 ? "it" : "them") again if the part asks for "
                            + (skipped.count == 1 ? "it" : "them") + ")"
                    ])
                + (notKept > 0 ? ["\(notKept) more you had typed \(notKept == 1 ? "was" : "were") not kept"] : [])
                + ["lesson \(n) part \(part) starts the part afresh"]).joined(separator: "; ")
        case .lessonTypedNotReplayed(let commands):
            "the commands you had typed in this part could not be typed again, so the part starts afresh: type "
                + commands.joined(separator: ", then ")
        case .languageSet: "language: English"
        case .buildCancelled(let n, let kept, let week):
            "cancelled building the community of \(Format.grouped(n)) residents (Ctrl-C); the session is as it was: "
                + "\(Format.grouped(kept)) residents, week \(week)"
        case .buildingCommunity(let n, let percent):
            "building the community of \(Format.grouped(n)) residents: \(percent)% (Ctrl-C cancels)"
        case .rebuildCancelled(let run, let to, let kept, let week):
            "cancelled rebuilding '\(run)' to week \(to) (Ctrl-C); the session is as it was: '\(kept)', week \(week)"
        case .rebuildingRun(let run, let week, let n, let percent):
            "rebuilding '\(run)' to week \(week) (\(Format.grouped(n)) residents): \(percent)% (Ctrl-C cancels)"
        case .typingHints(let on):
            on ? "hints: on (the syntax of the command being typed shows dimmed after the line)" : "hints: off"
        case .overwriteQuestion(let p): "overwrite '\(p)'? [y/N] "
        case .discardQuestion(let f, let w):
            "clear discards this scenario (\(f) facilit\(f == 1 ? "y" : "ies"), week \(w)); Ctrl-L only clears the screen. "
                + "Discard it? [y/N] "
        case .quitDiscardsRunsQuestion(let n):
            "the \(n) runs (main and its twins) are not saved: quitting discards them (`save \"FILE\"` keeps them "
                + "all). Quit anyway? [y/N] "
        case .notQuitting: "not quitting: the runs are all still here (`save \"FILE\"` keeps them)"
        case .mainRunNote:
            "main is the run you started with; fork makes the others. Type a run's name as shown: switch main."
        case .keptScenario: "kept the scenario (Ctrl-L clears the screen; undo takes back a clear)"
        case .newFacility(let name, let all):
            "new facility \(name); the community now has \(all.count): \(all.joined(separator: ", ")) (undo takes it back)"
        case .didYouMeanFacility(let meant, let new):
            "this part is about the \(meant): did you mean 'facility \(meant) …'? undo takes back \(new)"
        case .answerYesOrNo: "please answer y (yes) or n (no): "
        case .demoPausePrompt: "[Enter: go on · q: stop the demo] "
        case .demoFinished(let file): "end of the demo '\(file)'"
        case .demoStopped(let file, let line, let interrupted):
            "\(interrupted ? "interrupted" : "stopped") the demo '\(file)' at line \(line)"
        case .demoSessionContinues:
            "the demo's runs stay: type commands here (runs, compare, plot, undo …); quit or Ctrl-D leaves"
        case .unknownOption(let o): "unknown option '\(o)'"
        case .missingOptionValue(let o): "missing value for '\(o)'"
        case .invalidOptionValue(let v, let o): "the value '\(v)' is invalid for '\(o)'"
        case .unexpectedArguments(let args):
            args.count == 1
                ? "unexpected argument '\(args[0])'"
                : "\(args.count) unexpected arguments: " + args.map { "'\($0)'" }.joined(separator: ", ")
        case .commandLineNotUnderstood(let detail): "the command line is not understood: \(detail)"
        case .optionOutOfRange(let o, let low, let high): "\(o) must be between \(low) and \(high)"
        case .optionUnknownLanguage(let w): "--lang must be en or zh, not '\(w)'"
        case .jsonNeedsScript: "--json needs a script: give a <file> or pipe one to standard input"
        case .replicatesNeedScript: "--replicates needs a script <file>"
        case .sweepNeedsScript: "sweep needs a script <file>"
        case .progressStyleUnknown(let w): "--progress must be auto, bar, plain or none, not '\(w)'"
        case .sampleNeedsLatin: "--sample needs latin N, with N from 1"
        case .mergeNeedsOutput: "merge needs the file to write, then the shard files"
        case .mergeNeedsShards: "merge needs at least one shard file after the file to write"
        case .demoNeedsScript:
            "demo needs the script to show, for example 'coprod demo examples/demos/emotional-engagement.coprod'"
        case .stoppedAtWeek(let week, let interrupted): "\(interrupted ? "interrupted" : "terminated") at week \(week)"
        case .replicatesStopped(let count, let interrupted):
            "\(interrupted ? "interrupted" : "terminated") before the \(count) replicates finished; no report was written"
        case .cannotWriteStandardOutput(let code): "cannot write to standard output: \(String(cString: strerror(code)))"
        case .standardOutputClosed: "standard output is closed; command output is discarded"
        case .cannotReadScript(let p, let code): "cannot read '\(p)': \(String(cString: strerror(code)))"
        case .scriptTooLarge(let p, let mb): "'\(p)' is larger than \(mb) MB, the longest script coprod runs"
        case .didYouMean(let w): "did you mean '\(w)'?"
        case .runsAre(let names, let example): "the runs are \(names.joined(separator: ", ")): for example \(example)"
        case .phaseWasLastAt(let facility, let phase, let week):
            "\(facility) was last in \(phase) at week \(week): 'goto \(week)' goes back there; 'run until' can wait only for a phase still ahead"
        case .didYouMeanEither(let a, let b): "did you mean '\(a)' or '\(b)'?"
        case .didYouMeanNumber(let x): "did you mean \(Format.literal(x))? (or write \(Format.literal(x * 100))%)"
        case .expectedOneOf(let words): "expected one of: " + words.joined(separator: ", ")
        case .forExample(let code): "for example: \(code)"
        case .decimalPoint(let w, let code): "decimals take a point: write \(code), not \(w)"
        case .forExamples(let codes): "for example: " + codes.joined(separator: ", or ")
        case .typeHelpForCommands: "type 'help' to list commands"
        case .kinds(let kinds): "kinds: " + kinds.joined(separator: ", ")
        case .showInterventionsListsThem: "'show interventions' lists them"
        case .interventionsAre(let ids): "interventions: " + ids.joined(separator: ", ")
        case .noInterventions: "there are no interventions"
        case .putTextInQuotes(let code): "put the text in double quotes: \(code)"
        case .putFileNameInQuotes(let code): "put the file name in quotes: \(code)"
        case .writeValueRightAfter(let key, let without): "write the value right after \(key), without \(without)"
        case .settingsAreNameAndValue(let code): "settings are a name and a value, e.g. '\(code)'"
        case .showTargets:
            "show community, resident NAME, facility NAME, interventions, government, parameters, or a name"
        case .showResidentByNumber(let code): "to show a resident by number, write '\(code)'"
        case .useStraightQuotes: "write text in straight double quotes: \"...\""
        case .oneCommandPerLine: "one command per line: put the next command on a line of its own"
        case .punctuationIsASCII:
            "use ASCII punctuation: = != < <= > >= . ( ) , and \"…\" (full-width （）＝＜＞！，． and “” are read as these)"
        case .digitsAreASCII(let wide, let ascii):
            "type numbers in half-width (ASCII) digits: \(ascii) instead of \(wide) (switch the input method to half-width)"
        case .notValidUTF8: "the file is not valid UTF-8 text here"
        case .useNotEqualOrNot: "use '!=' to compare, or 'not' to negate a condition"
        case .spaceBetweenNumberAndWord: "put a space between a number and a word"
        case .escapesAre: "the escapes are \\\", \\\\, \\n and \\t"
        case .addClosingQuote: "add a closing '\"' at the end of the text"
        case .addClosingParenthesis: "add a ')'"
        case .parenthesisNotClosed(let column): "the '(' at column \(column) is not closed"
        case .useAtMostOperators(let n): "use at most \(n) operators in one condition"
        case .useAtMostNesting(let n): "use at most \(n) levels of parentheses"
        case .compareIt(let code): "compare it, e.g. \(code)"
        case .compareSomethingWithIt(let code): "compare something with it, e.g. \(code)"
        case .countOrRateInstead(let code): "count or rate it instead, e.g. \(code)"
        case .comparisonHasFieldAndValue: "a comparison has one field and one value, e.g. age = older"
        case .compareNumbersWithNumbers: "compare numbers with numbers, e.g. efficacy > 0.5"
        case .groupByCategories: "group by age, tenure, building, or a facility's stage or channel (e.g. shed.stage)"
        case .namedResidentsNeed(let n): "the named residents need at least \(n) residents"
        case .wordOfTheLanguage: "it is a word of the language; choose another name"
        case .chooseAnotherName: "choose another name, e.g. shed"
        case .chooseAnotherResidentName: "choose another name, e.g. alice"
        case .undoTakesBackCommands:
            "undo takes back commands that changed a run (declarations, step, run, back, fork …)"
        case .forkFirst: "make a twin first: fork care"
        case .noColonBeforeCommands: "coprod commands have no ':' in front: type help"
        case .withoutParentheses(let code): "coprod commands take no parentheses: type \(code)"
        case .countsWeeksAlready(let code): "the number already counts weeks: \(code)"
        case .weekIsJustANumber(let code): "a week is just its number: \(code)"
        case .plotItOverWeeks(let code): "to see it over the weeks: \(code)"
        case .raiseSizeFirst: "raise the community size first"
        case .drawTiesAtWeekZero: "ties are drawn at week 0; type reset, then set the building"
        case .writeOneOfItsFields(let code): "write one of its fields, e.g. \(code)"
        case .writeWithFacility(let code): "write it with a facility, e.g. \(code)"
        case .noFacilitiesYet: "there are no facilities yet"
        case .addFacilityFirst: "there are no facilities yet; add one with: facility shed cost 60"
        case .nameResidentFirst(let name, let count):
            "name one first (resident \(name) age older) or use a number (1…\(count))"
        case .modelIsAtWeek(let w): "the model is at week \(w)"
        case .startNowOrLater: "start it now or later, or type reset to go back to week 0"
        case .toReplace(let code): "to replace it: \(code)"
        case .loadsItself(let p): "does '\(p)' load itself, directly or through another file?"
        case .typeLessonToList: "type 'lesson' to list the lessons"
        case .typeLessonOneToStart: "type 'lesson 1' to start one"
        case .mustBeBetween(let key, let low, let high):
            "\(key) must be between \(Format.literal(low)) and \(Format.literal(high))"
        case .languagesAre: "languages: en (English), zh (中文)"
        case .usage(let line): "usage: \(line)"
        case .usageAndExample(let command):
            "usage: \(HelpCatalogue.entry(named: command)?.syntax ?? command); for example: "
                + (HelpCatalogue.entry(named: command)?.example ?? command)
        case .countsWeeksNotYears(let years, let code):
            "\(code.split(separator: " ").first ?? "run") counts weeks: \(code) for "
                + (years == 1 ? "a year" : "\(years) years")
        case .seeHelpFor(let command): "'\(command) --help' describes every option"
        case .optionTakesWholeNumber(let o, let low): "\(o) takes a whole number, \(low) or more"
        case .experimentOptionsNeedScript: "--set, --weeks, --csv and --jsonl need a script <file>"
        case .plotNeedsReplicates: "--plot needs --replicates N (a sweep plots with coprod sweep --plot)"
        case .useSeedOption: "give the base seed with --seed; each run's seed is derived from it"
        case .residentsAreNotVaried:
            "a resident's traits are drawn from the profile; vary the profile or a facility instead"
        case .keysAre(let code): "keys are GROUP.KEY or FACILITY.KEY, e.g. \(code)"
        case .addForceOrResume: "add --force to replace it, or --resume to continue it"
        case .axisForm(let option):
            "write \(option) KEY=VALUES or \(option) KEY=LOW:HIGH:STEP, without spaces: \(option) shed.salience=0.3,0.6,0.9"
        case .continueWithResume: "run the same command with --resume to continue"
        case .metricsAre(let list): "metrics: \(list)"
        case .smallerCommunityOrMoreMemory:
            "choose a smaller size, or give the process more memory (ulimit -v, the container's limit)"
        case .fewerFacilitiesOrMoreMemory:
            "declare fewer facilities or a smaller community, or give the process more memory (ulimit -v, the container's limit)"
        }
    }
}

extension Expectation {
    var english: String {
        switch self {
        case .settingName: "a setting name"
        case .facilityName: "a facility name"
        case .newFacilityName: "the new name"
        case .facilityNameOrAll: "a facility name or 'all'"
        case .interventionKind: "an intervention kind"
        case .interventionNumber: "an intervention number"
        case .residentNameOrNumber: "a resident name or number"
        case .parameterName: "a parameter name"
        case .numberOfWeeks: "a number of weeks"
        case .numberOfWeeksOrUntil: "a number of weeks or 'until'"
        case .whatToShow: "what to show"
        case .field: "a field"
        case .fieldName: "a field name"
        case .condition: "a condition"
        case .value: "a value"
        case .commandName: "a command name"
        case .lessonNumberOrEnd: "a lesson number or 'end'"
        case .language: "a language (en or zh)"
        case .runName: "the name of a run"
        case .quotedTitle: "a quoted title"
        case .quotedPartTitle: "a quoted part title"
        case .quotedText: "a quoted text"
        case .quotedQuestion: "a quoted question"
        case .quotedCommand: "a quoted command"
        case .quotedHint: "a quoted hint"
        case .quotedTranslation: "a quoted Chinese text"
        case .predictionAnswer: "your prediction (a number, a choice, or up, down, same; 上升, 下降, 不变 too)"
        case .lessonPartNumber: "a part number"
        case .keyword(let w): "'\(w)'"
        }
    }
}

extension Thing {
    var english: String {
        switch self {
        case .resident: "resident"
        case .facility: "facility"
        case .field: "field"
        case .residentField: "resident field"
        case .facilityField: "facility field"
        case .interventionKind: "intervention kind"
        case .parameter: "parameter"
        case .parameterGroup: "parameter group"
        case .typologyThreshold: "typology threshold"
        case .beneficiaryGroup: "beneficiary group"
        case .showTarget: "thing to show"
        case .lesson: "lesson"
        case .helpTopic: "help topic"
        case .run: "run"
        case .setting(let group): group.english
        case .value(let key): key
        }
    }
}

extension SettingGroup {
    var english: String {
        switch self {
        case .community, .resident, .facility, .government, .intervention: "\(rawValue) setting"
        case .parameter: "model constant"
        case .typology: "typology threshold"
        }
    }
}
