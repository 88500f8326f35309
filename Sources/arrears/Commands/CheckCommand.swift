import Foundation
import ArrearsCore

/// `arrears check address` and `arrears check addresses`: GOV.UK Notify's address rules, for
/// administrators cleaning data before any letter is queued.
enum CheckCommand {
    static var address: Command {
        Command(spec: CommandSpec(
            path: "check address", summary: "Check one postal address (lines on standard input) by GOV.UK Notify's rules.",
            usage: "< ADDRESS-LINES", options: [],
            details: "Prints the address as Notify will print it, one line per line, and exits 0; or prints each problem and exits 1."),
            run: { _, _ in
                let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                let check = NotifyAddress.check(text: input)
                if check.isValid {
                    Output.out(check.normalisedLines.joined(separator: "\n"))
                    return 0
                }
                for problem in check.problems { Output.out(problem) }
                return 1
            })
    }

    static var addresses: Command {
        Command(spec: CommandSpec(
            path: "check addresses", summary: "List the accounts whose letters GOV.UK Notify would reject.",
            usage: "[--as LOGIN] [--db PATH]", options: [UsersCommand.asOption],
            details: """
                Checks the address every responsible contact's letters would go to (the correspondence address, else the property).
                Exits 1 when any would be rejected. Needs the right to open cases: only the cases your role may view are checked.
                """),
            run: { args, context in
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                var rejected = 0
                var checked = 0
                let visible = try CaseViewing.forEachVisibleCase(user: user, store: store) { file in
                    let recipients = file.account.responsibleContacts
                    if recipients.isEmpty {
                        rejected += 1
                        Output.out("\(file.ref)\tno responsible contact: nobody to address a letter to")
                        return
                    }
                    for contact in recipients {
                        checked += 1
                        let address = LetterAddress.resolve(contact: contact, property: file.account.property)
                        guard !address.problems.isEmpty else { continue }
                        rejected += 1
                        let problems = address.problems.map(\.message).joined(separator: "; ")
                        Output.out("\(file.ref)\tcontact \(contact.id)\t\(problems)")
                    }
                }
                let skipped = visible.skipped == 0 ? "" : " \(visible.skipped) cases on the other side of the service were not checked (your role may not view them)."
                Output.err("\(checked) addresses checked; \(rejected) would be rejected.\(skipped)")
                return rejected == 0 ? 0 : 1
            })
    }
}

/// Opening the store for a command: the database must already exist.
enum CommandStore {
    static func open(_ args: ParsedArguments, _ context: Context) throws -> SQLCaseStore {
        try open(location: context.databasePath(args))
    }

    static func open(location path: String) throws -> SQLCaseStore {
        guard DatabaseLocation.isPostgres(path) || FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "\(path): no database there. Create one with 'arrears demo' or 'arrears import --db PATH FILE...', or name another with --db.")
        }
        return try StoreOpener.openForCommand(path)
    }
}
