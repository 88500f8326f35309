import Foundation

/// Writes case data and worklists in the interchange formats: CSV in exactly the form `CSVImporter`
/// reads (so an export imports back unchanged), and JSON with the same names and value forms.
public enum Exporter {
    /// The tables holding case data, in the order files are written.
    public static let caseTables: [InterchangeTable] = InterchangeTable.allCases.filter { $0 != .users }

    // MARK: CSV

    /// One table as CSV text, header first.
    public static func csv(_ table: InterchangeTable, cases: [CaseFile], users: [User] = []) -> String {
        var out = ""
        CSVWriter.appendRecord(table.header, to: &out)
        appendCSVRows(table, cases: cases, users: users, to: &out)
        return out
    }

    /// Every table, named by its file name; tables with no rows are header-only files.
    public static func csvFiles(cases: [CaseFile], users: [User]) -> [(name: String, text: String)] {
        InterchangeTable.allCases.map { ($0.fileName, csv($0, cases: cases, users: users)) }
    }

    /// Writes every table into `directory`, one file each, taking cases one at a time from `forEachCase`
    /// so that a large store need not be held in memory.
    public static func writeCSV(to directory: URL, users: [User],
                                forEachCase: ((CaseFile) throws -> Void) throws -> Void) throws {
        try ensureDirectory(directory)
        var files: [InterchangeTable: ExportFile] = [:]
        for table in InterchangeTable.allCases {
            let file = try ExportFile(url: directory.appendingPathComponent(table.fileName))
            var header = ""
            CSVWriter.appendRecord(table.header, to: &header)
            try file.write(header)
            files[table] = file
        }
        var userRows = ""
        appendCSVRows(.users, cases: [], users: users, to: &userRows)
        try files[.users]?.write(userRows)
        try forEachCase { caseFile in
            for table in caseTables {
                var text = ""
                appendCSVRows(table, cases: [caseFile], users: [], to: &text)
                if !text.isEmpty { try files[table]?.write(text) }
            }
        }
        for file in files.values { try file.close() }
    }

    /// Everything in a store, as CSV files in `directory`.
    public static func writeCSV(from store: CaseStore, to directory: URL) throws {
        try writeCSV(to: directory, users: try store.users()) { body in try store.forEachCase(body) }
    }

    private static func appendCSVRows(_ table: InterchangeTable, cases: [CaseFile], users: [User], to out: inout String) {
        let rows = table == .users ? InterchangeRows.rows(of: users) : cases.flatMap { InterchangeRows.rows(table, of: $0) }
        for row in rows { CSVWriter.appendRecord(row.map(\.csvCell), to: &out) }
    }

    // MARK: JSON

    /// `{"format":"arrears-workbench-cases","version":1,"users":[…],"cases":[…]}`: each case an object
    /// with its account's columns and an array per table (agreements carry their `history`).
    public static func json(cases: [CaseFile], users: [User]) -> String {
        var out = ""
        appendJSONHead(users: users, to: &out)
        for (i, caseFile) in cases.enumerated() {
            if i > 0 { out += ",\n" }
            appendJSON(caseFile, to: &out)
        }
        out += "\n]}\n"
        return out
    }

    public static func writeJSON(to url: URL, users: [User], forEachCase: ((CaseFile) throws -> Void) throws -> Void) throws {
        let file = try ExportFile(url: url)
        var head = ""
        appendJSONHead(users: users, to: &head)
        try file.write(head)
        var first = true
        try forEachCase { caseFile in
            var text = first ? "" : ",\n"
            first = false
            appendJSON(caseFile, to: &text)
            try file.write(text)
        }
        try file.write("\n]}\n")
        try file.close()
    }

    public static func writeJSON(from store: CaseStore, to url: URL) throws {
        try writeJSON(to: url, users: try store.users()) { body in try store.forEachCase(body) }
    }

    private static func appendJSONHead(users: [User], to out: inout String) {
        out += "{\"format\":\"arrears-workbench-cases\",\"version\":1,\"users\":["
        for (i, row) in InterchangeRows.rows(of: users).enumerated() {
            if i > 0 { out += "," }
            JSONText.appendObject(Array(zip(InterchangeTable.users.header, row)), to: &out)
        }
        out += "],\"cases\":[\n"
    }

    private static func appendJSON(_ caseFile: CaseFile, to out: inout String) {
        out += "{\"account\":"
        JSONText.appendObject(pairs(.accounts, InterchangeRows.rows(.accounts, of: caseFile)[0], dropping: []), to: &out)
        for table in caseTables where table != .accounts && table != .agreementStates {
            out += ","
            JSONText.appendString(table.rawValue, to: &out)
            out += ":["
            let rows = InterchangeRows.rows(table, of: caseFile)
            for (i, row) in rows.enumerated() {
                if i > 0 { out += "," }
                if table == .agreements {
                    appendAgreement(row, history: caseFile.agreements[i], to: &out)
                } else {
                    JSONText.appendObject(pairs(table, row, dropping: ["tenancy_ref"]), to: &out)
                }
            }
            out += "]"
        }
        out += "}"
    }

    private static func appendAgreement(_ row: [InterchangeValue], history agreement: Agreement, to out: inout String) {
        out += "{"
        JSONText.appendMembers(pairs(.agreements, row, dropping: ["tenancy_ref"]), to: &out)
        out += ",\"history\":["
        for (i, state) in InterchangeRows.stateRows(of: agreement, ref: "").enumerated() {
            if i > 0 { out += "," }
            JSONText.appendObject(pairs(.agreementStates, state, dropping: ["tenancy_ref", "agreement_id"]), to: &out)
        }
        out += "]}"
    }

    private static func pairs(_ table: InterchangeTable, _ row: [InterchangeValue],
                              dropping: Set<String>) -> [(String, InterchangeValue)] {
        zip(table.header, row).filter { !dropping.contains($0.0) }
    }

    // MARK: Worklist

    public static func worklistCSV(_ rows: [CaseSummary]) -> String {
        var out = ""
        CSVWriter.appendRecord(WorklistExportColumns.names, to: &out)
        for row in rows { CSVWriter.appendRecord(WorklistExportColumns.values(row).map(\.csvCell), to: &out) }
        return out
    }

    /// `{"format":"arrears-workbench-worklist","version":1,"rows":[…]}`; each row carries the engine's
    /// explanation as JSON under `explanation`.
    public static func worklistJSON(_ rows: [CaseSummary]) -> String {
        var out = "{\"format\":\"arrears-workbench-worklist\",\"version\":1,\"rows\":[\n"
        for (i, row) in rows.enumerated() {
            if i > 0 { out += ",\n" }
            out += "{"
            JSONText.appendMembers(Array(zip(WorklistExportColumns.names, WorklistExportColumns.values(row))), to: &out)
            out += ",\"explanation\":"
            if WorklistExportColumns.isJSON(row.explanationJSON) {
                out += row.explanationJSON
            } else {
                JSONText.appendString(row.explanationJSON, to: &out)
            }
            out += "}"
        }
        out += "\n]}\n"
        return out
    }

    static func ensureDirectory(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw ExportError.notADirectory(path: directory.path) }
            return
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
