import Foundation

/// Reads every case with two connections at once (the nightly run's reading, docs/storage.md): this
/// thread's connection reads the even pages, a second connection on another thread the odd ones, and
/// `body` still sees every case in reference order on this thread. The second reader stays at most one
/// page ahead of `body`, so a page or two is all that is ever held in memory.
///
/// Each page is a closed range of references cut from the list read first on this thread's connection,
/// so an account added or removed meanwhile (outside a write transaction) is never read twice and never
/// shifts another out. The second connection reads all its pages inside one read transaction, so it
/// sees one state of the store throughout: the last committed one when its first page is read. That
/// this is the state this thread's connection sees is the caller's to ensure (`SQLCaseStore.snapshotReader`,
/// docs/storage.md "Two readers for the nightly run").
struct PagedReadAhead {
    let first: CaseReader
    let second: CaseReader
    let pageSize: Int

    func forEachCase(refs: [String], _ body: (CaseFile) throws -> Void) throws {
        let pageCount = (refs.count + pageSize - 1) / pageSize
        let ranges = (0..<pageCount).map { (refs[$0 * pageSize], refs[min(refs.count, ($0 + 1) * pageSize) - 1]) }
        let ahead = ReadAhead()
        let second = UncheckedReader(second)
        DispatchQueue.global().async {
            ahead.run {
                try second.reader.connection.transaction(immediate: false) {
                    for k in stride(from: 1, to: pageCount, by: 2) {
                        guard ahead.waitForRoom() else { return }
                        ahead.put(try second.reader.page(from: ranges[k].0, through: ranges[k].1))
                    }
                }
            }
        }
        defer { ahead.stop() }
        for k in 0..<pageCount {
            let page = k % 2 == 0
                ? try first.connection.transaction(immediate: false) { try first.page(from: ranges[k].0, through: ranges[k].1) }
                : try ahead.take()
            for stored in page { try body(stored.file) }
        }
    }
}

/// The second reader, handed to one other thread and used there alone until `ReadAhead.stop` returns.
private struct UncheckedReader: @unchecked Sendable {
    let reader: CaseReader
    init(_ reader: CaseReader) { self.reader = reader }
}

/// The hand-over between the reading thread and the caller: one page at a time, the error that ended
/// the reading, and a stop that the reading thread notices before its next page.
private final class ReadAhead: @unchecked Sendable {
    private let condition = NSCondition()
    private var page: [StoredCase]?
    private var failure: Error?
    private var stopped = false
    private var finished = false

    /// Runs the reading, recording how it ended.
    func run(_ read: () throws -> Void) {
        do { try read() } catch {
            condition.lock(); failure = error; condition.unlock()
        }
        condition.lock(); finished = true; condition.broadcast(); condition.unlock()
    }

    /// Waits until the last page was taken; false once the caller stopped.
    func waitForRoom() -> Bool {
        condition.lock(); defer { condition.unlock() }
        while page != nil && !stopped { condition.wait() }
        return !stopped
    }

    func put(_ next: [StoredCase]) {
        condition.lock(); page = next; condition.broadcast(); condition.unlock()
    }

    /// The next page, or the reading's error.
    func take() throws -> [StoredCase] {
        condition.lock(); defer { condition.unlock() }
        while page == nil && failure == nil && !finished { condition.wait() }
        if let next = page {
            page = nil
            condition.broadcast()
            return next
        }
        throw failure ?? StoreError.sqlite(code: 0, message: "the second reader ended before the last page", context: "reading cases")
    }

    /// Tells the reading to stop and waits until it has, so its connection is idle when this returns.
    func stop() {
        condition.lock(); defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
    }
}
