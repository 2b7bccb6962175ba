import CoprodModel

/// A part of a lesson, `lesson N part K` (1-based).
public struct LessonPartRef: Hashable, Sendable {
    public var lesson: Int
    public var part: Int

    public init(lesson: Int, part: Int) {
        self.lesson = lesson
        self.part = part
    }
}

/// Every message a diagnostic can carry — the error itself, its hint and its notes — as a value
/// with typed arguments. The words live in one catalogue per language (`Message+English.swift`,
/// `Message+Chinese.swift`): each is an exhaustive `switch`, so the compiler refuses a message
/// that one language lacks. Texts are lower-case and end without a full stop.
///
/// Arguments named `quoted` are source text already quoted for display (`'stpe'`, see `Quoting`);
/// `code` arguments are coprod commands, shown as they are in every language.
public enum Message: Hashable, Sendable {
    // MARK: Lexical
    case unexpectedCharacter(quoted: String)
    case invalidNumber(quoted: String)
    /// A resident written as a Chinese sentence says it (`1号居民`): she is her number alone.
    case residentWrittenInWords(quoted: String)
    case numberTooLarge
    case unknownEscape(String)
    case unterminatedString
    case lineTooLong(kilobytes: Int)

    // MARK: Syntax
    /// `expected WHAT [after 'PREV'][, found 'TOKEN']`.
    case expected(Expectation, after: String?, found: String?)
    case expectedValueAfter(quoted: String, found: String?)
    case expectedCommand(found: String)
    case unknownCommand(quoted: String)
    case unexpectedAfterCommand(quoted: String)
    case unbalancedClosingParenthesis
    case unclosedParenthesis
    case expectedClosingParenthesis(found: String)
    case appearsTwice(quoted: String)
    case expressionTooLong
    case expressionTooDeep
    case expectedFileName(after: String)
    case expectedQuotedFileName(after: String)

    // MARK: Names, fields and values
    /// `unknown THING 'NAME'`.
    case unknown(Thing, name: String)
    case facilityIsNotAField(String)
    case fieldNeedsFacility(String)
    case needsNumber(key: String)
    /// `--vary budget=2,x` or `--set budget=x`: the value that is not a number.
    case needsNumberNot(key: String, found: String)
    /// A comparison with a number outside the field's range (a warning: the query still runs).
    case comparedOutsideRange(field: String, low: Double, high: Double)
    /// `run until shed.phase = planning` once the shed has left planning (phases only move forward).
    case phaseAlreadyLeft(facility: String, asked: String, current: String, since: Int?)
    /// `run until shed.progress > 2`: no value of the field satisfies the comparison.
    case untilOutsideRange(field: String, low: Double, high: Double)
    case outOfRange(key: String, written: String)
    case mustBeWhole(key: String)
    case needsOneOf(key: String, words: [String])
    case takesOneValue(key: String)
    case needsQuotedString(key: String)
    case categoryIsNotCondition(field: String)
    case numberIsNotCondition
    case stringIsNotCondition
    case categoryHasNoMean(field: String)
    case expectedFieldOrValue
    case categoryNeedsEquality(field: String)
    case categoryNeedsWord(field: String, example: String)
    case notANumber(String)
    case cannotGroupBy(field: String)

    // MARK: Declarations
    case sizeTooSmallForNames(size: Int)
    /// `partner on F` without `budget B` (spec §12).
    case partnerNeedsBudget
    /// `partner off F` followed by settings.
    case partnerOffTakesNothing
    case cannotNameResident(String)
    case noFreeResident
    case buildingOnlyAtWeekZero
    case cannotNameFacility(String)
    /// A field written with its Chinese name (`by 年龄`): fields are the language's words.
    case fieldIsWrittenAs(word: String, field: String)
    /// `车棚` typed for the facility named `shed`.
    case facilityIsNamedHere(word: String, name: String)
    /// A key typed with its Chinese name where only its word is read (`服务` for `serves`).
    case keyIsWrittenAs(word: String, key: String)
    /// `rename facility shed shed`.
    case renameToSameName(String)
    /// A facility's name that a resident already has, or the reverse (`show NAME` and `explain`
    /// would not know which is meant).
    case nameIsAResident(String)
    case nameIsAFacility(String)
    case tooManyFacilities(limit: Int)
    case servesNeedsScope
    case servesAllTakesNothing
    case servesNeedsValue(scope: String)
    case windowEndsBeforeStart(end: Int, start: Int)
    case weekInPast(week: Int, now: Int)
    case tooManyInterventions(limit: Int)
    case noSuchIntervention(quoted: String)
    case model(ModelError)

