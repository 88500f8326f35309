import Foundation

/// A file being written in large chunks, created readable by its owner only (exports hold personal data).
final class ExportFile {
    private let handle: FileHandle
    private var buffer = ""
    private static let chunk = 1 << 20

    init(url: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) { try manager.removeItem(at: url) }
        guard manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw ExportError.cannotCreate(path: url.path)
        }
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ text: String) throws {
        buffer += text
        if buffer.utf8.count >= ExportFile.chunk { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }
}

public enum ExportError: Error, Equatable, CustomStringConvertible {
    case cannotCreate(path: String)
    case notADirectory(path: String)

    public var description: String {
        switch self {
        case let .cannotCreate(path): return "\(path): cannot create this file; check the folder exists and you may write to it."
        case let .notADirectory(path): return "\(path): is not a folder; give a folder for the CSV files."
        }
    }
}
