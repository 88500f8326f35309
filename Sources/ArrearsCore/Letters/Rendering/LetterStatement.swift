/// The statement of account the Pre-Action Protocol for Debt Claims asks to be enclosed: the
/// last 12 months of the ledger with a running balance, as form rows (`| ` lines) that fit the
/// 70-column page. Tables keep two decimals and short month names (GOV.UK style for tables).
enum LetterStatement {
    static let dateWidth = 11, descriptionWidth = 29, amountWidth = 12, balanceWidth = 12

    /// Nil when the account has no transactions at all.
    static func rows(_ transactions: [LedgerTransaction], to letterDate: CivilDate) -> String? {
        guard !transactions.isEmpty else { return nil }
        let start = letterDate.adding(months: -12)
        var balance = Money.zero
        for t in transactions where t.date < start { balance += t.amount }
        var lines = [row("Date", "Description", "Amount", "Balance"),
                     row(start.shortText, "Balance brought forward", "", balance.tableText)]
        for t in transactions where t.date >= start && t.date <= letterDate {
            balance += t.amount
            let description = t.description.isEmpty ? TransactionCodes.name(of: t.code) : t.description
            lines.append(row(t.date.shortText, description, t.amount.tableText, balance.tableText))
        }
        lines.append(row("", "Balance now", "", balance.tableText))
        return lines.map { "| " + $0 }.joined(separator: "\n")
    }

    /// Monthly amounts a leaseholder might offer, in pounds.
    static let exampleMonthlyPayments: [Int64] = [25, 50, 75, 100, 150, 200, 300, 500, 750, 1_000]

    /// For each example amount below the balance (and clearing it within 10 years): how many
    /// monthly payments it takes and the month of the last one. Nil when there is nothing to pay.
    static func instalmentRows(_ balance: Money, firstPayment: CivilDate) -> String? {
        guard balance.isPositive else { return nil }
        var lines = ["Paying each month    Number of payments    Last payment"]
        for pounds in exampleMonthlyPayments {
            let monthly = Money(pounds: pounds)
            guard monthly < balance else { break }
            let count = Int((balance.pence + monthly.pence - 1) / monthly.pence)
            guard count <= 120 else { continue }
            let last = firstPayment.adding(months: count - 1)
            lines.append(leftAligned(monthly.letterText, 21) + leftAligned(String(count), 22)
                         + "\(CivilDate.monthNames[last.month - 1]) \(last.year)")
        }
        return lines.count > 1 ? lines.map { "| " + $0 }.joined(separator: "\n") : nil
    }

    private static func row(_ date: String, _ description: String, _ amount: String, _ balance: String) -> String {
        let text = description.split(whereSeparator: \.isNewline).joined(separator: " ")
        let clipped = DisplayWidth.truncate(text, to: descriptionWidth)
        return leftAligned(date, dateWidth) + " " + leftAligned(clipped, descriptionWidth) + " "
            + LetterPageLayout.rightAligned(amount, width: amountWidth) + " " + LetterPageLayout.rightAligned(balance, width: balanceWidth)
    }

    /// Padded to `width` columns as the printed page measures them (`DisplayWidth`), never cut.
    private static func leftAligned(_ s: String, _ width: Int) -> String {
        let n = DisplayWidth.of(s)
        return n >= width ? s : s + LetterText.spaces(width - n)
    }
}
