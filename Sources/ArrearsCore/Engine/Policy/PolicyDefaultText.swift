extension PolicyFile {
    /// The built-in policy, in the policy file format. Copy it, change what your team decides, and
    /// pass the copy with `--policy FILE`. docs/policy.md explains every key.
    public static let defaultText = """
    # Arrears Workbench policy. Format: `key = value`; `#` starts a comment.
    # Money is pounds and pence (10.00). Weights are decimals (up to 3 places). Periods are whole numbers.

    # --- Priority score: Hackney's 2018-19 weights (income-api.md §1.2) with two changes so that the
    # --- order is the one an income team works in (docs/policy.md §3); `--policy hackney-2018-19` undoes them
    score.weight.balance = 1.2                    # per pound of balance
    score.balance_offset = 1                      # Hackney subtracts the balance again: net weight 0.2
    score.weight.weeks_of_charge = 50             # per week of the account's charge owed after grace
    score.weight.days_in_arrears = 1.5            # per day in arrears
    score.weight.days_since_last_payment = 1      # x days x whole weeks since the last payment
    score.days_since_last_payment_cap = 91        # ... counting at most 13 weeks (0: no cap)
    score.weight.payment_amount_delta = 1         # per pound the payments fell
    score.weight.payment_date_delta = 5           # per day the payment rhythm drifted
    score.weight.broken_agreement = 50            # per agreement ever breached
    score.many_broken_agreements_above = 3        # more than this many broken agreements...
    score.many_broken_agreements_extra = 50       # ...adds this once
    score.weight.active_agreement = 100           # an agreement on file (live or breached)
    score.weight.broken_court_order = 200         # a court-ordered agreement in breach
    score.weight.notice_served_in_year = 20       # notice served in the last year, not in the last month
    score.weight.notice_served_in_month = 50      # notice served in the last month
    score.notice_year_months = 12
    score.notice_month_months = 1
    score.divisor = 10                            # score = round((raw - balance) / divisor)

    # --- RAG band (income-api.md §1.3). Red = officer acts now, amber = P2, green = automation ---
    band.green_when_live_agreement = yes          # keeping to a live agreement wins outright
    band.red.weeks_in_arrears_above = 30
    band.red.notice_no_payment_days_above = 27    # notice in the last year and no payment for longer
    band.red.balance_above = 1049.00
    band.red.broken_agreements_above = 2
    band.red.payment_amount_delta_above = 0.00    # paying less than before
    band.red.payment_date_delta_above = 3         # payment rhythm drifting, in days either way
    band.amber.balance_above = 350.00
    band.amber.weeks_in_arrears_above = 15
    band.amber.notice_served_in_year = yes
    band.amber.broken_agreements_at_least = 1
    band.amber_when_score_above = 150             # green becomes amber
    band.red_when_score_above = 500               # amber becomes red; red is never lowered

    # --- Next recommended action (income-api.md §2.2) ---
    rules.sms.minimum_arrears = 5.00              # first SMS from £5 ...
    rules.sms.below_arrears = 10.00               # ... up to, not including, £10 (no grace applied)
    rules.sms.repeat_days = 7                     # since the last SMS
    rules.sms.after_other_contact_months = 3      # since any other communication
    rules.letter.minimum_arrears = 10.00          # letters 1 and 2: arrears after one week's grace
    rules.letter.repeat_months = 3                # no letter 1, 2 or court warning in this time
    rules.letter_two.after_days = 14              # letter 2 at least this long after letter 1 ...
    rules.letter_two.within_months = 3            # ... and no longer than this
    rules.notice.after_letter_two_days = 7        # first notice at least a week after letter 2 ...
    rules.notice.after_letter_two_within_months = 3
    rules.possession.minimum_weeks = 4            # notice, court warning and court need 4 weeks' charge
    rules.possession.minimum_arrears_without_charge = 500.00   # ... or this, on an account with no regular charge
    rules.court_date.after_warning_days = 14      # apply for a court date 2 weeks after the warning
    rules.warrant.within_months = 3               # outright order in the last 3 months
    rules.court_breach_visit.after_days = 7       # visit 7 days to 3 months after the breach letter
    rules.court_breach_visit.within_months = 3
    rules.court_breach_no_payment.days = 8        # no payment for 8 days or more ...
    rules.court_breach_no_payment.after_visit_days = 7   # ... a week after the visit
    rules.breach_letter.spacing_days = 7          # informal breach letter: last contact a week old
    rules.breach_letter.resume_route_days = 28    # a breach letter unanswered this long: route resumes
    rules.court_order.life_years = 6              # a suspended order ends 6 years after the hearing
    rules.eviction.confirm_days = 28              # a passed eviction date blocks this long, then clears

    # --- Notices (income-api.md §5.4, domain-and-peers.md §1.1) ---
    notice.nosp.period_days = 28                  # NOSP served -> proceedings may begin
    notice.validity_weeks = 52                    # a notice stays usable this long after that
    notice.introductory.review_days = 14          # introductory tenants may ask for a review
    notice.notice_to_quit.minimum_weeks = 4       # ends on a rental period boundary
    notice.licence.days = 28                      # "reasonable notice" for a licence
    notice.garage.days = 7
    notice.letter_of_claim.reply_days = 30        # Pre-Action Protocol for Debt Claims

    # --- Agreements and holds ---
    agreements.tolerance_days = 5                 # days' slack before an instalment counts as missed
    holds.breathing_space.days = 60               # standard breathing space with no end date on file
    holds.breathing_space.current_charges_minimum = 10.00   # new arrears worth writing about
    holds.breathing_space.contact_gap_days = 14   # at most one such letter a fortnight

    # --- Other routes (domain-and-peers.md §1.1, §1.9) ---
    garage.reminder.minimum_arrears = 10.00
    garage.notice.above_months_of_charge = 1      # notice to quit once arrears exceed a month's charge
    sundry.minimum_arrears = 10.00
    leasehold.minimum_arrears = 10.00
    leasehold.demand_due_days = 30                # a demand is not arrears until 30 days old
    leasehold.letter_two.after_days = 14
    leasehold.letter_before_action.after_days = 14
    leasehold.step_within_months = 3              # a step later than this starts the ladder again
    referral.quiet_weeks = 52                     # after a referral, the legal team owns the case
    """

    /// Hackney's 2018–19 scoring scheme exactly (income-api.md §1.2): no weeks-of-charge factor and no cap on
    /// the days since the last payment. Everything else is the built-in policy. `--policy hackney-2018-19`.
    public static let hackney2018Text = """
    # Hackney's 2018-19 priority score: the built-in policy with its two ranking changes undone.
    score.weight.weeks_of_charge = 0
    score.days_since_last_payment_cap = 0
    """

    /// Policies a team can name instead of giving a file: `--policy hackney-2018-19`.
    public static let named: [(name: String, text: String)] = [("default", ""), ("hackney-2018-19", hackney2018Text)]
}
