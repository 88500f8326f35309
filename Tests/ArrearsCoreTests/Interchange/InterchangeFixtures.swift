@testable import ArrearsCore

/// A small, complete and valid import: two accounts (one rent, one leasehold) with something in every
/// file. Bad-file tests replace one file with a broken copy.
enum InterchangeFixtures {
    static let accounts = """
        tenancy_ref,payment_ref,account_type,debt_kind,patch,assigned_to,start_date,end_date,charge,charge_period,address,postcode,uprn,bedrooms
        0100001/01,1000000001,SEC,,E01,,2015-04-06,,112.50,weekly,"Flat 1 Nisbet House
        Homerton High Street
        London",E9 6AB,100080000001,2
        0100002/01,1000000002,LEA,service_charge,SC1,,2004-01-05,,650.00,half_yearly,"12 Median Road
        London",E5 0AB,,3

        """

    static let contacts = """
        tenancy_ref,contact_id,responsible,title,first_name,last_name,phone_1,phone_2,phone_3,emails,correspondence_address
        0100001/01,1,true,Ms,Zoë,O'Brien,07700 900123,,,zoe.obrien@example.com,
        0100001/01,2,false,,Łukasz,Nowak,,,,,
        0100002/01,1,true,Mr,Oluwaseun,Adeyemi,,,,,"27 Chase Side
        Enfield
        EN2 6NB"

        """

    static let transactions = """
        tenancy_ref,date,code,description,amount
        0100001/01,2026-01-05,DBR,Basic rent,112.50
        0100001/01,2026-01-07,RPY,Payment,-100.00
        0100002/01,2025-10-01,DLS,"Service charge demand (estimate) October 2025 to March 2026",650.00

        """

    static let agreements = """
        tenancy_ref,agreement_id,kind,pattern,frequency,instalment,start_date,starting_balance,initial_payment,initial_payment_date,court_case_id,created_by,created_at,notes
        0100001/01,1,formal,regular,weekly,5.00,2025-12-01,480.00,,,1,agent.e01,2025-11-27T10:15:00Z,"Court ordered: rent plus £5, weekly"

        """

    static let agreementStates = """
        tenancy_ref,agreement_id,state,date,checked_balance,expected_balance,description
        0100001/01,1,live,2025-11-27,480.00,480.00,Agreement created
        0100001/01,1,breached,2026-01-14,492.50,465.00,Breached by £27.50

        """

    static let notices = """
        tenancy_ref,notice_id,kind,served_on,may_begin_on,valid_until,review_requested_on,review_outcome
        0100001/01,1,NOSP,2025-06-02,2025-06-30,2026-06-29,,

        """

    static let courtCases = """
        tenancy_ref,court_case_id,hearing_date,hearing_time,outcome,outcome_date,terms,disrepair_counter_claim,strike_out_date,balance_on_outcome_date
        0100001/01,1,2025-11-20,10:30,SOT,2025-11-20,true,false,,480.00

        """

    static let evictions = """
        tenancy_ref,eviction_id,date
        0100001/01,1,2026-04-14

        """

    static let pauses = """
        tenancy_ref,until,reason,comment,set_by,set_at
        0100001/01,2026-04-14,EDS,Bailiff appointment booked,agent.e01,2026-02-10 14:05

        """

    static let holds = """
        tenancy_ref,hold_id,kind,start,end,reference,note,debt_at_start
        0100002/01,1,breathing_space,2026-02-01,2026-04-02,BS123456,Standard breathing space,650.00

        """

    static let diary = """
        tenancy_ref,diary_id,at,code,comment,user,balance,voids
        0100001/01,1,2025-06-02T09:30:00Z,NTS,Notice of seeking possession served by hand,agent.e01,450.00,
        0100001/01,2,2025-06-02T09:45:00Z,OTC,Wrong case,agent.e01,450.00,
        0100001/01,3,2025-06-02T10:00:00Z,VOI,Entered on the wrong case,agent.e01,450.00,2

        """

    static let letters = """
        letter_id,tenancy_ref,template_id,contact_id,status,author,created_at,updated_at,validation_errors,local_print,rendered_text
        L-1,0100001/01,letter_1,1,failed,agent.e01,2026-01-10T08:00:00Z,2026-01-10T09:00:00Z,"Postcode is missing
        Address has too many lines",false,

        """

    static let users = """
        login,display_name,role,patches,disabled
        agent.e01,Grace Adeyemi,agent,E01,false
        lho.1,Patricia Lindqvist,leasehold_officer,SC1;SC2,
        lead.income,Helen Okonjo,team_lead,,

        """

    static let promises = """
        tenancy_ref,promise_id,amount,due_on,made_on,recorded_by,recorded_at,comment,outcome,outcome_on
        0100001/01,1,50.00,2026-01-16,2026-01-09,agent.e01,2026-01-09T10:15:00Z,Will pay at the post office,kept,2026-01-14

        """

    static let good: [String: String] = [
        "accounts.csv": accounts, "contacts.csv": contacts, "transactions.csv": transactions,
        "agreements.csv": agreements, "agreement_states.csv": agreementStates, "notices.csv": notices,
        "court_cases.csv": courtCases, "evictions.csv": evictions, "pauses.csv": pauses, "holds.csv": holds,
        "diary.csv": diary, "letters.csv": letters, "users.csv": users, "promises.csv": promises,
    ]

    /// The good files in table order, with some replaced.
    static func sources(replacing replacements: [String: String] = [:]) -> [CSVSource] {
        InterchangeTable.allCases.map { table in
            CSVSource(name: table.fileName, text: replacements[table.fileName] ?? good[table.fileName]!)
        }
    }
}
