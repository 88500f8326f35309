/// A place in an import file: the file as named on the command line, line and column from 1.
public struct ImportLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }

    public static func < (a: ImportLocation, b: ImportLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }

    /// `accounts.csv:12:5`
    public var text: String { "\(file):\(line):\(column)" }
}

/// One thing wrong with an import, printed the way compilers print errors so that editors can jump to it.
public struct ImportProblem: Hashable, Sendable, CustomStringConvertible {
    public var location: ImportLocation
    public var message: String

    public init(_ location: ImportLocation, _ message: String) { self.location = location; self.message = message }

    /// `accounts.csv:12:5: start_date '2024-13-01' is not a date; write dates as YYYY-MM-DD`
    public var description: String { "\(location.text): \(message)" }
}

/// Why an import was refused. Nothing from a refused import is written anywhere.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    /// Every problem, in file order (the files in the order given, then line, then column). A problem
    /// with no place in a file (a file that cannot be read) is at line 1, column 1.
    public var problems: [ImportProblem]
    public static let defaultLimit = 100

    public init(problems: [ImportProblem]) { self.problems = problems }

    /// One problem a line, at most `limit` of them, then how many more there were.
    public func report(limit: Int = ImportFailure.defaultLimit) -> String {
        // One problem a line, always: a value echoed from a broken file may hold line breaks, and a
        // continuation line would read as a problem without a place.
        var lines = problems.prefix(limit).map { Self.oneLine($0.description) }
        if problems.count > limit { lines.append("and \(problems.count - limit) more problems") }
        lines.append("Nothing was imported: correct the files and import them again.")
        return lines.joined(separator: "\n")
    }

    public var description: String { report() }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "↵")
    }
}

/// What a successful import read: whole cases, ready to save, and users.
public struct ImportBatch: Sendable, Equatable {
    /// In the order of the accounts files.
    public var cases: [CaseFile]
    public var users: [User]

    public init(cases: [CaseFile], users: [User]) { self.cases = cases; self.users = users }

    public var transactionCount: Int { cases.reduce(0) { $0 + $1.transactions.count } }

    /// `Read 120 accounts, 14,210 transactions, 9 users.`
    public var summary: String {
        "Read \(cases.count) accounts, \(transactionCount) transactions, \(users.count) users."
    }
}
