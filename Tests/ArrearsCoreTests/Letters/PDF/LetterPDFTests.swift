import Foundation
import Testing
@testable import ArrearsCore

/// Letters as PDFs, read back with poppler-utils and checked against GOV.UK Notify's
/// precompiled letter specification, zone by zone.
@Suite(.serialized) struct LetterPDFTests {
    let fonts: LetterFonts

    init() throws { fonts = try LetterFonts.standard.get() }

    static let names: [(String, String, String)] = [
        ("Mr", "İbrahim", "Çelik"), ("Mr", "Paweł", "Zieliński"), ("Ms", "Ngọc Anh", "Nguyễn"), ("", "Zoë", "O'Brien"),
    ]

    func letter(_ templateId: String, first: String = "Amara", last: String = "Okafor", title: String = "Ms") -> RenderedLetter {
        let t = LetterFixtures.template(templateId)
        var caseFile = LetterFixtures.caseFitting(t)
        let contact = Contact(id: 1, responsible: true, title: title.isEmpty ? nil : title, firstName: first, lastName: last)
        caseFile.account.contacts = [contact]
        return LetterFixtures.render(t, caseFile: caseFile, contact: contact)
    }

    func words(of text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{0C}" }).map(String.init).sorted()
    }

    @Test(arguments: names)
    func printsEveryNameAndWordOfTheLetter(title: String, first: String, last: String) throws {
        let rendered = letter("rent_letter_1", first: first, last: last, title: title)
        let pdf = LetterPDF.make(text: rendered.text, title: "rent_letter_1-test", fonts: fonts)
        let path = try Poppler.write(pdf, name: "names-\(last)")
        let read = try Poppler.words(path)
        #expect(read.map(\.text).sorted() == words(of: rendered.text))
        #expect(read.contains { $0.text == last })
    }

    @Test func isA4PortraitWithOnePagePerPageOfText() throws {
        for id in ["garage_notice_to_quit", "rent_letter_1", "leasehold_letter_2_leasehold"] {
            let rendered = letter(id)
            let pdf = LetterPDF.make(text: rendered.text, title: id, fonts: fonts)
            let info = try Poppler.info(try Poppler.write(pdf, name: "size-\(id)"))
            #expect(info["Pages"] == String(rendered.pageCount), "\(id)")
            #expect(info["Page size"] == "595.28 x 841.89 pts (A4)", "\(id)")
            #expect(LetterPDF.notifyProblems(pageCount: rendered.pageCount, byteCount: pdf.count).isEmpty)
        }
    }