    // MARK: Running, files, sessions, lessons
    case wouldPassLastWeek(limit: Int)
    case filesSwitchedOff
    case lessonStatementOutsideLesson
    /// `sweep` in a script or a library session: only the REPL and `coprod sweep` run sweeps.
    case sweepOnlyAtTheREPL
    case emptyFileName
    case fileExists(path: String)
    case file(FileError)
    case loadNestedTooDeep(limit: Int)
    case noSuchLesson(Int)
    case noLessonRunning
    case noSuchPart(lesson: Int, parts: Int)
    case lessonStatementBeforePart(statement: String)
    case onlyLessonStatementsAfterPart
    case lessonNeedsPart
    case translationWithoutText
    case unknownLanguage(String)
    /// `hints maybe`.
    case expectedOnOrOff(String)

    // MARK: Experiments (`coprod run --set`, `coprod sweep`, `coprod merge`; docs/EXPERIMENTS.md)
    case unknownExperimentKey(String)
    case ambiguousExperimentKey(String, choices: [String])
    case keyNotVariable(String)
    case expectedKeyValue(option: String, found: String)
    case badAxisRange(key: String, written: String)
    case axisTwice(String)
    /// `--set KEY=a --set KEY=b`: the key and both values as written.
    case setTwice(key: String, first: String, second: String)
    /// The hint: keep one `--set` for the key.
    case keepOneSet(code: String)
    case unknownMetric(String)
    case badShard(String)
    case tooManyRuns(count: Int, limit: Int)
    case outputExists(path: String)
    case resumeNeedsFile
    case resumeOtherSweep(path: String)
    case shardOtherSweep(path: String)
    case notASweepFile(path: String)
    case shardMissing(index: Int, count: Int)
    /// `coprod merge` given shard `index`/`count` twice, as `first` and as `second` (maybe one path).
    case shardTwice(index: Int, count: Int, first: String, second: String)
    /// `coprod merge`: a shard of the other format than the output (by extension).
    case shardFormatDiffers(path: String, output: String, jsonLines: Bool)
    case shardIncomplete(path: String, done: Int, total: Int)
    case runsFailed(failed: Int, total: Int)
    case sweepStopped(done: Int, total: Int)
    case sweepPlan(runs: Int, cells: Int, replicates: Int, jobs: Int)
    /// A shard's plan: its runs `first`…`last` (from 1) of the sweep's `total`.
    case shardPlan(shard: Int, of: Int, first: Int, last: Int, total: Int, cells: Int, replicates: Int, jobs: Int)
    case sweepProgress(done: Int, total: Int, perSecond: Double, secondsLeft: Int?, failed: Int)
    /// `validate` at the REPL: the stage (`facts`, `mutants`, `sensitivity`), its work done of
    /// its total, and the time left when known.
    case validateProgress(stage: String, done: Int, total: Int, secondsLeft: Int?)
    /// `validate` stopped by Ctrl-C before it finished; nothing of the session changed.
    case validateStopped
    case runFinished(run: Int, total: Int, cell: Int, replicate: Int, seed: UInt64, seconds: Double, error: String?)
    case summaryHeading(cells: Int, runs: Int, failed: Int)
    case summaryCell(cell: Int, axes: String, n: Int)
    case summaryColumns
    case summaryMore(shown: Int, all: Int)
    case summaryWritten(path: String)
    case merged(shards: Int, runs: Int, path: String)
    case latinNeedsAxes
    case replicatesNeedOutput
    case needsMemory(residents: Int, megabytes: Int, mayUse: Int)
    /// `community size N` above the largest size the session accepts (`limit`): the memory it
    /// would need, and what the process may use (nil when no limit could be read).
    case sizeAboveLimit(residents: Int, limit: Int, megabytes: Int, mayUse: Int?)
    /// A facility added to a large community: the memory the change needs, with `facilities` then.
    case facilityNeedsMemory(residents: Int, facilities: Int, megabytes: Int, mayUse: Int)
    case plotAgainstAxis(metric: String, axis: String)
    case plotOverWeeks(metric: String, replicates: Int)
    case plotBand
    case plotNeedsAxis
    case plotWritten(svg: String, spec: String)

