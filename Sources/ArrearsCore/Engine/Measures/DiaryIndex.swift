/// A diary code and the date it was last written.
public struct DiaryMark: Hashable, Sendable {
    public var code: String
    public var date: CivilDate

    public init(code: String, date: CivilDate) { self.code = code; self.date = date }

    /// `IC1 (Letter 1) on 4 Jun 2024`.
    public var text: String { "\(code) (\(ActionCodes.name(of: code))) on \(date.shortText)" }
}

/// The diary codes the rules ask about. Indexing them once per case keeps the rules from re-reading
/// the diary for every condition.
enum TrackedCode: Int, CaseIterable {
    case gat, gms, ams, sms
    case ic1, s01, ic2, s02, zr2, zl2, zt2, s0a, ic4
    case bli, cbl, cbv, wpa
    case nop, ntq, dcl, drf, irr, ird
    case ll1, lf1, ls1, ll2, lf2, ls2, slb
    case mw1, mw2, mw3, lrl

    var code: String {
        switch self {
        case .gat: return "GAT"
        case .gms: return "GMS"
        case .ams: return "AMS"
        case .sms: return "SMS"
        case .ic1: return "IC1"
        case .s01: return "S01"
        case .ic2: return "IC2"
        case .s02: return "S02"
        case .zr2: return "ZR2"
        case .zl2: return "ZL2"
        case .zt2: return "ZT2"
        case .s0a: return "S0A"
        case .ic4: return "IC4"
        case .bli: return "BLI"
        case .cbl: return "CBL"
        case .cbv: return "CBV"
        case .wpa: return "WPA"
        case .nop: return "NOP"
        case .ntq: return "NTQ"
        case .dcl: return "DCL"
        case .drf: return "DRF"
        case .irr: return "IRR"
        case .ird: return "IRD"
        case .ll1: return "LL1"
        case .lf1: return "LF1"
        case .ls1: return "LS1"
        case .ll2: return "LL2"
        case .lf2: return "LF2"
        case .ls2: return "LS2"
        case .slb: return "SLB"
        case .mw1: return "MW1"
        case .mw2: return "MW2"
        case .mw3: return "MW3"
        case .lrl: return "LRL"
        }
    }

    /// One lookup per diary entry: which tracked code it is, if any, and whether it is a communication
    /// (the catalogue's flag; S02 is checked against its comment separately).
    static let lookup: CodeKey.Table<(tracked: TrackedCode?, communication: Bool)> = {
        var table: [String: (tracked: TrackedCode?, communication: Bool)] = [:]
        for entry in ActionCodes.all { table[entry.code] = (nil, entry.isCommunication) }
        for tracked in TrackedCode.allCases {
            table[tracked.code] = (tracked, table[tracked.code]?.communication ?? false)
        }
        return CodeKey.Table(table.map { ($0.key, $0.value) })
    }()
}

/// The latest date of each tracked code and the last communication, as of a date, ignoring voided
/// entries, entries written after the as-of date, and the entries of letters that never went out.
struct DiaryIndex: Hashable, Sendable {
    private var latest = [Int32](repeating: Int32.min, count: TrackedCode.allCases.count)
    private(set) var lastCommunication: DiaryMark?

    init() {}

    /// `withdrawnLetters`: ids of letters that never went out; their queue entries do not count.
    init(_ diary: [DiaryEntry], asOf: CivilDate, withdrawnLetters: Set<Substring> = []) {
        var voided: Set<Int> = []
        for entry in diary where entry.code == "VOI" { if let target = entry.voids { voided.insert(target) } }
        for entry in diary {
            if !voided.isEmpty && voided.contains(entry.id) { continue }
            if !withdrawnLetters.isEmpty, let letter = LetterDiaryNote.letterId(in: entry.comment),
               withdrawnLetters.contains(letter) { continue }
            let date = Self.londonDate(of: entry.at)
            guard date <= asOf, let known = TrackedCode.lookup[entry.code] else { continue }
            var communication = known.communication
            if entry.code == "S02" { communication = ActionCodes.countsAsCommunication(code: "S02", comment: entry.comment) }
            if let tracked = known.tracked, entry.code != "S02" || communication {
                if date.dayNumber >= latest[tracked.rawValue] { latest[tracked.rawValue] = date.dayNumber }
            }
            if communication, date >= (lastCommunication?.date ?? CivilDate(dayNumber: Int32.min)) {
                lastCommunication = DiaryMark(code: entry.code, date: date)
            }
        }
    }

    func date(of code: TrackedCode) -> CivilDate? {
        let day = latest[code.rawValue]
        return day == Int32.min ? nil : CivilDate(dayNumber: day)
    }

    /// The most recent of several codes (on a tie, the one listed first).
    func latest(of codes: [TrackedCode]) -> DiaryMark? {
        var best: DiaryMark?
        for code in codes {
            if let d = date(of: code), d > (best?.date ?? CivilDate(dayNumber: Int32.min)) {
                best = DiaryMark(code: code.code, date: d)
            }
        }
        return best
    }

    /// London dates differ from UTC dates only in the last hour of a UTC day, so most entries skip
    /// the daylight-saving arithmetic.
    static func londonDate(of instant: Timestamp) -> CivilDate {
        let seconds = instant.secondsSinceEpoch
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        if seconds - day * 86_400 < 23 * 3_600 { return CivilDate(dayNumber: Int32(day)) }
        return instant.londonDate
    }
}
