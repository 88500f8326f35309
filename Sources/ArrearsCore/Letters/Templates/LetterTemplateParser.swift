import Foundation

/// A template file that cannot be used, with the place to fix it.
public struct LetterTemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads the template file format (docs/letters.md): a header of `key: value` lines, a line
/// `---`, then the body with `{{field}}`, `{{#field}}…{{/field}}`, `{{^field}}…{{/field}}` and
/// `{{> partial}}`. A tag alone on its line takes the whole line with it.
enum LetterTemplateParser {
    static let headerEnd = "---"

    static func parseTemplate(file: String, text: String, partials: PartialLookup) throws -> LetterTemplate {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let end = lines.firstIndex(of: headerEnd) else {
            throw LetterTemplateError(file: file, line: 1, message: "no `---` line ends the header")
        }
        let header = try parseHeader(file: file, lines: Array(lines[..<end]))
        let bodyLines = Array(lines[(end + 1)...])
        let body = try parseBody(file: file, lines: bodyLines, firstLine: end + 2, partials: partials)
        let template = LetterTemplate(
            id: header.id, title: header.title, diaryCode: header.diaryCode, serviceArea: header.serviceArea,
            accountTypes: header.accountTypes, debtKind: header.debtKind, mandatoryFields: header.mandatoryFields,
            estimatedPages: header.estimatedPages, order: header.order, agreementSource: header.agreementSource,
            noticeKind: header.noticeKind, follows: header.follows, condition: header.condition,
            announcesHearing: header.announcesHearing, body: body)
        let expectedId = file.hasSuffix(".letter") ? String(file.dropLast(".letter".count)) : file
        guard header.id == expectedId else {
            throw LetterTemplateError(file: file, line: 1, message: "id `\(header.id)` does not match the file name")
        }
        return template
    }

    /// Finds a partial's parsed nodes by name; nil when there is no such partial.
    typealias PartialLookup = (String) throws -> [TemplateNode]?