    // MARK: Notes (one-line outputs)
    case communityRenamed(String)
    case scenarioReplaced(Rebuild, size: Int, profile: Profile, seed: UInt64, wasWeek: Int?)
    case backAtWeekZero(was: Int, folded: Int)
    /// `remove intervention N`: what it was (`target` nil: all facilities; `end` nil: open-ended),
    /// and the numbers of the later ones that each moved down by one (at week 0, where the
    /// interventions are kept numbered 1, 2, … as a saved script gives them).
    case removedIntervention(
        id: Int, kind: String, target: String?, start: Int, end: Int?, movedDown: ClosedRange<Int>?)
    /// `partner on F budget B fee φ` / `partner off F` (spec §12).
    case partnerOn(facility: String, budget: Double, fee: Double)
    case partnerRemoved(facility: String)
    case noPartner(facility: String)
    /// `remove facility NAME`: the interventions that went with it and the facilities left.
    case removedFacility(name: String, interventions: [Int], remaining: [String])
    case renamedFacility(from: String, to: String)
    case nothingToUndo
    case runExists(String)
    case cannotGoBack(weeks: Int, week: Int)
    case compareNeedsTwoRuns
    /// `plot`: more series than one chart shows.
    case tooManySeries(count: Int, limit: Int)
    /// `watch`: the fields watched now.
    case watching([String])
    case watchingNothing
    case watchStopped(count: Int)
    /// `hist` of a field with one value for the week.
    case histNeedsResidentField(String)
    /// `undo`: the command taken back, and where the current run now is.
    case undid(line: String, run: String, week: Int)
    /// `back` / `goto` to an earlier week; `dropped` changes made after it are gone.
    case rewound(week: Int, dropped: Int)
    case forked(name: String, from: String, week: Int)
    case switched(name: String, week: Int)
    /// `compare`: residents whose stage or channel differ, and how to see why.
    case residentsDiffer(count: Int, shown: Int)
    case explainInEitherRun(code: String, other: String)
    /// `compare` of runs at different weeks: the differences include the weeks between them.
    case comparingDifferentWeeks(a: String, weekA: Int, b: String, weekB: Int)
    /// `plot … in A B`: run `run` is behind `latest`, so its line stops at its week.
    case plottingDifferentWeeks(run: String, week: Int, latest: String, latestWeek: Int)
    case thresholdsSet(autonomy: Double, publicness: Double)
    case parameterSet(name: String, value: Double)
    case saved(week: Int, scenario: String, path: String)
    case exported(week: Int, path: String)
    /// `export residents|facilities|series to "F"`: how many rows, at which week.
    case exportedTable(ExportTable, rows: Int, week: Int, path: String)
    /// `coprod run FILE --set …`: the values put into the script's scenario, before its echo.
    case runsWithSettings([String])
    /// `coprod run FILE --seed S` over a script that sets its own seed.
    case scriptSeedReplaced(script: UInt64, option: UInt64)
    /// A batch run or sweep of a script with no `step` or `run` line and no `--weeks`: week 0 only.
    case noWeeksRun(file: String)
    case loaded(path: String, scenario: String, week: Int, facilities: Int)
    case alreadyTrue(week: Int)
    case interrupted(week: Int, steps: Int)
    case conditionNotReachedByLastWeek(limit: Int)
    case conditionNotReached(steps: Int, week: Int)
    case noInterventionsYet
    case noLessonsFound(folders: [String])
    case lessonStarted(number: Int, title: Bilingual, parts: Int)
    case lessonTry([String])
    case lessonHints([Bilingual])
    case lessonEnded(backAtWeek: Int?)
    /// What `lesson end` leaves behind: the lesson's run (its week, and how many runs with its
    /// forks) and the progress kept (the part the student was at, or nil once the lesson is done).
    case lessonRunDropped(number: Int, week: Int, runs: Int, part: Int?, parts: Int)
    /// `lesson end` when the lesson's run has got somewhere: asked before dropping it.
    case endLessonQuestion(number: Int, week: Int, runs: Int)
    /// `lesson M` during lesson N whose run has got somewhere: asked before dropping that run.
    case switchLessonQuestion(from: Int, to: Int, week: Int, runs: Int)
    /// `lesson end` (or `lesson M` during lesson N) answered no.
    case lessonGoesOn(number: Int)
    case partDone
    case lessonComplete(Int)
    case notYet(Bilingual)
    /// A lesson part's check that fails after a command of its kind: the failing comparison as the
    /// lesson wrote it, the values it reads now (`week 2000`) and the check's hint.
    case notYetBecause(condition: String, values: [String], hint: Bilingual?)
    /// A part that asks for a command with a file (`save "first-steps.coprod"`) got another file.
    case notYetOtherFile(command: String, asked: String, typed: String)
    /// A part whose failing check asks for a later week (`week = 11`, now 6): the command that gets
    /// there from here (`step 5`).
    case notYetWeeksLeft(condition: String, values: [String], command: String)
    /// A part whose failing check asks for a week the run has gone past: `goto WEEK` goes back to
    /// it, `lesson N part K` starts the part again.
    case notYetWeekPassed(condition: String, values: [String], week: Int, startAgain: LessonPartRef)
    /// A part that sets something up and then runs to a week, whose set-up check fails after the run
    /// has moved on from `from`, the week the part began at: start the part again, then its commands.
    case notYetStartAgain(condition: String, values: [String], from: Int, [String], startAgain: LessonPartRef)
    /// The run has facilities the lesson does not have (`facility 车棚 …` typed for the shed), so its
    /// numbers are not the lesson's: with the failing check (if one fails), the lesson's facilities,
    /// and the way back — `remove facility` while they have not been in a step of the run, else
    /// starting the part again.
    case notYetOtherFacilities(
        condition: String?, values: [String], [String], lessonHas: [String], startAgain: LessonPartRef?)
    /// `answer X` recorded; `replaced` when it changes an earlier answer.
    case predictionNoted(String, replaced: Bool)
    /// A prediction given in an earlier session for the part the student is back at.
    case predictionKept(String)
    /// The student's prediction next to the result (`result`: the reveal field and its value).
    case predictionResult(answer: String?, result: String?)
    /// The part's `because` sentence.
    case predictionBecause(Bilingual)
    case noPredictionInPart
    /// The answer after three wrong attempts: the commands to type.
    case lessonAnswer([String])
    /// The answer after three attempts that have left the part's path: its commands, typed after
    /// `lesson N part K` starts the part again.
    case lessonAnswerFromStart([String], lesson: Int, part: Int)
    /// `lesson N part K` replayed the commands of parts 1…K−1.
    case lessonJumped(part: Int, commands: Int)
    /// `lesson N` of a lesson left at part K earlier: back at part K, the `commands` of the
    /// earlier parts replayed.
    case lessonResumed(number: Int, part: Int, commands: Int)
    /// `lesson N` inside lesson N, at part K: the part is shown again, nothing is lost.
    case lessonAlreadyAt(number: Int, part: Int)
    /// `lesson N part K` from inside part K: it starts afresh without the `dropped` commands typed in it.
    case lessonPartAfresh(part: Int, dropped: Int)
    /// The interventions added in the part are not those it asks for: the one asked for (kind,
    /// target, nil for every facility, and its `try` line), and the one the run has instead (nil
    /// when it lacks it), with the way back (`startAgain` once the run has moved on).
    case notYetOtherIntervention(
        askedKind: InterventionKind, askedTarget: String?, command: String?, kind: InterventionKind?,
        target: String?, id: Int?, startAgain: LessonPartRef?)
    /// The run is where the part asks for, but the looks it ends with (`rate shed.joined`) came
    /// before it: the commands to type now.
    case notYetLookNow([String])
    /// Every command of the part has been typed and a check still fails: the run went astray in an
    /// earlier part, and starting this one again replays the lesson's own.
    case notYetTypedAll(condition: String, values: [String], startAgain: LessonPartRef)
    /// Back at the part left in an earlier session: the commands typed in it then were typed again
    /// (those that write or read files were not: `skipped`; `notKept` more were not kept).
    case lessonTypedReplayed([String], skipped: [String], notKept: Int, lesson: Int, part: Int)
    /// Back at the part left in an earlier session: the commands typed in it then could not be
    /// typed again (one failed), so the part starts afresh and they are to be typed again.
    case lessonTypedNotReplayed([String])
    /// `clear` during a lesson removed the scenario its parts are about: the lesson stops.
    case lessonStoppedByClear(number: Int, part: Int)
    case languageSet(Language)
    /// Ctrl-C while a community of `residents` was being built: the session keeps its community
    /// of `kept` residents at week `week`.
    case buildCancelled(residents: Int, kept: Int, week: Int)
    /// The progress line on standard error while a large community is built.
    case buildingCommunity(residents: Int, percent: Int)
    /// Ctrl-C while run `run` was being rebuilt to week `toWeek` (`back`, `goto`, `undo`): the
    /// session keeps run `kept` at week `week`.
    case rebuildCancelled(run: String, toWeek: Int, kept: String, week: Int)
    /// The progress line on standard error while a run is rebuilt from week 0 to `week`.
    case rebuildingRun(run: String, week: Int, residents: Int, percent: Int)
    /// `hints on|off`: whether the typing hints are shown.
    case typingHints(on: Bool)
    /// The REPL's question before `save` or `export` replaces a file (`[y/N]` stays as typed).
    case overwriteQuestion(path: String)
    /// `clear` in the REPL, on a scenario with facilities or weeks run.
    case discardQuestion(facilities: Int, week: Int)
    case keptScenario
    /// `quit` or Ctrl-D at the REPL while `runs` runs (main and its twins) are not saved.
    case quitDiscardsRunsQuestion(runs: Int)
    /// …answered no: the session goes on.
    case notQuitting
    /// `runs` in Chinese: the first run keeps its name `main`, typed as it is shown.
    case mainRunNote
    /// `facility NAME …` typed at the prompt added a facility beside others: all the names now.
    case newFacility(name: String, all: [String])
    /// …and the current lesson part is about `meant`, not the new one.
    case didYouMeanFacility(meant: String, new: String)
    /// `clear`'s question answered with something other than yes or no: it is asked again.
    case answerYesOrNo

