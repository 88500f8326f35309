import Foundation
import ArrearsCore
import ArrearsUI

/// Issue 13's figures: PDFs for a day's letters (Notify's 20,000-letter daily limit), and the send
/// rate to the local stand-in with its rate limit off (the client, token and HTTP, not Notify).
enum NotifyBench {
    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "PDF letters and GOV.UK Notify (issue 13)")
        let fonts = try LetterFonts.standard.mapError { CommandFailure(message: $0.description) }.get()
        let db = try session.demoDatabase()
        let store = try SQLiteCaseStore(path: db.path)
        guard let template = LetterTemplateCatalogue.standard.template(id: "rent_letter_1"),
              let onePage = LetterTemplateCatalogue.standard.template(id: "garage_notice_to_quit") else {
            throw CommandFailure(message: "letter templates missing from the catalogue")
        }
        var letters: [(text: String, title: String)] = []
        var onePager: String?
        let refs = try store.summaries().filter { template.accountTypes.contains($0.type) }.map(\.ref)
        for ref in refs where letters.count < session.sizes.letters {
            guard let file = try store.loadCase(ref: ref) else { continue }
            for letter in LetterRenderer.renderAll(template, caseFile: file, figures: LetterFigures(collectableArrears: Money(pounds: 512)),
                                                   asOf: BenchSession.asOf, sender: .example) {
                letters.append((letter.text, "\(template.id)-\(ref)-\(letter.contactId)"))
            }
        }
        // A small demo database has fewer tenants than a day's letters: its letters are made again.
        let made = letters.count
        while letters.count < session.sizes.letters && made > 0 { letters.append(letters[letters.count % made]) }
        if let garage = try store.summaries().first(where: { onePage.accountTypes.contains($0.type) }),
           let file = try store.loadCase(ref: garage.ref) {
            onePager = LetterRenderer.renderAll(onePage, caseFile: file, figures: LetterFigures(collectableArrears: Money(pounds: 90)),
                                                asOf: BenchSession.asOf, sender: .example).first?.text
        }
        let (pdfs, seconds) = Stopwatch.time { LetterPDF.makeAll(letters, fonts: fonts) }
        let bytes = pdfs.reduce(0) { $0 + $1.count }
        let count = BenchFigure.format(Double(pdfs.count), decimals: 0)
        table.add(BenchFigure("PDFs for \(count) two-page letters (every core)", seconds, "s", decimals: 2, target: session.target(20, "s")))
        table.add(BenchFigure("  PDFs per second", Double(pdfs.count) / max(seconds, 1e-9), "PDFs/s"))
        table.add(BenchFigure("  average size", Double(bytes) / Double(max(1, pdfs.count)) / 1024, "KB", decimals: 1))
        if let onePager {
            let size = Double(LetterPDF.make(text: onePager, title: "one-page", fonts: fonts).count) / 1024
            table.add(BenchFigure("  a one-page letter (garage notice to quit)", size, "KB", decimals: 1, target: session.target(100, "KB")))
        }
        try sendRate(session, pdf: pdfs.first ?? [], into: &table)
        try campaignPreview(store, into: &table)
        return table
    }

    /// A rent campaign to every case previewed as the workbench's campaign screen does it, a part at a
    /// time: the whole, and the longest part (how long a key can wait while the preview runs).
    static func campaignPreview(_ store: SQLiteCaseStore, into table: inout BenchTable) throws {
        let template = try MessageTemplate(channel: .sms, id: "8c1e5a9e-2f4b-4c1d-9a7e-1b2c3d4e5f60",
                                           text: "Dear ((name)), your rent account is ((arrears)) in arrears. Please pay with reference ((payment_ref)).")
        let campaign = try MessageCampaign(name: "bench", template: template, filter: CampaignFilter())
        let summaries = try store.summaries().sorted { $0.ref < $1.ref }
        let at = Timestamp(london: BenchSession.asOf, hour: 9)
        var preview = MessageCampaign.Preview()
        var longest = 0.0
        let total = try Stopwatch.time {
            for start in stride(from: 0, to: summaries.count, by: CampaignScreen.casesPerPart) {
                let part = summaries[start..<min(summaries.count, start + CampaignScreen.casesPerPart)]
                longest = max(longest, try Stopwatch.time {
                    try campaign.prepare(part, into: &preview, store: store, asOf: BenchSession.asOf, at: at)
                }.seconds)
            }
        }.seconds
        let cases = BenchFigure.format(Double(summaries.count), decimals: 0)
        table.add(BenchFigure("rent campaign preview over \(cases) cases, in parts of \(CampaignScreen.casesPerPart)", total, "s", decimals: 2))
        table.add(BenchFigure("  longest part (a key waits at most this)", longest * 1000, "ms", decimals: 0))
    }

    /// Precompiled letters posted one after another to the stand-in, rate limit off.
    static func sendRate(_ session: BenchSession, pdf: [UInt8], into table: inout BenchTable) throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Tests/NotifyStandIn/notify_stand_in.py").path
        guard FileManager.default.fileExists(atPath: script), FileManager.default.fileExists(atPath: "/usr/bin/python3") else {
            table.note("Send rate not measured: the stand-in (\(script)) or /usr/bin/python3 is missing.")
            return
        }
        let key = "bench-arrears-2f1c7a5e-9b3d-4e8f-a6c2-1d0e9f8b7a61-c4d9e2b1-7a6f-4c3e-b8d5-0f1e2a3b4c5d"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script, "--key", key, "--port", "0", "--rate-limit", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL) }
        var line = [UInt8]()
        while let byte = out.fileHandleForReading.readData(ofLength: 1).first, byte != UInt8(ascii: "\n") { line.append(byte) }
        guard let port = Int(String(decoding: line, as: UTF8.self).dropFirst(5)) else {
            table.note("Send rate not measured: the stand-in did not start.")
            return
        }
        let client = NotifyClient(baseURL: URL(string: "http://127.0.0.1:\(port)")!, key: try NotifyAPIKey(key, source: "bench"),
                                  transport: URLSessionTransport(), wallClock: { Int64(Date().timeIntervalSince1970) })
        let requests = session.quick ? 200 : 2_000
        let seconds = try Stopwatch.time {
            for n in 0..<requests { _ = try client.sendPrecompiledLetter(reference: "bench-\(n)", pdf: pdf, postage: "second") }
        }.seconds
        table.add(BenchFigure("send \(requests) precompiled letters to the stand-in, one at a time", seconds, "s", decimals: 2))
        table.add(BenchFigure("  requests per second (Notify allows 50 a second: 3,000 a minute)", Double(requests) / seconds, "req/s"))
        table.note("The stand-in is Python's single-process HTTP server on this machine: the figure bounds the client, not Notify.")
    }
}
