import CZlib

/// zlib's deflate, for PDF streams marked `/FlateDecode`.
enum Deflate {
    static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var capacity = compressBound(uLong(input.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                compress2(target.baseAddress, &capacity, source.baseAddress, uLong(input.count), level)
            }
        }
        // compressBound is zlib's own worst case, so compress2 cannot run out of room.
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        output.removeSubrange(Int(capacity)...)
        return output
    }
}
