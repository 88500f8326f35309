/// Schema version 1: the first released schema. Never edit it once released — append a new
/// migration instead (see docs/storage.md).
///
/// Child tables of an account key on the account's integer id, not its text reference: ten million
/// ledger lines index far smaller and faster that way. `seq` keeps each list in the order it was
/// saved. WITHOUT ROWID clusters a case's rows together, so loading one is a single range read.
enum SchemaVersion1 {
    static let migration = SchemaMigration(version: 1, summary: "initial schema", statements: accounts
        + cases + diary + people + classification + settings)

    static let accounts = [
        """
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            payment_ref TEXT NOT NULL,
            type TEXT NOT NULL,
            debt_kind TEXT,
            patch TEXT,
            assigned_to TEXT,
            start_date INTEGER NOT NULL,
            end_date INTEGER,
            charge_pence INTEGER NOT NULL,
            charge_period TEXT NOT NULL,
            address_lines TEXT NOT NULL,
            postcode TEXT,
            uprn TEXT,
            bedrooms INTEGER,
            version INTEGER NOT NULL
        )
        """,
        "CREATE INDEX accounts_by_payment_ref ON accounts(payment_ref)",
        "CREATE INDEX accounts_by_patch ON accounts(patch)",
        """
        CREATE TABLE contacts (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            responsible INTEGER NOT NULL,
            title TEXT,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            phones TEXT NOT NULL,
            emails TEXT NOT NULL,
            correspondence_address TEXT,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
    ]

    static let cases = [
        """
        CREATE TABLE transactions (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            date INTEGER NOT NULL,
            code TEXT NOT NULL,
            description TEXT NOT NULL,
            amount_pence INTEGER NOT NULL,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE agreements (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            pattern TEXT NOT NULL,
            frequency TEXT NOT NULL,
            instalment_pence INTEGER NOT NULL,
            start_date INTEGER NOT NULL,
            starting_balance_pence INTEGER NOT NULL,
            initial_payment_pence INTEGER,
            initial_payment_date INTEGER,
            court_case_id INTEGER,
            created_by TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            notes TEXT NOT NULL,
            PRIMARY KEY (account_id, seq),
            UNIQUE (account_id, id)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE agreement_states (
            account_id INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            agreement_id INTEGER NOT NULL,
            state TEXT NOT NULL,
            date INTEGER NOT NULL,
            checked_balance_pence INTEGER,
            expected_balance_pence INTEGER,
            description TEXT NOT NULL,
            PRIMARY KEY (account_id, seq),
            FOREIGN KEY (account_id, agreement_id) REFERENCES agreements(account_id, id) ON DELETE CASCADE
        ) WITHOUT ROWID
        """,
        "CREATE INDEX agreement_states_by_agreement ON agreement_states(account_id, agreement_id)",
        """
        CREATE TABLE notices (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            served_on INTEGER NOT NULL,
            may_begin_on INTEGER NOT NULL,
            valid_until INTEGER NOT NULL,
            review_requested_on INTEGER,
            review_outcome TEXT,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE court_cases (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            hearing_date INTEGER,
            hearing_minutes INTEGER,
            outcome TEXT,
            outcome_date INTEGER,
            terms INTEGER,
            disrepair_counter_claim INTEGER,
            strike_out_date INTEGER,
            balance_on_outcome_date_pence INTEGER,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE evictions (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            date INTEGER NOT NULL,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE pauses (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL CHECK (seq = 0),
            until_date INTEGER NOT NULL,
            reason TEXT NOT NULL,
            comment TEXT NOT NULL,
            set_by TEXT NOT NULL,
            set_at INTEGER NOT NULL,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE holds (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            start_date INTEGER NOT NULL,
            end_date INTEGER,
            reference TEXT NOT NULL,
            note TEXT NOT NULL,
            debt_at_start_pence INTEGER,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
        """
        CREATE TABLE letters (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id TEXT NOT NULL,
            account_ref TEXT NOT NULL,
            template_id TEXT NOT NULL,
            contact_id INTEGER,
            status TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            validation_errors TEXT NOT NULL,
            local_print INTEGER NOT NULL,
            rendered_text TEXT NOT NULL,
            PRIMARY KEY (account_id, seq)
        )
        """,
        "CREATE INDEX letters_by_status ON letters(status)",
        "CREATE INDEX letters_by_id ON letters(id)",
    ]

    /// The diary is the Pre-Action Protocol's evidence trail: the database itself refuses to change
    /// or delete an entry, whatever program writes to it. Undo appends a voiding entry instead.
    static let diary = [
        """
        CREATE TABLE diary (
            account_id INTEGER NOT NULL REFERENCES accounts(id),
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            at INTEGER NOT NULL,
            code TEXT NOT NULL,
            comment TEXT NOT NULL,
            user_login TEXT NOT NULL,
            balance_pence INTEGER NOT NULL,
            voids INTEGER,
            PRIMARY KEY (account_id, seq),
            UNIQUE (account_id, id)
        ) WITHOUT ROWID
        """,
        """
        CREATE TRIGGER diary_is_append_only_update BEFORE UPDATE ON diary
        BEGIN SELECT RAISE(ABORT, 'the diary is append-only: entries cannot be changed'); END
        """,
        """
        CREATE TRIGGER diary_is_append_only_delete BEFORE DELETE ON diary
        BEGIN SELECT RAISE(ABORT, 'the diary is append-only: entries cannot be deleted'); END
        """,
    ]

    static let people = [
        """
        CREATE TABLE users (
            login TEXT PRIMARY KEY,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL,
            disabled INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE user_patches (
            login TEXT NOT NULL REFERENCES users(login) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            patch TEXT NOT NULL,
            PRIMARY KEY (login, seq)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX user_patches_by_patch ON user_patches(patch)",
    ]

    static let classification = [
        """
        CREATE TABLE case_summaries (
            ref TEXT PRIMARY KEY REFERENCES accounts(ref) ON DELETE CASCADE,
            payment_ref TEXT NOT NULL,
            type TEXT NOT NULL,
            debt_kind TEXT,
            patch TEXT,
            officer TEXT,
            tenant_name TEXT NOT NULL,
            short_address TEXT NOT NULL,
            postcode TEXT NOT NULL,
            balance_pence INTEGER NOT NULL,
            collectable_arrears_pence INTEGER NOT NULL,
            days_in_arrears INTEGER NOT NULL,
            band TEXT NOT NULL,
            score INTEGER NOT NULL,
            action_id TEXT NOT NULL,
            action_label TEXT NOT NULL,
            last_action_code TEXT,
            last_action_date INTEGER,
            agreement_state TEXT,
            court_date INTEGER,
            eviction_date INTEGER,
            pause_until INTEGER,
            pause_reason TEXT,
            pause_comment TEXT,
            holds TEXT NOT NULL,
            last_letter_code TEXT,
            last_letter_date INTEGER,
            as_of INTEGER NOT NULL,
            explanation TEXT NOT NULL,
            version INTEGER NOT NULL
        )
        """,
        "CREATE INDEX case_summaries_by_band_score ON case_summaries(band, score DESC)",
        "CREATE INDEX case_summaries_by_patch ON case_summaries(patch, band, score DESC)",
        "CREATE INDEX case_summaries_by_officer ON case_summaries(officer, band, score DESC)",
        """
        CREATE TABLE classify_snapshots (
            id INTEGER PRIMARY KEY,
            as_of INTEGER NOT NULL,
            counts TEXT NOT NULL,
            arrears TEXT NOT NULL
        )
        """,
        "CREATE INDEX classify_snapshots_by_date ON classify_snapshots(as_of)",
    ]

    static let settings = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    ]
}
