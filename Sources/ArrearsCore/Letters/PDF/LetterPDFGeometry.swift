/// Where a letter's text goes on an A4 page, in millimetres from the top-left corner, following
/// GOV.UK Notify's precompiled letter specification (template-preview's `precompiled.py`):
/// everything inside the printable area (15 mm sides, 5 mm top and bottom); on page one only
/// the logo zone, the sender zone, the address window and the body, each with room to spare
/// for Notify's 1 mm tolerance and its 3 mm address search margin; the top-left corner left
/// clear for Notify's "NOTIFY" tag.
public enum LetterPDFGeometry {
    public static let pageWidth = 210.0
    public static let pageHeight = 297.0

    /// Notify's zones, for checks and tests.
    public static let printableLeft = 15.0, printableRight = 195.0, printableTop = 5.0, printableBottom = 292.0
    public static let addressWindow = (left: 24.6, right: 120.0, top: 39.5, bottom: 66.3)
    public static let bodyTop = 95.0
    public static let logoZone = (left: 15.0, right: 125.0, top: 5.0, bottom: 30.0)
    public static let senderZone = (left: 125.0, right: 195.0, top: 5.0, bottom: 95.0)
    public static let maxPages = 10
    public static let maxBytes = 2 * 1024 * 1024

    /// The 70-column body: 11 pt DejaVu Sans Mono (2.34 mm a column, 164 mm a line) from 25 mm.
    static let bodyLeft = 25.0
    static let bodySize = 11.0
    static let bodyLeading = 4.2
    /// Baselines: page one's first body row sits 4.5 mm under the 95 mm line (its ascent clears it);
    /// later pages start 11 mm down. The 66th row's baseline is 284 mm, its descenders above 286.
    static let pageOneFirstBaseline = 99.5
    static let laterPagesFirstBaseline = 11.0

    /// The council's name as a text logo, clear of the NOTIFY tag's corner.
    static let logoLeft = 20.0, logoBaseline = 17.0, logoSize = 14.0, logoWidth = 104.0

    /// Sender lines, then the date and references, in the sender zone.
    static let senderLeft = 126.5, senderWidth = 67.5, senderSize = 9.0, senderFirstBaseline = 9.5, senderLeading = 3.8

    /// Up to seven address lines: the first baseline 43 mm, the last 64.3 mm (descenders end by 65.1 mm).
    static let addressLeft = 26.0, addressWidth = 93.0, addressSize = 9.0, addressFirstBaseline = 43.0, addressLeading = 3.55
}
