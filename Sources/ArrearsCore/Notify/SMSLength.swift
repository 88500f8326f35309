/// How long a text message is in the network's terms, as GOV.UK Notify counts it
/// (notifications-utils, domain-and-peers.md §2.6): characters of the GSM 03.38 alphabet fit 160 in
/// one fragment and 153 in each of several; any other character makes the whole message UCS-2, 70 in
/// one fragment and 67 in each of several. Characters of the GSM extension table (`^{}\[~]|€`) take
/// two places. Notify refuses more than 918 characters.
///
/// Notify also swaps a few look-alike characters (curly quotes, dashes) for GSM ones before it
/// counts; this count does not, so it never shows fewer fragments than Notify will charge.
public struct SMSLength: Hashable, Sendable {
    public enum Encoding: String, Sendable { case gsm7 = "GSM-7", ucs2 = "UCS-2" }

    public static let characterLimit = 918

    /// Characters as the network counts them (extension characters twice in GSM-7).
    public var characters: Int
    public var fragments: Int
    public var encoding: Encoding

    public init(_ text: String) {
        let scalars = text.unicodeScalars
        if scalars.allSatisfy({ Self.basic.contains($0) || Self.extended.contains($0) }) {
            encoding = .gsm7
            characters = scalars.reduce(0) { $0 + (Self.extended.contains($1) ? 2 : 1) }
            fragments = characters == 0 ? 0 : characters <= 160 ? 1 : (characters + 152) / 153
        } else {
            encoding = .ucs2
            characters = text.utf16.count
            fragments = characters <= 70 ? 1 : (characters + 66) / 67
        }
    }

    /// Why Notify would refuse it, or nil.
    public var problem: String? {
        if characters == 0 { return "The message is empty" }
        if characters > Self.characterLimit {
            return "The message is \(characters) characters; GOV.UK Notify refuses more than \(Self.characterLimit)"
        }
        return nil
    }

    /// `143 characters, 1 fragment (GSM-7)`: what an officer sees before sending.
    public var text: String {
        "\(characters) character\(characters == 1 ? "" : "s"), \(fragments) fragment\(fragments == 1 ? "" : "s") (\(encoding.rawValue))"
    }

    /// The GSM 03.38 default alphabet.
    static let basic: Set<Unicode.Scalar> = Set(
        ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿"
            + "abcdefghijklmnopqrstuvwxyzäöñüà").unicodeScalars)
    /// The GSM 03.38 extension table: each is sent as an escape and the character.
    static let extended: Set<Unicode.Scalar> = Set("^{}\\[~]|€\u{0C}".unicodeScalars)
}
