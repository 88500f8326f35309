import Foundation

/// The columns of an exported worklist: what a team lead takes into a spreadsheet.
enum WorklistExportColumns {
    static let names = [
        "tenancy_ref", "payment_ref", "account_type", "debt_kind", "patch", "officer", "tenant_name", "address", "postcode",
        "balance", "collectable_arrears", "days_in_arrears", "band", "score", "action_id", "action", "last_action_code",
        "last_action_date", "agreement_state", "court_date", "eviction_date", "pause_until", "pause_reason",
        "pause_comment", "holds", "last_letter_code", "last_letter_date", "as_of",
    ]

    static func values(_ row: CaseSummary) -> [InterchangeValue] {
        [.text(row.ref), .text(row.paymentRef), .text(row.type.rawValue), .optional(row.debtKind?.rawValue),
         .optional(row.patch), .optional(row.officer), .text(row.tenantName), .text(row.shortAddress), .text(row.postcode),
         .money(row.balance), .money(row.collectableArrears), .integer(row.daysInArrears), .text(row.band.rawValue),
         .integer(row.score), .text(row.actionId), .text(row.actionLabel), .optional(row.lastActionCode),
         .optional(row.lastActionDate), .optional(row.agreementState?.rawValue), .optional(row.courtDate),
         .optional(row.evictionDate), .optional(row.pauseUntil), .optional(row.pauseReason?.rawValue),
         .optional(row.pauseComment), .list(row.holds.map(\.rawValue)), .optional(row.lastLetterCode),
         .optional(row.lastLetterDate), .date(row.asOf)]
    }

    static func isJSON(_ text: String) -> Bool {
        guard let data = text.data(using: .utf8), !data.isEmpty else { return false }
        return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
    }
}
