/// How an account's tenant or leaseholder pays: the behaviours an income team sees every week.
enum DemoBehaviour: String, CaseIterable, Sendable {
    /// Pays the charge every week or every month, by direct debit, standing order or Housing Benefit.
    case steady
    /// Paid monthly after their Universal Credit assessment period, out of phase with weekly rent.
    case universalCredit
    /// Paid reliably, then began paying less or missing weeks.
    case slipping
    /// Pays nothing for weeks, then a large sum.
    case lumpSum
    /// Pays little or nothing.
    case nonPayer
    /// Pays more than is due.
    case inCredit
}

/// The bad data real systems hold, planted in a small share of accounts so that the product's handling
/// of it shows (the worklist flags it, letters refuse it with reasons).
public enum DemoDefect: String, CaseIterable, Sendable {
    case missingPostcode
    case incompletePostcode
    case noResponsibleContact
    case eightLineAddress
    case contactWithoutPhone
}

/// A regular charge line posted every charge day (rent, service charge, water rates).
struct DemoChargeLine: Sendable {
    var code: String
    var description: String
    /// The charge today; earlier years are scaled back by the annual April increase.
    var amount: Money
}

/// Everything decided about an account before its history is played out.
struct DemoPlan: Sendable {
    var index: Int
    var account: Account
    var behaviour: DemoBehaviour
    var ledgerStart: CivilDate
    var chargeLines: [DemoChargeLine]
    var defects: [DemoDefect]
    /// The officer of the account's patch: writes the diary's manual entries.
    var officer: String
}
