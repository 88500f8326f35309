import Foundation
import ArrearsCore
import ArrearsUI

/// Where the workbench finds its themes and the user's key bindings.
enum WorkbenchAppearance {
    /// The user's config folder, then the `Themes/` folder that ships beside the program
    /// (found from the executable: `.build/<config>/arrears` → `Themes/`), then `ARREARS_THEMES`.
    static func themeSearchPaths(_ context: Context) -> [String] {
        var paths: [String] = []
        if let extra = context.environment["ARREARS_THEMES"], !extra.isEmpty { paths.append(extra) }
        paths.append(configFolder(context) + "/themes")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("Themes").path
            if FileManager.default.fileExists(atPath: candidate) { paths.append(candidate); break }
            folder = folder.deletingLastPathComponent()
        }
        paths.append("/usr/local/share/arrears/Themes")
        return paths
    }

    static func configFolder(_ context: Context) -> String {
        if let xdg = context.environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/arrears" }
        return context.home + "/.config/arrears"
    }

    /// `~/.config/arrears/config`: `key = value` lines, `#` comments. Known keys: `theme`.
    /// A typo is refused with `file:line: message`, never silently ignored.
    static func settings(_ context: Context) throws -> [String: String] {
        let path = configFolder(context) + "/config"
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        var settings: [String: String] = [:]
        var issues: [ConfigIssue] = []
        for line in ConfigLine.lines(of: String(decoding: data, as: UTF8.self)) {
            guard let (key, value) = line.keyValue, !value.isEmpty else {
                issues.append(ConfigIssue(file: path, line: line.number, message: "expected 'key = value', got '\(line.content)'"))
                continue
            }
            guard ["theme"].contains(key) else {
                issues.append(ConfigIssue(file: path, line: line.number, message: "unknown setting '\(key)'; known settings: theme"))
                continue
            }
            settings[key] = value
        }
        if !issues.isEmpty { throw CommandFailure(message: ConfigError(issues: issues).description) }
        return settings
    }

    static func theme(named name: String, context: Context) throws -> Theme {
        do {
            return try Theme.load(name: name, searchPaths: themeSearchPaths(context))
        } catch let e as ConfigError {
            throw CommandFailure(message: e.description)
        }
    }

    /// The registry's keys with the user's `~/.config/arrears/keys` overrides applied.
    static func keymap(context: Context, registry: ActionRegistry = .standard) throws -> Keymap {
        let path = configFolder(context) + "/keys"
        do {
            return try KeyBindingsFile.load(path: path, registry: registry, keymap: Keymap(registry: registry))
        } catch let e as ConfigError {
            throw CommandFailure(message: e.description)
        }
    }
}