    // MARK: `coprod demo`
    /// What the trainer may press at a `pause` of `coprod demo`.
    case demoPausePrompt
    /// The demo ran to its last line.
    case demoFinished(file: String)
    /// The trainer pressed q (or Ctrl-C, `interrupted`) at line `line` of the demo.
    case demoStopped(file: String, line: Int, interrupted: Bool)
    /// After a demo on a terminal, the REPL goes on with the demo's session.
    case demoSessionContinues

    // MARK: The command line and batch runs (standard error)
    /// An option coprod does not have (`--sed`).
    case unknownOption(String)
    /// An option given without its value (`--seed` at the end); `option` is its synopsis, `--seed <N>`.
    case missingOptionValue(option: String)
    /// A value an option cannot take (`--seed abc`, `--seed -1`).
    case invalidOptionValue(value: String, option: String)
    /// Arguments left over once the script file is known.
    case unexpectedArguments([String])
    /// A command-line error swift-argument-parser reported in words coprod does not know; the
    /// detail is its text, shown as it came.
    case commandLineNotUnderstood(detail: String)
    /// `--replicates 0`, `--max-steps 20000`, …
    case optionOutOfRange(option: String, low: Int, high: Int)
    /// `--lang fr`.
    case optionUnknownLanguage(String)
    case jsonNeedsScript
    case replicatesNeedScript
    /// `coprod sweep` without a script.
    case sweepNeedsScript
    /// `coprod sweep --progress fancy`.
    case progressStyleUnknown(String)
    /// `coprod sweep --sample cube 5`.
    case sampleNeedsLatin
    /// `coprod merge` without the file to write.
    case mergeNeedsOutput
    /// `coprod merge out.csv` without shard files.
    case mergeNeedsShards
    /// `coprod demo` without a script.
    case demoNeedsScript
    /// `coprod: interrupted at week N` (Ctrl-C) or `terminated` (SIGTERM) in a batch run.
    case stoppedAtWeek(week: Int, interrupted: Bool)
    /// `coprod run FILE --replicates R` stopped by Ctrl-C (or SIGTERM) before its `count` replicates
    /// finished: the one JSON document is not written.
    case replicatesStopped(count: Int, interrupted: Bool)
    /// Standard output failed in a batch run, with the system's error number.
    case cannotWriteStandardOutput(errorNumber: Int32)
    case standardOutputClosed
    /// A script file that cannot be opened or read, with the system's error number.
    case cannotReadScript(path: String, errorNumber: Int32)
    case scriptTooLarge(path: String, megabytes: Int)

