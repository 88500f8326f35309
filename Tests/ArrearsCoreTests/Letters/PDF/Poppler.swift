import Foundation

/// poppler-utils read back the PDFs the writer makes: `pdfinfo` for pages and size,
/// `pdftotext -bbox` for where each word is, `pdftoppm` for the ink (GOV.UK Notify checks a
/// precompiled letter by rendering it and looking for non-white pixels outside its zones).
enum Poppler {
    struct Word: Equatable {
        var page: Int
        var text: String
        /// Millimetres from the top left of the page.
        var left: Double, top: Double, right: Double, bottom: Double
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/" + tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    static func write(_ pdf: [UInt8], name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-pdf-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name + ".pdf").path
        try Data(pdf).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func info(_ path: String) throws -> [String: String] {
        let text = String(decoding: try run("pdfinfo", [path]), as: UTF8.self)
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    static func words(_ path: String) throws -> [Word] {
        let html = String(decoding: try run("pdftotext", ["-bbox", path, "-"]), as: UTF8.self)
        let mm = 25.4 / 72
        var words: [Word] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word "), let close = line.range(of: "\">"), let end = line.range(of: "</word>") else { continue }
            func attribute(_ name: String) -> Double {
                guard let r = line.range(of: name + "=\"") else { return .nan }
                return Double(line[r.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            let text = String(line[close.upperBound..<end.lowerBound])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            words.append(Word(page: page, text: text, left: attribute("xMin") * mm, top: attribute("yMin") * mm,
                              right: attribute("xMax") * mm, bottom: attribute("yMax") * mm))
        }
        return words
    }

    /// Lines of words: words sharing a baseline (their bottom), left to right.
    static func lines(_ words: [Word]) -> [String] {
        let rows = Dictionary(grouping: words) { ($0.bottom * 10).rounded() }
        return rows.keys.sorted().map { key in rows[key]!.sorted { $0.left < $1.left }.map(\.text).joined(separator: " ") }
    }

    /// Each page as a grey-level bitmap at `dpi`; a pixel is inked when darker than white.
    struct Bitmap {
        var width: Int, height: Int, dpi: Int
        var pixels: [UInt8]
        func inked(xMM: Double, yMM: Double) -> Bool {
            let x = Int(xMM / 25.4 * Double(dpi)), y = Int(yMM / 25.4 * Double(dpi))
            return x >= 0 && y >= 0 && x < width && y < height && pixels[y * width + x] < 255
        }
        /// Every inked pixel's centre, in millimetres.
        var ink: [(x: Double, y: Double)] {
            var out: [(Double, Double)] = []
            for y in 0..<height { for x in 0..<width where pixels[y * width + x] < 255 {
                out.append(((Double(x) + 0.5) * 25.4 / Double(dpi), (Double(y) + 0.5) * 25.4 / Double(dpi)))
            } }
            return out
        }
    }

    static func render(_ path: String, dpi: Int = 72) throws -> [Bitmap] {
        let prefix = path + "-page"
        _ = try run("pdftoppm", ["-r", String(dpi), "-gray", path, prefix])
        let folder = (path as NSString).deletingLastPathComponent
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { ($0 as NSString).lastPathComponent.hasPrefix((prefix as NSString).lastPathComponent) && $0.hasSuffix(".pgm") }
            .sorted()
        return try names.map { name in
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name)))
            // P5 header: magic, width, height, maxval, each followed by whitespace.
            var fields: [Int] = [], at = 2, current = ""
            while fields.count < 3 {
                let c = Character(Unicode.Scalar(data[at])); at += 1
                if c.isNumber { current.append(c) } else if !current.isEmpty { fields.append(Int(current)!); current = "" }
            }
            return Bitmap(width: fields[0], height: fields[1], dpi: dpi, pixels: Array(data[at...]))
        }
    }
}