    static func parsePartial(file: String, text: String, partials: PartialLookup) throws -> [TemplateNode] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return try parseBody(file: file, lines: lines, firstLine: 1, partials: partials)
    }

    // MARK: - Header

    private static func parseHeader(file: String, lines: [String]) throws -> Header {
        var values: [String: (value: String, line: Int)] = [:]
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw LetterTemplateError(file: file, line: i + 1, message: "header lines are `key: value`")
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard headerKeys.contains(key) else {
                throw LetterTemplateError(file: file, line: i + 1, message: "unknown header key `\(key)`")
            }
            values[key] = (line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), i + 1)
        }
        func required(_ key: String) throws -> (value: String, line: Int) {
            guard let v = values[key], !v.value.isEmpty else {
                throw LetterTemplateError(file: file, line: 1, message: "header needs `\(key):`")
            }
            return v
        }
        func words(_ key: String) -> [(String, Int)] {
            guard let v = values[key] else { return [] }
            return v.value.split(whereSeparator: { $0 == " " || $0 == "," }).map { (String($0), v.line) }
        }
        func fail(_ line: Int, _ message: String) -> LetterTemplateError {
            LetterTemplateError(file: file, line: line, message: message)
        }

        let code = try required("code")
        guard ActionCodes.byCode[code.value] != nil else { throw fail(code.line, "`\(code.value)` is not an action-diary code") }
        let area = try required("area")
        guard let serviceArea = ServiceArea(rawValue: area.value) else { throw fail(area.line, "area is `rent` or `leasehold`") }
        let accounts = try words("accounts").map { word, line -> AccountType in
            guard let t = AccountType(rawValue: word) else { throw fail(line, "`\(word)` is not an account type code") }
            guard t.serviceArea == serviceArea else { throw fail(line, "`\(word)` accounts are not \(serviceArea.rawValue) accounts") }
            return t
        }
        guard !accounts.isEmpty else { throw fail(1, "header needs `accounts:`") }
        let mandatory = try words("mandatory").map { word, line -> LetterField in
            guard let f = LetterField(rawValue: word) else { throw fail(line, "`\(word)` is not a letter field") }
            return f
        }
        let pages = try required("pages")
        guard let pageCount = Int(pages.value), pageCount >= 1 else { throw fail(pages.line, "pages is a whole number") }
        let order = try required("order")
        guard let position = Int(order.value) else { throw fail(order.line, "order is a whole number") }

        var header = Header(id: try required("id").value, title: try required("title").value, diaryCode: code.value,
                            serviceArea: serviceArea, accountTypes: accounts, mandatoryFields: mandatory,
                            estimatedPages: pageCount, order: position)
        if let v = values["debt"] {
            guard let kind = DebtKind(rawValue: v.value) else { throw fail(v.line, "debt is `service_charge` or `major_works`") }
            header.debtKind = kind
        }
        if let v = values["agreement"] {
            guard let s = LetterAgreementSource(rawValue: v.value) else { throw fail(v.line, "unknown agreement `\(v.value)`") }
            header.agreementSource = s
        }
        if let v = values["notice"] {
            guard let k = NoticeKind(rawValue: v.value) else { throw fail(v.line, "unknown notice kind `\(v.value)`") }
            header.noticeKind = k
        }
        if let v = values["condition"] {
            guard let c = LetterCondition(rawValue: v.value) else { throw fail(v.line, "unknown condition `\(v.value)`") }
            header.condition = c
        }
        if let v = values["hearing"] {
            guard v.value == "upcoming" else { throw fail(v.line, "hearing is `upcoming` (the letter announces a hearing still to come)") }
            header.announcesHearing = true
        }
        header.follows = try words("follows").map { word, line in
            guard ActionCodes.byCode[word] != nil else { throw fail(line, "`\(word)` is not an action-diary code") }
            return word
        }
        return header
    }

    private struct Header {
        var id: String
        var title: String
        var diaryCode: String
        var serviceArea: ServiceArea
        var accountTypes: [AccountType]
        var mandatoryFields: [LetterField]
        var estimatedPages: Int
        var order: Int
        var debtKind: DebtKind?
        var agreementSource: LetterAgreementSource?
        var noticeKind: NoticeKind?
        var follows: [String] = []
        var condition: LetterCondition?
        var announcesHearing = false
    }

    static let headerKeys: Set<String> = ["id", "title", "code", "area", "accounts", "debt", "mandatory", "pages",
                                          "order", "agreement", "notice", "follows", "condition", "hearing"]

    // MARK: - Body

    private enum Token {
        case text(String)
        case field(LetterField)
        case open(LetterField, inverted: Bool)
        case close(LetterField)
        case partial([TemplateNode])
    }

    private static func parseBody(file: String, lines: [String], firstLine: Int,
                                  partials: PartialLookup) throws -> [TemplateNode] {
        var tokens: [(Token, Int)] = []
        for (i, line) in lines.enumerated() {
            let number = firstLine + i
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.dropFirst(2).firstIndex(of: "{") == nil,
               let first = trimmed.dropFirst(2).first, "#^/>".contains(first) {
                tokens.append((try tag(String(trimmed.dropFirst(2).dropLast(2)), file: file, line: number, partials: partials), number))
                continue
            }
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                if open.lowerBound > rest.startIndex { tokens.append((.text(String(rest[..<open.lowerBound])), number)) }
                guard let close = rest[open.upperBound...].range(of: "}}") else {
                    throw LetterTemplateError(file: file, line: number, message: "`{{` without `}}`")
                }
                tokens.append((try tag(String(rest[open.upperBound..<close.lowerBound]), file: file, line: number, partials: partials), number))
                rest = rest[close.upperBound...]
            }
            // The last line of a file ends without a line break.
            let text = String(rest) + (i == lines.count - 1 ? "" : "\n")
            if !text.isEmpty { tokens.append((.text(text), number)) }
        }
        return try tree(tokens, file: file)
    }

    private static func tag(_ raw: String, file: String, line: Int, partials: PartialLookup) throws -> Token {
        let content = raw.trimmingCharacters(in: .whitespaces)
        func field(_ name: Substring) throws -> LetterField {
            let n = name.trimmingCharacters(in: .whitespaces)
            guard let f = LetterField(rawValue: n) else {
                throw LetterTemplateError(file: file, line: line, message: "`\(n)` is not a letter field")
            }
            return f
        }
        switch content.first {
        case "#": return .open(try field(content.dropFirst()), inverted: false)
        case "^": return .open(try field(content.dropFirst()), inverted: true)
        case "/": return .close(try field(content.dropFirst()))
        case ">":
            let name = content.dropFirst().trimmingCharacters(in: .whitespaces)
            guard let nodes = try partials(name) else {
                throw LetterTemplateError(file: file, line: line, message: "no partial `\(name)`")
            }
            return .partial(nodes)
        default: return .field(try field(Substring(content)))
        }
    }

    private static func tree(_ tokens: [(Token, Int)], file: String) throws -> [TemplateNode] {
        var stack: [(field: LetterField, inverted: Bool, nodes: [TemplateNode], line: Int)] = []
        var root: [TemplateNode] = []
        func append(_ node: TemplateNode) {
            if stack.isEmpty { root.append(node) } else { stack[stack.count - 1].nodes.append(node) }
        }
        for (token, line) in tokens {
            switch token {
            case .text(let s): append(.text(s))
            case .field(let f): append(.field(f))
            case .partial(let nodes): nodes.forEach(append)
            case .open(let f, let inverted): stack.append((f, inverted, [], line))
            case .close(let f):
                guard let top = stack.popLast(), top.field == f else {
                    throw LetterTemplateError(file: file, line: line, message: "`{{/\(f.rawValue)}}` closes no open section")
                }
                append(.section(f, inverted: top.inverted, top.nodes))
            }
        }
        if let open = stack.last {
            throw LetterTemplateError(file: file, line: open.line, message: "section `\(open.field.rawValue)` is never closed")
        }
        return merged(root)
    }

    /// Joins neighbouring text nodes so rendering appends fewer pieces.
    private static func merged(_ nodes: [TemplateNode]) -> [TemplateNode] {
        var out: [TemplateNode] = []
        for node in nodes {
            switch node {
            case .text(let s):
                if case .text(let previous)? = out.last { out[out.count - 1] = .text(previous + s) } else { out.append(node) }
            case .field: out.append(node)
            case .section(let f, let inverted, let children): out.append(.section(f, inverted: inverted, merged(children)))
            }
        }
        return out
    }
}
