/// `arrears man`: the manual page, in roff, made from the same help every command prints with
/// `--help`, so the two never differ. `make install` writes it to `share/man/man1/arrears.1`.
enum ManCommand {
    static var command: Command {
        Command(spec: CommandSpec(
            path: "man", summary: "Print the manual page (roff), made from every command's --help.",
            usage: "", options: []),
            run: { _, _ in
                Output.out(page())
                return 0
            })
    }

    static func page() -> String {
        var out = [".TH ARREARS 1 \"\" \"arrears \(Context.version)\" \"User Commands\"",
                   ".SH NAME", "arrears \\- a keyboard-driven workbench for council housing income teams",
                   ".SH SYNOPSIS", ".B arrears", "[COMMAND] [OPTIONS]", ".SH DESCRIPTION", ".nf"]
        out += Tool.topLevelHelp.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }
        out += [".fi", ".SH COMMANDS"]
        for command in Tool.commands where !command.spec.path.isEmpty {
            out += [".SS arrears \(command.spec.path)", ".nf"]
            out += command.spec.helpText.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }
            out.append(".fi")
        }
        out += [".SH FILES", ".TP", "$XDG_CONFIG_HOME/arrears/config, keys, themes/",
                "Settings (theme), key bindings and extra themes (default ~/.config/arrears).",
                ".TP", "$XDG_DATA_HOME/arrears/workbench.sqlite",
                "The database when neither --db nor ARREARS_DB names one (default ~/.local/share/arrears).",
                ".SH SEE ALSO", "The docs/ folder of the source: user-guide.md, keys.md, operations.md."]
        return out.joined(separator: "\n")
    }

    /// roff reads a backslash as an escape and a leading dot or quote as a request.
    static func escaped(_ line: String) -> String {
        let text = line.replacingOccurrences(of: "\\", with: "\\e")
        return text.hasPrefix(".") || text.hasPrefix("'") ? "\\&" + text : text
    }
}
