import Foundation

/// Every letter template, loaded once from Resources/LetterTemplates (`*.letter` templates and
/// `*.part` partials such as the debt-claims protocol enclosures), and the rules for which
/// templates a user is offered.
public struct LetterTemplateCatalogue: Sendable {
    /// In catalogue order.
    public let templates: [LetterTemplate]
    private let byId: [String: LetterTemplate]

    public init(templates: [LetterTemplate]) {
        self.templates = templates.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        var index: [String: LetterTemplate] = [:]
        for t in self.templates { index[t.id] = t }
        byId = index
    }

    /// The templates that ship with the program. They are part of the build and covered by tests,
    /// so a broken file here is a packaging fault.
    public static let standard: LetterTemplateCatalogue = {
        do { return try bundled() } catch { preconditionFailure("Letter templates: \(error)") }
    }()

    public static func bundled() throws -> LetterTemplateCatalogue {
        guard let dir = Bundle.module.url(forResource: "LetterTemplates", withExtension: nil, subdirectory: "Resources") else {
            throw LetterTemplateError(file: "Resources/LetterTemplates", line: 0, message: "folder missing from the ArrearsCore bundle")
        }
        return try load(from: dir)
    }

    /// Reads every template in a folder; the first broken file stops the load with its place.
    public static func load(from directory: URL) throws -> LetterTemplateCatalogue {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        func read(_ name: String) throws -> String {
            do { return try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) } catch {
                throw LetterTemplateError(file: name, line: 0, message: "cannot be read as UTF-8 text")
            }
        }
        let partials = PartialResolver(names: Set(names.filter { $0.hasSuffix(".part") }), read: read)
        var templates: [LetterTemplate] = []
        for name in names where name.hasSuffix(".letter") {
            templates.append(try LetterTemplateParser.parseTemplate(file: name, text: try read(name), partials: partials.nodes))
        }
        return LetterTemplateCatalogue(templates: templates)
    }

    /// Parses partials on first use, so partials may include partials; a cycle is an error.
    private final class PartialResolver {
        let names: Set<String>
        let read: (String) throws -> String
        var parsed: [String: [TemplateNode]] = [:]
        var inProgress: [String] = []

        init(names: Set<String>, read: @escaping (String) throws -> String) { self.names = names; self.read = read }

        func nodes(_ name: String) throws -> [TemplateNode]? {
            if let done = parsed[name] { return done }
            let file = name + ".part"
            guard names.contains(file) else { return nil }
            guard !inProgress.contains(name) else {
                throw LetterTemplateError(file: file, line: 0, message: "partials include each other: \((inProgress + [name]).joined(separator: " → "))")
            }
            inProgress.append(name)
            defer { inProgress.removeLast() }
            let nodes = try LetterTemplateParser.parsePartial(file: file, text: try read(file), partials: self.nodes)
            parsed[name] = nodes
            return nodes
        }
    }

    public func template(id: String) -> LetterTemplate? { byId[id] }

    /// The diary codes the templates write (IC1, LL2, CDL, …).
    public var diaryCodes: Set<String> { Set(templates.map(\.diaryCode)) }

    /// What messages call a stored letter's template: its title ("Letter 2: rent arrears"), or the
    /// id when the template is no longer in the catalogue.
    public static func title(ofTemplate id: String) -> String { standard.template(id: id)?.title ?? id }

    /// The templates a user with this role is offered for an account: agents get rent
    /// templates, leasehold officers leasehold templates, team leads both; auditors and
    /// administrators send no letters.
    public func offered(for type: AccountType, debtKind: DebtKind?, role: Role) -> [LetterTemplate] {
        templates.filter { Self.role(role, mayUse: $0) && $0.isFor(type, debtKind: debtKind) }
    }

    /// Every template a role may send, whatever the account (for the bulk letters screen).
    public func offered(to role: Role) -> [LetterTemplate] {
        templates.filter { Self.role(role, mayUse: $0) }
    }

    public static func role(_ role: Role, mayUse template: LetterTemplate) -> Bool {
        serviceAreas(for: role).contains(template.serviceArea)
    }

    public static func serviceAreas(for role: Role) -> Set<ServiceArea> {
        switch role {
        case .agent: return [.rent]
        case .leaseholdOfficer: return [.leasehold]
        case .teamLead: return [.rent, .leasehold]
        case .auditor, .administrator: return []
        }
    }

    /// The letter that does the recommended action for this case, among the templates offered; nil when
    /// the action is not a letter or none of the templates does it.
    public static func recommended(among templates: [LetterTemplate], actionId: String, caseFile: CaseFile) -> LetterTemplate? {
        guard let action = RecommendedAction(rawValue: actionId),
              let code = action.diaryCode(for: caseFile.account.type) else { return nil }
        return writing(code, among: templates, for: caseFile)
    }

    /// The template among these that writes a diary code for this case's account (for a court outcome,
    /// the variant that fits the recorded outcome); nil when none does.
    public static func writing(_ code: String, among templates: [LetterTemplate], for caseFile: CaseFile) -> LetterTemplate? {
        let account = caseFile.account
        let doing = templates.filter { $0.diaryCode == code && $0.isFor(account.type, debtKind: account.debtKind) }
        guard doing.count > 1, let court = caseFile.latestCourtCase, let outcome = court.outcome else { return doing.first }
        return doing.first { $0.condition?.accepts(outcome: outcome, terms: court.terms) ?? false } ?? doing.first
    }

    /// The court-outcome letter that fits the latest court case, if any does.
    public func courtOutcomeTemplate(for caseFile: CaseFile) -> LetterTemplate? {
        guard let court = caseFile.latestCourtCase, let outcome = court.outcome else { return nil }
        return templates.first { t in
            t.isFor(caseFile.account.type, debtKind: caseFile.account.debtKind)
                && t.condition?.accepts(outcome: outcome, terms: court.terms) == true
        }
    }
}
