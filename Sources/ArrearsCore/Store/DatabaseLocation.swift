/// Where the database lives when nobody says otherwise.
public enum DatabaseLocation {
    public static let environmentVariable = "ARREARS_DB"
    public static let fileName = "workbench.sqlite"

    /// `--db PATH`, else `$ARREARS_DB`, else `$XDG_DATA_HOME/arrears/workbench.sqlite`, else
    /// `~/.local/share/arrears/workbench.sqlite`. Empty values count as unset, and a relative
    /// XDG_DATA_HOME is ignored, as the XDG Base Directory specification asks. A leading `~` is
    /// expanded for values that reached the program without passing through a shell.
    public static func resolve(flag: String?, environment: [String: String], home: String) -> String {
        if let flag, !flag.isEmpty { return expandingTilde(flag, home: home) }
        if let variable = environment[environmentVariable], !variable.isEmpty {
            return expandingTilde(variable, home: home)
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return joined(dataHome, "arrears", fileName)
        }
        return joined(home, ".local/share/arrears", fileName)
    }

    private static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return joined(home, String(path.dropFirst(2))) }
        return path
    }

    private static func joined(_ parts: String...) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if result.isEmpty || result.hasSuffix("/") { result += part } else { result += "/" + part }
        }
        return result
    }
}
