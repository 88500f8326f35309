/// The payment plan an agreement implies: how many instalments, the last (smaller) one, and the end
/// date. Pure, so the agreement form can show the end date as the user types.
///
/// As Hackney computed it: the first instalment falls on the start date, and the number of
/// instalments is the amount to pay (arrears less any lump sum) divided by the instalment, rounded
/// up; the end date is the start date plus one cycle fewer than that.
public struct AgreementPlan: Equatable, Sendable {
    public var instalments: Int
    public var instalment: Money
    /// The last payment: the instalment, or less when the instalment does not divide the amount.
    public var finalInstalment: Money
    public var endDate: CivilDate

    /// Longer plans are refused: they are not affordable plans but typing mistakes (1p a week).
    public static let longestYears = 30

    public static func endDate(pattern: PaymentPattern, frequency: AgreementFrequency, balance: Money,
                               instalment: Money, startDate: CivilDate, initialPayment: Money?) -> CivilDate? {
        try? plan(pattern: pattern, frequency: frequency, balance: balance, instalment: instalment,
                  startDate: startDate, initialPayment: initialPayment).get().endDate
    }

    /// The plan, or the reason there is none, naming the field to correct.
    public static func plan(pattern: PaymentPattern, frequency: AgreementFrequency, balance: Money, instalment: Money,
                            startDate: CivilDate, initialPayment: Money?) -> Result<AgreementPlan, ActionRefused> {
        guard balance.isPositive else {
            return .failure(ActionRefused(field: "Balance", "The balance is \(balance.tableText), so there are no arrears to agree."))
        }
        guard instalment.isPositive else {
            return .failure(ActionRefused(field: "Instalment", "Enter an instalment of at least £0.01."))
        }
        if pattern == .oneOff {
            return .success(AgreementPlan(instalments: 1, instalment: instalment, finalInstalment: instalment, endDate: startDate))
        }
        var remaining = balance
        if pattern == .variable {
            guard let lump = initialPayment, lump.isPositive else {
                return .failure(ActionRefused(field: "Lump sum", "A variable agreement starts with a lump sum: enter its amount."))
            }
            guard lump < balance else {
                return .failure(ActionRefused(field: "Lump sum", "The lump sum of \(lump.tableText) clears the balance of \(balance.tableText); record a one-off agreement instead."))
            }
            remaining = balance - lump
        }
        let count = remaining.pence.saturatingAdd(instalment.pence - 1) / instalment.pence
        let final = remaining - instalment * (count - 1)
        let cycles = Int(count - 1)
        let end: CivilDate
        switch frequency {
        case .oneOff:
            return .failure(ActionRefused(field: "Frequency", "Choose how often the instalments are paid: weekly, fortnightly, 4-weekly or monthly."))
        case .monthly:
            guard cycles <= longestYears * 12 else { return .failure(tooLong(count, frequency)) }
            end = startDate.adding(months: cycles)
        case .weekly, .fortnightly, .fourWeekly:
            let days = frequency.cycleDays ?? 7
            guard cycles <= longestYears * 366 / days else { return .failure(tooLong(count, frequency)) }
            end = startDate.adding(days: cycles * days)
        }
        return .success(AgreementPlan(instalments: Int(count), instalment: instalment, finalInstalment: final, endDate: end))
    }

    private static func tooLong(_ count: Int64, _ frequency: AgreementFrequency) -> ActionRefused {
        ActionRefused(field: "Instalment", "At this instalment the agreement would need \(count) \(frequency.label.lowercased()) payments, more than \(longestYears) years; enter a larger instalment.")
    }

    /// For the form beside the end date: `52 payments, the last £5.50, ending 24 Dec 2027`.
    public var text: String {
        if instalments == 1 { return "one payment of \(instalment.tableText) on \(endDate.shortText)" }
        let last = finalInstalment == instalment ? "" : ", the last \(finalInstalment.tableText)"
        return "\(instalments) payments\(last), ending \(endDate.shortText)"
    }
}
