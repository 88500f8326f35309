/// Ledger and diary codes are one to four ASCII letters, so each packs into a UInt32. Looking codes up
/// by packed key in a sorted table avoids hashing a string for every ledger line and diary entry of a
/// million cases.
enum CodeKey {
    static func pack(_ code: String) -> UInt32? {
        var key: UInt32 = 0
        var count = 0
        for byte in code.utf8 {
            count += 1
            guard count <= 4, byte < 0x80 else { return nil }
            key = key << 8 | UInt32(byte)
        }
        return count == 0 ? nil : key
    }

    /// A sorted table of packed codes with a value each.
    struct Table<Value: Sendable>: Sendable {
        private let keys: [UInt32]
        private let values: [Value]

        init(_ pairs: [(String, Value)]) {
            let packed = pairs.compactMap { code, value in CodeKey.pack(code).map { ($0, value) } }.sorted { $0.0 < $1.0 }
            keys = packed.map(\.0)
            values = packed.map(\.1)
        }

        subscript(code: String) -> Value? {
            guard let key = CodeKey.pack(code) else { return nil }
            var low = 0, high = keys.count
            while low < high {
                let mid = (low + high) / 2
                if keys[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low < keys.count && keys[low] == key ? values[low] : nil
        }
    }

    /// The 27 Universal Housing payment codes.
    static let payments = Table(TransactionCodes.payments.map { ($0, true) })
}
