/// GOV.UK style wording for values printed in letters (dates and money have their own
/// `longText` and `letterText`).
public enum LetterWording {
    /// `9am`, `10:30am`, `1:05pm`, `midday`, `midnight`.
    public static func time(minutesAfterMidnight m: Int) -> String {
        let minutes = ((m % 1440) + 1440) % 1440
        if minutes == 0 { return "midnight" }
        if minutes == 720 { return "midday" }
        let hour24 = minutes / 60, minute = minutes % 60
        let hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12
        let suffix = hour24 < 12 ? "am" : "pm"
        return minute == 0 ? "\(hour12)\(suffix)" : "\(hour12):\(CivilDate.pad(minute, 2))\(suffix)"
    }

    /// How often an instalment falls due, to follow an amount: "£20 every 2 weeks".
    public static func frequency(_ f: AgreementFrequency) -> String {
        switch f {
        case .weekly: return "every week"
        case .fortnightly: return "every 2 weeks"
        case .fourWeekly: return "every 4 weeks"
        case .monthly: return "every month"
        case .oneOff: return "as a single payment"
        }
    }

    /// A regular charge with its period: "£125.40 a week".
    public static func charge(_ amount: Money, _ period: ChargePeriod) -> String {
        let per: String
        switch period {
        case .weekly: per = "a week"
        case .monthly: per = "a month"
        case .quarterly: per = "a quarter"
        case .halfYearly: per = "every 6 months"
        case .yearly: per = "a year"
        }
        return "\(amount.letterText) \(per)"
    }

    /// What the court decided, to follow "At the hearing on 4 June 2026, ".
    public static func courtOutcome(_ outcome: CourtOutcome) -> String {
        switch outcome {
        case .adjournedGenerally: return "the case was adjourned generally, with permission to restore it"
        case .adjournedToNextOpenDate: return "the case was adjourned to the next open date"
        case .adjournedToAnotherHearing: return "the case was adjourned to another hearing"
        case .adjournedForDirections: return "the case was adjourned for a directions hearing"
        case .adjournedOnTerms: return "the case was adjourned on terms"
        case .suspensionOnTerms: return "the court made a suspended possession order on terms"
        case .stayOfExecution: return "the court put a stay on the possession order"
        case .outrightPossessionForthwith: return "the court made an outright possession order, with possession at once"
        case .outrightPossessionWithDate: return "the court made an outright possession order with a date for possession"
        case .struckOut: return "the case was struck out"
        case .withdrawn: return "the claim was withdrawn on the day"
        }
    }

    /// The rent that falls due in one instalment period: weekly rent times the weeks in the
    /// period; a calendar month is 52/12 weeks, rounded to the penny. Nil for one-off payments.
    public static func rentPerPeriod(weeklyRent: Money, _ f: AgreementFrequency) -> Money? {
        switch f {
        case .weekly: return weeklyRent
        case .fortnightly: return weeklyRent * 2
        case .fourWeekly: return weeklyRent * 4
        case .monthly:
            let n = weeklyRent.pence.saturatingMultiply(52)
            return Money(pence: n.saturatingAdd(n >= 0 ? 6 : -6) / 12)
        case .oneOff: return nil
        }
    }
}