    // MARK: Hints
    case didYouMean(String)
    /// A run name that is not one: the runs there are, and the line again with one of them.
    case runsAre([String], example: String)
    /// The last week a facility was in a phase it has left, and how to go back there.
    case phaseWasLastAt(facility: String, phase: String, week: Int)
    /// Two words at the same distance from what was typed, the likelier first (`setp`: step, set).
    case didYouMeanEither(String, String)
    /// `did you mean 0.8?` for a number written as a percentage of a 0–1 field.
    case didYouMeanNumber(Double)
    case expectedOneOf([String])
    case forExample(code: String)
    case forExamples([String])
    case typeHelpForCommands
    case kinds([String])
    case showInterventionsListsThem
    case interventionsAre([String])
    case noInterventions
    case putTextInQuotes(code: String)
    case putFileNameInQuotes(code: String)
    case writeValueRightAfter(key: String, without: String)
    case settingsAreNameAndValue(code: String)
    case showTargets
    case showResidentByNumber(code: String)
    case useStraightQuotes
    /// After `；` or `;`: there is no statement separator.
    case oneCommandPerLine
    /// After full-width punctuation coprod does not read (`：`, `。`, `、`, …).
    case punctuationIsASCII
    /// After a full-width digit (`５`): numbers are typed in ASCII.
    case digitsAreASCII(fullWidth: String, ascii: String)
    case notValidUTF8
    case useNotEqualOrNot
    case spaceBetweenNumberAndWord
    case escapesAre
    case addClosingQuote
    case addClosingParenthesis
    case parenthesisNotClosed(column: Int)
    case useAtMostOperators(Int)
    case useAtMostNesting(Int)
    case compareIt(code: String)
    case compareSomethingWithIt(code: String)
    case countOrRateInstead(code: String)
    case comparisonHasFieldAndValue
    case compareNumbersWithNumbers
    case groupByCategories
    case namedResidentsNeed(Int)
    case wordOfTheLanguage
    case chooseAnotherName
    case chooseAnotherResidentName
    case undoTakesBackCommands
    /// Habits from other tools: `:help`, `exit()`, `step 10 weeks`, `from week 10`.
    case noColonBeforeCommands
    case withoutParentheses(code: String)
    case countsWeeksAlready(code: String)
    /// `0,4`: a decimal comma; numbers take a point.
    case decimalPoint(written: String, code: String)
    case weekIsJustANumber(code: String)
    case forkFirst
    case plotItOverWeeks(code: String)
    case raiseSizeFirst
    case drawTiesAtWeekZero
    case writeOneOfItsFields(code: String)
    case writeWithFacility(code: String)
    case noFacilitiesYet
    case addFacilityFirst
    case nameResidentFirst(name: String, count: Int)
    case modelIsAtWeek(Int)
    case startNowOrLater
    case toReplace(code: String)
    case loadsItself(path: String)
    case typeLessonToList
    case typeLessonOneToStart
    case mustBeBetween(key: String, low: Double, high: Double)
    case languagesAre
    /// The hint under a command-line error: where the options are described.
    case seeHelpFor(command: String)
    /// `usage: coprod [run] …` under a command-line error.
    case usage(String)
    /// A command typed without what it needs: its syntax line (in the language's placeholders)
    /// and its help page's example.
    case usageAndExample(command: String)
    /// `run 1 year`: the number counts weeks (`code`: the run for those years).
    case countsWeeksNotYears(years: Int, code: String)
    /// `--seed` takes a whole number from `low` on.
    case optionTakesWholeNumber(option: String, low: Int)
    /// `--weeks 1.5`, `--weeks -1`: the option's whole numbers.
    case optionTakesWholeNumberBetween(option: String, low: Int, high: Int)
    case useSeedOption
    case experimentOptionsNeedScript
    case plotNeedsReplicates
    case residentsAreNotVaried
    case keysAre(code: String)
    case addForceOrResume
    /// `--resume` on another sweep's file: its first header line that differs, and this sweep's.
    case headerDiffers(file: String, sweep: String)
    /// A malformed axis (`vary shed.salience 0.2,0.8`): its form, with `option` (`vary`, `--vary`).
    case axisForm(option: String)
    case continueWithResume
    case metricsAre(String)
    case smallerCommunityOrMoreMemory
    case fewerFacilitiesOrMoreMemory
}

