/// A balance measured against the account's regular charge, in a unit that fits the debt
/// (docs/policy.md §2.1): rent-side accounts in weeks of charge up to a year and in years beyond; leasehold
/// accounts, billed yearly, in months of their annual charge up to a year and as a multiple of it beyond.
/// A major-works bill of eight years' service charge reads "8.4 × the annual charge", not "439.3 weeks".
public enum ChargeSpan {
    /// The phrase in brackets, or nil when there is nothing to measure (no debt, or no regular charge).
    /// Tenths are cut, never rounded up, so a debt never looks older than it is.
    public static func phrase(balance: Money, weeklyCharge: Money, area: ServiceArea) -> String? {
        guard balance.isPositive, weeklyCharge.isPositive else { return nil }
        let owed = balance.pence, weekly = weeklyCharge.pence
        let yearly = weekly.saturatingMultiply(52)
        switch area {
        case .rent:
            if owed < yearly { return "(\(tenths(owed.saturatingMultiply(10) / weekly)) weeks of charge)" }
            return "(\(tenths(owed.saturatingMultiply(10) / yearly)) years of charge)"
        case .leasehold:
            if owed < yearly { return "(\(tenths(owed.saturatingMultiply(120) / yearly)) months of the annual charge)" }
            return "(\(tenths(owed.saturatingMultiply(10) / yearly)) × the annual charge)"
        }
    }

    private static func tenths(_ n: Int64) -> String { "\(n / 10).\(n % 10)" }
}
