import Foundation

/// The fonts letters print in: DejaVu Sans Mono, so the 70-column layout (tables, forms, the
/// footer) prints exactly as it reads on screen, and DejaVu Sans for the few characters the
/// monospaced face lacks (Vietnamese letters such as ễ in Nguyễn), each placed in its own cell.
/// Both come from Debian's fonts-dejavu-core. Loaded once; each character set's embedded subset
/// is made once and shared by every letter that needs it.
public final class LetterFonts: @unchecked Sendable {
    public static let folder = "/usr/share/fonts/truetype/dejavu"
    static let primaryFile = "DejaVuSansMono.ttf"
    static let fallbackFile = "DejaVuSans.ttf"

    /// The fonts from the Debian package, or why they cannot be read.
    public static let standard: Result<LetterFonts, TrueTypeFont.Failure> = {
        do {
            return .success(LetterFonts(primary: try TrueTypeFont(path: folder + "/" + primaryFile),
                                        fallback: try TrueTypeFont(path: folder + "/" + fallbackFile)))
        } catch let failure as TrueTypeFont.Failure {
            return .failure(TrueTypeFont.Failure(description: failure.description + " (install the fonts-dejavu-core package)"))
        } catch {
            return .failure(TrueTypeFont.Failure(description: "\(error)"))
        }
    }()

    let primary: TrueTypeFont
    let fallback: TrueTypeFont
    private let lock = NSLock()
    private var embedded: [String: PDFEmbeddedFont] = [:]

    /// Every letter's subset includes these, so nearly all letters share one embedded font.
    static let commonScalars: [Unicode.Scalar] =
        (0x20...0x7E).compactMap(Unicode.Scalar.init) + (0xA0...0xFF).compactMap(Unicode.Scalar.init)
        + Array("•–—‘’“”…€·".unicodeScalars)
    private static let commonSet = Set(commonScalars)

    public init(primary: TrueTypeFont, fallback: TrueTypeFont) {
        self.primary = primary
        self.fallback = fallback
        asciiGlyphs = (0..<128).map { primary.glyph(for: Unicode.Scalar(UInt8($0))) }
    }

    /// Printable ASCII is nearly every character of every letter: looked up in an array.
    private let asciiGlyphs: [UInt16?]

    func primaryGlyph(_ scalar: Unicode.Scalar) -> UInt16? {
        scalar.value < 128 ? asciiGlyphs[Int(scalar.value)] : primary.glyph(for: scalar)
    }

    /// The primary font's subset for a letter using `scalars` (the common set plus any others).
    func primarySubset(for scalars: Set<Unicode.Scalar>) -> PDFEmbeddedFont {
        let extra = scalars.subtracting(Self.commonSet).sorted { $0.value < $1.value }
        return subset("m" + String(String.UnicodeScalarView(extra)), font: primary, scalars: Self.commonScalars + extra)
    }

    func fallbackSubset(for scalars: Set<Unicode.Scalar>) -> PDFEmbeddedFont {
        let sorted = scalars.sorted { $0.value < $1.value }
        return subset("f" + String(String.UnicodeScalarView(sorted)), font: fallback, scalars: sorted)
    }

    private func subset(_ key: String, font: TrueTypeFont, scalars: [Unicode.Scalar]) -> PDFEmbeddedFont {
        lock.lock()
        if let made = embedded[key] { lock.unlock(); return made }
        lock.unlock()
        let made = PDFEmbeddedFont(font: font, scalars: scalars)
        lock.lock(); defer { lock.unlock() }
        if embedded.count > 512 { embedded.removeAll() }      // rare names only; keep memory bounded
        embedded[key] = made
        return made
    }
}
