import ArrearsCore

/// What the worklist remembers per user between runs: the tab and the filters (Hackney kept the same
/// in a cookie). The host stores `encoded` wherever it keeps per-user settings.
public struct WorklistSettings: Hashable, Sendable {
    public var area: ServiceArea
    public var tab: WorklistTab
    public var filter: WorklistFilter

    public init(area: ServiceArea, tab: WorklistTab = .immediate, filter: WorklistFilter) {
        self.area = area; self.tab = tab; self.filter = filter
    }

    /// Leasehold officers work leasehold cases; everyone else starts on rents.
    public static func initial(for user: User) -> WorklistSettings {
        WorklistSettings(area: user.role == .leaseholdOfficer ? .leasehold : .rent, filter: .initial(for: user))
    }

    /// `area=rent;tab=immediate;patch=mine;band=red` — only fields that are set, values escaped.
    public var encoded: String {
        var fields: [(String, String)] = [("area", area.rawValue), ("tab", tab.rawValue)]
        switch filter.patch {
        case .mine: fields.append(("patch", "mine"))
        case .all: fields.append(("patch", "all"))
        case .unassigned: fields.append(("patch", "unassigned"))
        case .patch(let p): fields.append(("patch", "=" + p))
        }
        if let b = filter.band { fields.append(("band", b.rawValue)) }
        if let t = filter.accountType { fields.append(("type", t.rawValue)) }
        if let a = filter.action { fields.append(("action", a)) }
        if let r = filter.pauseReason { fields.append(("pause", r.rawValue)) }
        if let o = filter.officer { fields.append(("officer", o)) }
        if let d = filter.pauseEndsBy { fields.append(("pause-ends-by", d.isoText)) }
        return fields.map { "\($0.0)=\(WorklistSettings.escape($0.1))" }.joined(separator: ";")
    }

    /// Reads `encoded` back. Settings saved by another version may hold fields or values this one
    /// does not know: those are skipped and the rest kept, starting from the user's defaults.
    public init(encoded: String, user: User) {
        self = .initial(for: user)
        for field in encoded.split(separator: ";") {
            guard let eq = field.firstIndex(of: "=") else { continue }
            let key = String(field[..<eq])
            let value = WorklistSettings.unescape(String(field[field.index(after: eq)...]))
            switch key {
            case "area": area = ServiceArea(rawValue: value) ?? area
            case "tab": tab = WorklistTab(rawValue: value) ?? tab
            case "patch":
                switch value {
                case "mine": filter.patch = .mine
                case "all": filter.patch = .all
                case "unassigned": filter.patch = .unassigned
                default: if value.hasPrefix("="), value.count > 1 { filter.patch = .patch(String(value.dropFirst())) }
                }
            case "band": filter.band = Band(rawValue: value)
            case "type": filter.accountType = AccountType(rawValue: value)
            case "action": filter.action = value.isEmpty ? nil : value
            case "pause": filter.pauseReason = PauseReason(rawValue: value)
            case "officer": filter.officer = value.isEmpty ? nil : value
            case "pause-ends-by": filter.pauseEndsBy = CivilDate.parseISO(value)
            default: continue
            }
        }
        if !WorklistTab.tabs(for: area).contains(tab) { tab = .immediate }
    }

    private static let reserved: Set<Character> = [";", "=", "%", " ", "\n", "\r", "\t"]

    static func escape(_ s: String) -> String {
        var out = ""
        for (i, ch) in s.enumerated() {
            // The leading "=" of a patch value marks it as a code; any other reserved character is escaped.
            if reserved.contains(ch) && !(i == 0 && ch == "=") {
                for byte in String(ch).utf8 { out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                out.append(ch)
            }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        var bytes: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.first {
            it = it.dropFirst()
            if b == UInt8(ascii: "%"), it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v)
                it = it.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
