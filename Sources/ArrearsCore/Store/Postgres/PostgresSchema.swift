/// Several stores in one PostgreSQL database, one schema each: the tests' throwaway stores, and the
/// benchmark's when it is given a server (`ARREARS_BENCH_PG`). A store keeps everything, its version
/// marker included, in its connection's current schema, which the URL sets (`search_path`).
public enum PostgresSchema {
    /// Creates the schema `name` (letters, digits and `_` only) in the database `url` reaches, and
    /// returns a URL whose connections work in it. `url` must be a `postgresql://` URL.
    public static func create(_ name: String, in url: String) throws -> String {
        try PGConnection(url: url).execute("CREATE SCHEMA \(try checked(name))")
        return self.url(url, schema: name)
    }

    /// `url` with the schema its connections work in.
    static func url(_ url: String, schema: String) -> String {
        url + (url.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
    }

    /// Drops the schema and everything in it.
    public static func drop(_ name: String, in url: String) throws {
        try PGConnection(url: url).execute("DROP SCHEMA IF EXISTS \(try checked(name)) CASCADE")
    }

    /// Schema names are spliced into SQL and URLs: only plain identifiers are accepted.
    private static func checked(_ name: String) throws -> String {
        let plain = !name.isEmpty && name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
        guard plain, let first = name.utf8.first, !(0x30...0x39).contains(first) else {
            throw StoreError.postgres(state: "42602", message: "'\(name)' is not a plain schema name (a-z, 0-9, _)",
                                      context: "naming a schema")
        }
        return name
    }
}
