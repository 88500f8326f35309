/// A table's row count and an order-independent checksum of its rows, computed the same way on
/// either engine so that a copy can be verified row for row.
public struct TableFigures: Equatable, Sendable, CustomStringConvertible {
    public let table: String
    public var rows: Int
    public var checksum: UInt64

    init(table: String) {
        self.table = table; rows = 0; checksum = 0
    }

    /// Adds one row: every value as text (NULL marked apart from the empty string), hashed with
    /// 64-bit FNV-1a, and the hashes summed so that the order rows are read in does not matter.
    /// A checksum against accidents in transit, not a defence against tampering.
    mutating func add(_ values: [String?]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in values {
            for byte in (value.map { "v" + $0 } ?? "n").utf8 + [0x1F] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        rows += 1
        checksum = checksum &+ hash
    }

    public var description: String {
        "\(table): \(rows) rows, checksum \(String(checksum, radix: 16, uppercase: false))"
    }
}
