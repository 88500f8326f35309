import Foundation
import ArrearsCore

/// A synthetic accounts.csv and transactions.csv in the import format (docs/data-formats.md), sized
/// for the import benchmark: secure tenancies with a weekly rent charge and a payment each week.
enum SyntheticImportFiles {
    struct Written {
        var files: [String]
        var transactionRows: Int
        var bytes: Int
    }

    static let firstMonday = CivilDate(year: 2024, month: 1, day: 1)!
    static let streets = ["Mare Street", "Amhurst Road", "Dalston Lane", "Homerton High Street", "Stoke Newington Church Street"]
    static let postcodes = ["E8 1HE", "E8 2PB", "E8 3DL", "E9 6SR", "N16 0JL"]

    /// The import files of the session's size, written to the scratch folder and read back through
    /// the importer (parse and validate, timed): what a store is then asked to save.
    static func loaded(_ session: BenchSession) throws -> (batch: ImportBatch, written: Written, parseSeconds: Double) {
        let folder = session.path("import")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let written = try write(into: folder, accounts: session.sizes.importAccounts,
                                transactionsPerAccount: session.sizes.transactionsPerAccount)
        let (loaded, parseSeconds) = Stopwatch.time { CSVImporter.load(files: written.files) }
        switch loaded {
        case .success(let batch):
            guard batch.transactionCount == written.transactionRows else {
                throw CommandFailure(message: "the import read \(batch.transactionCount) transactions of \(written.transactionRows) written")
            }
            return (batch, written, parseSeconds)
        case .failure(let failure):
            throw CommandFailure(message: "the synthetic import files were refused, which is a fault in the benchmark:\n\(failure.report(limit: 5))")
        }
    }

    /// Seconds to save an import through the store, in one transaction as `arrears import` does.
    static func save(_ batch: ImportBatch, into store: CaseStore) throws -> Double {
        try Stopwatch.time {
            try store.atomically {
                try store.saveUsers(batch.users)
                try store.saveCases(batch.cases)
            }
        }.seconds
    }

    static func write(into folder: String, accounts: Int, transactionsPerAccount: Int) throws -> Written {
        var accountsText = "tenancy_ref,payment_ref,account_type,patch,start_date,charge,charge_period,address,postcode\n"
        var transactionsText = "tenancy_ref,date,code,description,amount\n"
        accountsText.reserveCapacity(accounts * 120)
        transactionsText.reserveCapacity(accounts * transactionsPerAccount * 48)
        for i in 0..<accounts {
            let ref = "\(String(7_000_000 + i))/01"
            let rent = Int64(9_000 + (i * 37) % 13_000)
            let street = streets[i % streets.count]
            accountsText += "\(ref),\(9_000_000_000 + i),SEC,E0\(i % 8 + 1),\(firstMonday.isoText),\(pounds(rent)),weekly,"
            accountsText += "\"Flat \(i % 40 + 1)\n\(i % 90 + 1) \(street)\",\(postcodes[i % postcodes.count])\n"
            // Alternate lines: the week's charge, then that week's payment (short now and then).
            for line in 0..<transactionsPerAccount {
                let week = line / 2
                if line % 2 == 0 {
                    transactionsText += "\(ref),\(firstMonday.adding(weeks: week).isoText),DBR,Basic rent,\(pounds(rent))\n"
                } else {
                    let paid = (i + week) % 7 == 0 ? rent / 2 : rent
                    let code = (i + week) % 3 == 0 ? "RHB" : "RPY"
                    transactionsText += "\(ref),\(firstMonday.adding(days: week * 7 + 3).isoText),\(code),Payment,\(pounds(-paid))\n"
                }
            }
        }
        let accountsPath = folder + "/accounts.csv"
        let transactionsPath = folder + "/transactions.csv"
        let accountsData = Data(accountsText.utf8)
        let transactionsData = Data(transactionsText.utf8)
        try accountsData.write(to: URL(fileURLWithPath: accountsPath))
        try transactionsData.write(to: URL(fileURLWithPath: transactionsPath))
        return Written(files: [accountsPath, transactionsPath], transactionRows: accounts * transactionsPerAccount,
                       bytes: accountsData.count + transactionsData.count)
    }

    /// `123.45`, `-6.50`: the interchange files' money form.
    static func pounds(_ pence: Int64) -> String {
        let magnitude = abs(pence)
        let p = magnitude % 100
        return (pence < 0 ? "-" : "") + "\(magnitude / 100)." + (p < 10 ? "0" : "") + "\(p)"
    }
}
