import Foundation

/// A named CSV file held in memory.
public struct CSVSource: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) { self.name = name; self.bytes = bytes }
    public init(name: String, text: String) { self.name = name; self.bytes = Array(text.utf8) }
}

/// Reads a set of interchange CSV files (docs/data-formats.md) into whole cases and users. All or
/// nothing: any problem anywhere refuses the whole import, and every problem is reported with its
/// file, line and column. Reading the same files twice gives identical cases.
public enum CSVImporter {
    public static func load(files: [String]) -> Result<ImportBatch, ImportFailure> {
        var sources: [CSVSource] = []
        var unreadable: [ImportProblem] = []
        for path in files {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                sources.append(CSVSource(name: path, bytes: [UInt8](data)))
            } catch {
                let reason = (error as NSError).localizedFailureReason ?? "it does not exist or cannot be read"
                unreadable.append(ImportProblem(ImportLocation(file: path, line: 1, column: 1), "cannot read this file: \(reason)"))
            }
        }
        return load(sources: sources, extraProblems: unreadable, order: files)
    }

    public static func load(sources: [CSVSource]) -> Result<ImportBatch, ImportFailure> {
        load(sources: sources, extraProblems: [], order: sources.map(\.name))
    }

    private static func load(sources: [CSVSource], extraProblems: [ImportProblem],
                             order: [String]) -> Result<ImportBatch, ImportFailure> {
        var problems = extraProblems
        var rows = ImportedRows()
        for source in sources {
            read(source, into: &rows, problems: &problems)
        }
        var assembler = CaseAssembler()
        let batch = assembler.assemble(rows)
        problems += assembler.problems
        guard problems.isEmpty else { return .failure(ImportFailure(problems: inFileOrder(problems, order: order))) }
        return .success(batch)
    }

    private static func read(_ source: CSVSource, into rows: inout ImportedRows, problems: inout [ImportProblem]) {
        let file = source.name
        let document = CSVParser.parse(source.bytes)
        problems += document.problems.map { ImportProblem(ImportLocation(file: file, line: $0.line, column: $0.column), $0.message) }
        if !document.readToEnd, InterchangeTable.recognise(path: file, header: []) == .accounts {
            rows.accountsIncomplete = true
        }
        guard let header = document.records.first else {
            if document.problems.isEmpty {
                problems.append(ImportProblem(ImportLocation(file: file, line: 1, column: 1),
                                              "the file is empty; it needs a header row naming its columns"))
            }
            return
        }
        let names = header.fields.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let table = InterchangeTable.recognise(path: file, header: names) else {
            let known = InterchangeTable.allCases.map(\.fileName).joined(separator: ", ")
            problems.append(ImportProblem(ImportLocation(file: file, line: 1, column: 1),
                                          "cannot tell which table this file holds: name it after its table (\(known)) or give it that table's header row"))
            return
        }
        guard headerFits(header, names: names, table: table, file: file, problems: &problems) else {
            if table == .accounts { rows.accountsIncomplete = true }
            return
        }
        let layout = ColumnLayout(names: names, table: table)
        for record in document.records.dropFirst() {
            guard !record.damaged, record.fields.count == names.count else {
                if !record.damaged { problems.append(wrongFieldCount(record, expected: names.count, file: file)) }
                // A refused account row's reference is probably right: its rows in other files are not blamed too.
                if table == .accounts, let position = layout.position(of: "tenancy_ref"), position < record.fields.count {
                    rows.refusedAccounts.insert(record.fields[position].text)
                }
                continue
            }
            var reader = RowReader(file: file, record: record, layout: layout)
            rows.decode(table, &reader)
            problems += reader.problems
        }
    }

    /// Too few fields: where the next would have begun. Too many: where the first extra one begins.
    private static func wrongFieldCount(_ record: CSVRecord, expected: Int, file: String) -> ImportProblem {
        let at = record.fields.count > expected
            ? ImportLocation(file: file, line: record.fields[expected].line, column: record.fields[expected].column)
            : ImportLocation(file: file, line: record.endLine, column: record.endColumn)
        return ImportProblem(at, "this row has \(record.fields.count) fields but the header has \(expected)")
    }

    /// True when the header names only the table's columns, each once, and every required one; else
    /// notes the problems.
    private static func headerFits(_ header: CSVRecord, names: [String], table: InterchangeTable, file: String,
                                   problems: inout [ImportProblem]) -> Bool {
        var columns: [String: Int] = [:]
        var fits = true
        let known = Set(table.header)
        for (index, name) in names.enumerated() {
            let at = ImportLocation(file: file, line: header.fields[index].line, column: header.fields[index].column)
            if !known.contains(name) {
                problems.append(ImportProblem(at, "unknown column '\(TerminalSafeText.excerpt(name))' in \(table.fileName); its columns are \(table.header.joined(separator: ", "))"))
                fits = false
            } else if columns[name] != nil {
                problems.append(ImportProblem(at, "column '\(TerminalSafeText.excerpt(name))' appears twice"))
                fits = false
            } else {
                columns[name] = index
            }
        }
        for column in table.columns where column.required && columns[column.name] == nil {
            problems.append(ImportProblem(ImportLocation(file: file, line: header.endLine, column: header.endColumn),
                                          "column '\(column.name)' is missing from the header; \(table.fileName) requires it"))
            fits = false
        }
        return fits
    }

    /// Files in the order given, then line, then column; problems at one place keep the order found.
    private static func inFileOrder(_ problems: [ImportProblem], order: [String]) -> [ImportProblem] {
        var rank: [String: Int] = [:]
        for (i, name) in order.enumerated() where rank[name] == nil { rank[name] = i }
        return problems.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            let rx = rank[x.file] ?? Int.max, ry = rank[y.file] ?? Int.max
            if rx != ry { return rx < ry }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
