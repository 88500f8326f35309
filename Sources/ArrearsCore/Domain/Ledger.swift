/// One ledger line. Positive amounts are charges (debits); negative amounts are payments and credits,
/// as in Universal Housing.
public struct LedgerTransaction: Hashable, Sendable, Codable {
    public var date: CivilDate
    /// Three-letter transaction type, e.g. `DBR` basic rent, `RPY` payment. See `TransactionCodes`.
    public var code: String
    public var description: String
    public var amount: Money

    public init(date: CivilDate, code: String, description: String, amount: Money) {
        self.date = date; self.code = code; self.description = description; self.amount = amount
    }

    public var isPayment: Bool { TransactionCodes.payments.contains(code) }
    public var isCharge: Bool { amount.pence > 0 && !isPayment }
}

public enum TransactionCodes {
    /// The 27 payment codes of Universal Housing (reference/income-api.md §1.1). Only these count as
    /// "a payment" for days since last payment and the payment deltas.
    public static let payments: Set<String> = [
        "RBA", "RBP", "RBR", "RCI", "RCO", "RCP", "RDD", "RDN", "RDP", "RDR", "RDS", "RDT", "REF", "RHA",
        "RHB", "RIT", "RML", "RPD", "RPO", "RPY", "RQP", "RRC", "RRP", "RSO", "RTM", "RUC", "RWA",
    ]

    /// Charge codes the product knows by name. Others are allowed and shown with their description.
    public static let charges: [String: String] = [
        "DBR": "Basic rent",
        "DSC": "Service charge",
        "DWR": "Water rates",
        "DHT": "Heating charge",
        "DGR": "Garage rent",
        "DTA": "Temporary accommodation charge",
        "DLS": "Service charge demand",
        "DMW": "Major works bill",
        "DRR": "Rechargeable repair",
        "DCO": "Court costs",
        "DFT": "Former tenant arrears",
        "DAJ": "Debit adjustment",
        "CAJ": "Credit adjustment",
        "WOF": "Write-off",
    ]

    public static let paymentNames: [String: String] = [
        "RPY": "Payment", "RDD": "Direct debit", "RHB": "Housing Benefit", "RUC": "Universal Credit",
        "RCP": "Card payment", "RIT": "Internet payment", "RPO": "Post Office payment", "RBA": "Bank payment",
        "RSO": "Standing order", "RTM": "Telephone payment", "REF": "Refund",
    ]

    /// Basic rent and its counterparts are "the charge"; the timeline groups everything else as other charges.
    public static let mainCharges: Set<String> = ["DBR", "DGR", "DTA", "DLS", "DMW", "DFT"]

    public static func isKnown(_ code: String) -> Bool { payments.contains(code) || charges[code] != nil }

    public static func name(of code: String) -> String {
        charges[code] ?? paymentNames[code] ?? (payments.contains(code) ? "Payment" : code)
    }
}

public extension Array where Element == LedgerTransaction {
    /// The balance after every transaction up to and including `date`.
    func balance(asOf date: CivilDate) -> Money {
        var total = Money.zero
        for t in self where t.date <= date { total += t.amount }
        return total
    }
}
