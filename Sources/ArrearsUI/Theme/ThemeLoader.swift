import Foundation

extension Theme {
    /// The file extension of theme files.
    public static let fileExtension = "theme"

    /// Loads `<name>.theme` from the first search path that has it (typically the user's config
    /// folder, then the installed `Themes/` folder), else the built-in theme of that name.
    /// - Throws: `ConfigError` naming the file and line of every problem, or saying where it looked.
    public static func load(name: String, searchPaths: [String]) throws -> Theme {
        guard !name.isEmpty, !name.contains("/") else {
            throw ConfigError(file: name, message: "a theme name is a file name without folders or extension")
        }
        for folder in searchPaths {
            let path = (folder as NSString).appendingPathComponent("\(name).\(fileExtension)")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ConfigError(file: path, message: "cannot read the file as UTF-8 text")
            }
            return try ThemeParser.parse(text, name: name, file: path)
        }
        if let text = BuiltInThemes.texts[name] { return try ThemeParser.parse(text, name: name, file: "built-in \(name) theme") }
        let known = available(searchPaths: searchPaths)
        let where_ = searchPaths.isEmpty ? "no theme folders configured" : "looked in " + searchPaths.joined(separator: ", ")
        throw ConfigError(file: name, message: "no theme named \"\(name)\" (\(where_))"
                          + (known.isEmpty ? "" : "; available: " + known.joined(separator: ", ")))
    }

    /// Theme names found in the search paths and built in, sorted, without duplicates.
    public static func available(searchPaths: [String]) -> [String] {
        var names = Set(BuiltInThemes.texts.keys)
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".\(fileExtension)") {
                names.insert(String(file.dropLast(fileExtension.count + 1)))
            }
        }
        return names.sorted()
    }
}