/// What an `expected …` message asks for.
public enum Expectation: Hashable, Sendable {
    case settingName, facilityName, newFacilityName, facilityNameOrAll, interventionKind, interventionNumber
    case residentNameOrNumber, parameterName, numberOfWeeks, numberOfWeeksOrUntil, whatToShow
    case field, fieldName, condition, value, commandName, lessonNumberOrEnd, language
    case runName
    case quotedTitle, quotedPartTitle, quotedText, quotedQuestion, quotedCommand, quotedHint, quotedTranslation
    case predictionAnswer, lessonPartNumber
    /// A keyword that must come next, e.g. `'intervention'` after `remove`.
    case keyword(String)
}

/// What an `unknown …` message names.
public enum Thing: Hashable, Sendable {
    case resident, facility, field, residentField, facilityField, interventionKind, parameter
    case parameterGroup, typologyThreshold, beneficiaryGroup, showTarget, lesson, helpTopic, run
    /// A key of a declaration: `unknown facility setting 'x'`.
    case setting(SettingGroup)
    /// A word for a key's value: `unknown profile 'x'`.
    case value(key: String)
}

extension Message {
    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: english
        case .zh: chinese
        }
    }
}

/// Why the scenario was rebuilt at week 0.
public enum Rebuild: Hashable, Sendable {
    /// `community size/profile/seed …`.
    case community
    /// `clear`.
    case empty
    /// `set kIn 4` and the other parameters that shape the population.
    case parameter(name: String, value: Double)
}
