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

/// Raw deflate (no zlib header or checksum) against a preset dictionary, for text that shares most of
/// its words with the dictionary: stored letters (`LetterTextPacking`).
extension Deflate {
    static func compress(_ input: [UInt8], dictionary: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        // windowBits −15: raw deflate, 32 KB window; memLevel 9 and level 9: the smallest output.
        var status = deflateInit2_(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "zlib deflateInit2 failed (\(status))")
        defer { deflateEnd(&stream) }
        status = dictionary.withUnsafeBufferPointer { deflateSetDictionary(&stream, $0.baseAddress, uInt($0.count)) }
        precondition(status == Z_OK, "zlib deflateSetDictionary failed (\(status))")
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))))
        var input = input
        status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        // deflateBound is zlib's own worst case, so one call with Z_FINISH ends the stream.
        precondition(status == Z_STREAM_END, "zlib deflate failed (\(status))")
        output.removeSubrange(Int(stream.total_out)...)
        return output
    }

    /// Nil when `input` is not a whole raw deflate stream made with this dictionary.
    static func decompress(_ input: [UInt8], dictionary: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // A raw stream has no header asking for the dictionary: it is set before the first byte.
        let set = dictionary.withUnsafeBufferPointer { inflateSetDictionary(&stream, $0.baseAddress, uInt($0.count)) }
        guard set == Z_OK else { return nil }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var input = input
        return input.withUnsafeMutableBufferPointer { source -> [UInt8]? in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { target -> (Int32, Int) in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, target.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[..<produced])
                switch status {
                case Z_STREAM_END: return stream.avail_in == 0 ? output : nil
                case Z_OK: continue
                default: return nil   // Z_DATA_ERROR, Z_BUF_ERROR with no input left: truncated or not ours
                }
            }
        }
    }
}
