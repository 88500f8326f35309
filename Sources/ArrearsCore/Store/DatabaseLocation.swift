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

    /// True for a PostgreSQL database URL; anything else is an SQLite file path.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    /// The location with any password in a URL's user part replaced by `***`, for messages and logs.
    public static func redacted(_ location: String) -> String {
        guard isPostgres(location), let scheme = location.range(of: "://"),
              let at = location[scheme.upperBound...].firstIndex(of: "@") else { return location }
        let userInfo = location[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return location }
        return String(location[..<colon]) + ":***" + String(location[at...])
    }
}