    @Test func aOnePageLetterIsUnder100KilobytesWithItsFontEmbedded() throws {
        let rendered = letter("garage_notice_to_quit", first: "Ngọc Anh", last: "Nguyễn")
        #expect(rendered.pageCount == 1)
        let pdf = LetterPDF.make(text: rendered.text, title: "garage", fonts: fonts)
        #expect(pdf.count <= 100 * 1024)
        let fontsReport = String(decoding: try Poppler.run("pdffonts", [try Poppler.write(pdf, name: "fonts")]), as: UTF8.self)
        let rows = fontsReport.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 2)                                    // the monospaced face and the fallback for ễ
        #expect(rows.allSatisfy { $0.contains("CID TrueType") && $0.contains(" yes yes yes ") })   // embedded, subset, ToUnicode
    }

    @Test func theAddressIsAloneInTheWindowLineForLine() throws {
        let rendered = letter("rent_letter_1", first: "Paweł", last: "Zieliński", title: "Mr")
        let read = try Poppler.words(try Poppler.write(LetterPDF.make(text: rendered.text, title: "a", fonts: fonts), name: "address"))
        let w = LetterPDFGeometry.addressWindow
        // Notify reads the address from the window widened by 3 mm on every side.
        let near = read.filter { $0.page == 1 && $0.right > w.left - 3 && $0.left < w.right + 3 && $0.bottom > w.top - 3 && $0.top < w.bottom + 3 }
        #expect(Poppler.lines(near) == rendered.address.printedLines)
        #expect(near.allSatisfy { $0.left >= w.left && $0.right <= w.right && $0.top >= w.top && $0.bottom <= w.bottom })
    }

    @Test func pageOneHasTextOnlyInNotifysZonesAndTheBodyFrom95mm() throws {
        let rendered = letter("informal_agreement_confirmation", first: "İbrahim", last: "Çelik", title: "Mr")
        let read = try Poppler.words(try Poppler.write(LetterPDF.make(text: rendered.text, title: "z", fonts: fonts), name: "zones"))
        let g = LetterPDFGeometry.self
        for word in read where word.page == 1 {
            let inLogo = word.left >= g.logoZone.left && word.right <= g.logoZone.right && word.top >= g.logoZone.top && word.bottom <= g.logoZone.bottom
            let inSender = word.left >= g.senderZone.left && word.right <= g.senderZone.right && word.top >= g.senderZone.top && word.bottom <= g.senderZone.bottom
            let w = g.addressWindow
            let inWindow = word.left >= w.left && word.right <= w.right && word.top >= w.top && word.bottom <= w.bottom
            let inBody = word.top >= g.bodyTop && word.left >= g.printableLeft && word.right <= g.printableRight && word.bottom <= g.printableBottom
            #expect(inLogo || inSender || inWindow || inBody, "\(word)")
        }
        // The body's first line is the letter's first body row.
        let bodyRow = LetterPageGeometry.firstBodyRowOnPageOne
        let firstBodyText = rendered.pages[0][bodyRow...].first { !$0.isEmpty }!
        let bodyLines = Poppler.lines(read.filter { $0.page == 1 && $0.top >= g.bodyTop })
        #expect(bodyLines.first == firstBodyText.split(separator: " ").joined(separator: " "))
        // Every later page's lines, in order, are the letter's lines.
        for page in 2...rendered.pageCount {
            let expected = rendered.pages[page - 1].map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
            #expect(Poppler.lines(read.filter { $0.page == page }) == expected)
        }
    }

    /// Notify's own check: render each page and look for ink outside the places it allows.
    @Test func noInkOutsideThePrintableAreaOrPageOnesZonesAndTheTagCornerIsClear() throws {
        let rendered = letter("leasehold_letter_2_leasehold", first: "Ngọc Anh", last: "Nguyễn")
        let pages = try Poppler.render(try Poppler.write(LetterPDF.make(text: rendered.text, title: "ink", fonts: fonts), name: "ink"))
        #expect(pages.count == rendered.pageCount)
        let g = LetterPDFGeometry.self
        for (index, page) in pages.enumerated() {
            for (x, y) in page.ink {
                let printable = x >= g.printableLeft && x <= g.printableRight && y >= g.printableTop && y <= g.printableBottom
                #expect(printable, "page \(index + 1) ink at \(x) mm, \(y) mm")
                // The NOTIFY tag's corner, as Notify finds it: x up to about 20.6 mm, y up to about 10.4 mm.
                #expect(!(x < 20.6 && y < 10.4))
                guard index == 0 else { continue }
                let w = g.addressWindow
                let allowed = (y <= g.logoZone.bottom) || (x >= g.senderZone.left && y <= g.senderZone.bottom)
                    || (x >= w.left && x <= w.right && y >= w.top && y <= w.bottom) || y >= g.bodyTop
                #expect(allowed, "page 1 ink at \(x) mm, \(y) mm")
            }
        }
    }

    @Test func fittedLinesNeverLeaveTheirZone() {
        let long = String(repeating: "W", count: 80)
        let size = PlacedText.fitted(long, size: 9, width: LetterPDFGeometry.addressWidth)
        #expect(size < 9)
        #expect(Double(80) * PlacedText.cellWidth(size: size) <= LetterPDFGeometry.addressWidth)
        #expect(PlacedText.fitted("Flat 1", size: 9, width: LetterPDFGeometry.addressWidth) == 9)
    }
}
