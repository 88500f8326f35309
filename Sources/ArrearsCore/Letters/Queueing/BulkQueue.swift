/// Turning a bulk plan into queue items, the same from `arrears letters queue` and from the
/// workbench's bulk letters: the plan's cases read in batches before it is made, one item per case
/// with the shared letter ids (template, date, case, tenant) so that a letter queued or sent today is
/// never queued twice, each item carrying the copy of its case the plan read (the queue writes from
/// it while the stored version is still the copy's), and the re-check of a case that changed since.
public enum BulkQueue {
    public struct Items: Sendable {
        public var cases: [BulkLetterItem]
        public var letters: Int
        /// Letters left out because the same letter is already queued or sent today.
        public var alreadyQueued: Int
    }

    /// The cases a plan names, read before the plan is made. `resolve` turns a typed reference (tenancy
    /// or payment) into a case reference; `load` reads all of them at once (`CaseStore.loadCases`, a few
    /// hundred cases per query), where looking each up as the plan goes cost a query per child table
    /// per case (3.4 s of a 20,000-reference run). The plan's look-ups and the queue items read them here.
    public struct Cases: Sendable {
        private var files: [String: CaseFile] = [:]
        private var caseRefs: [String: String] = [:]

        public init(rawReferences: String, resolve: (String) -> String?, load: ([String]) throws -> [CaseFile]) throws {
            var wanted: [String] = []
            for reference in ReferenceList.parse(rawReferences).references {
                guard let ref = resolve(reference) else { continue }
                caseRefs[reference] = ref
                wanted.append(ref)
            }
            for file in try load(Array(Set(wanted)).sorted()) { files[file.ref] = file }
        }

        /// The plan's `lookup`: the case a typed reference names, as read.
        public func lookup(_ reference: String) -> CaseFile? { caseRefs[reference].flatMap { files[$0] } }

        public func file(ref: String) -> CaseFile? { files[ref] }
    }

    public static func items(plan: BulkLetterPlan, cases: Cases, author: String, asOf: CivilDate, at: Timestamp) -> Items {
        var order: [String] = []
        var byRef: [String: [PreparedLetter]] = [:]
        for ready in plan.ready {
            let ref = ready.letter.rendered.accountRef
            if byRef[ref] == nil { order.append(ref) }
            byRef[ref, default: []].append(ready.letter)
        }
        var skipped = 0
        var items: [BulkLetterItem] = []
        for ref in order {
            let prepared = byRef[ref] ?? []
            let copy = cases.file(ref: ref)
            let made = queueable(prepared, stored: copy?.letters ?? [], author: author, asOf: asOf, at: at)
            skipped += made.alreadyQueued
            if !made.letters.isEmpty {
                items.append(BulkLetterItem(ref: ref, expectedVersion: prepared.first?.rendered.caseVersion, letters: made.letters,
                                            preview: copy))
            }
        }
        return Items(cases: items, letters: items.reduce(0) { $0 + $1.letters.count }, alreadyQueued: skipped)
    }

    /// One case's prepared letters as letters to queue, with the shared ids; a letter already queued
    /// or sent today for the same tenant (in `stored` or earlier in this list) is counted, not repeated.
    public static func queueable(_ prepared: [PreparedLetter], stored: [Letter], author: String, asOf: CivilDate,
                                 at: Timestamp) -> (letters: [LetterToQueue], alreadyQueued: Int) {
        var letters: [LetterToQueue] = []
        var skipped = 0
        for letter in prepared {
            guard case .new(let id) = LetterIds.assign(letter.rendered, asOf: asOf, existing: stored + letters.map(\.letter)) else {
                skipped += 1
                continue
            }
            guard let queued = letter.queuedLetter(id: id, author: author, at: at) else { continue }
            letters.append(LetterToQueue(letter: queued, diaryCode: letter.rendered.template.diaryCode))
        }
        return (letters, skipped)
    }

    /// A case the nightly run (or a colleague) changed since the plan is prepared again from the stored
    /// case, with its fresh `figures`, and queued if it still can be; otherwise it throws why not.
    public static func recheck(template: LetterTemplate, asOf: CivilDate, sender: LetterSender, role: Role, author: String,
                               at: Timestamp, figures: @escaping (CaseFile) -> LetterFigures) -> BulkLetterRecheck {
        { fresh in
            let prepared = LetterPreparation.prepare(template, caseFile: fresh, figures: figures(fresh), asOf: asOf, sender: sender, role: role)
            let problems = prepared.problems + prepared.letters.flatMap(\.verdict.problems)
            guard problems.isEmpty else { throw ActionRefused(problems.map(\.message).joined(separator: "; ")) }
            let made = queueable(prepared.letters, stored: fresh.letters, author: author, asOf: asOf, at: at)
            guard !made.letters.isEmpty else { throw ActionRefused("its letters are already queued today") }
            return BulkLetterItem(ref: fresh.ref, expectedVersion: fresh.account.version, letters: made.letters)
        }
    }
}
