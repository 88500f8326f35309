import Foundation

/// How a letter's printed text is stored (schema version 8): deflated against a preset dictionary of
/// the built-in letters' shared paragraphs and written as Base64 text in `letters.rendered_text_packed`,
/// with `rendered_text` left empty. A letter of about 3 KB takes about 380 characters, so the demo's
/// letters shrink from about 38% of a database to about 5% (docs/storage.md). Text is unpacked exactly,
/// byte for byte, wherever a letter is read: the Letters pane, exports, PDFs, `db copy` (which copies
/// the stored columns as they are, both ways, and so checks them as they are).
///
/// Base64 and not a binary column: both engines, `db copy`, `db check` and the checksums handle text
/// alone, and PostgreSQL would not store a deflated stream in a `TEXT` column.
enum LetterTextPacking {
    /// "1:" names the dictionary (`LetterTextDictionary.version1`); a later dictionary takes "2:".
    private static let prefix = "1:"
    private static let dictionary = Array(LetterTextDictionary.version1.utf8)

    /// The packed form of `text`; nil for empty text, which is stored as it is.
    static func pack(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        return prefix + Data(Deflate.compress(Array(text.utf8), dictionary: dictionary)).base64EncodedString()
    }

    /// The text packed in `packed`, or nil when it is not a packing this program knows (a damaged row, a
    /// newer program's dictionary).
    static func unpack(_ packed: String) -> String? {
        guard packed.hasPrefix(prefix), let data = Data(base64Encoded: String(packed.dropFirst(prefix.count))),
              let bytes = Deflate.decompress(Array(data), dictionary: dictionary) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }
}
