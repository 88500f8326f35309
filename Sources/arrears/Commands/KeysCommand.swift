import ArrearsUI

/// `arrears keys`: every key binding, from the action registry (what `make docs` writes to docs/keys.md).
enum KeysCommand {
    static var command: Command {
        Command(spec: CommandSpec(
            path: "keys", summary: "Print every key binding as Markdown (docs/keys.md), from the action registry.",
            usage: "", options: []),
            run: { args, context in
                let registry = WorkbenchActions.registry
                let keymap = try WorkbenchAppearance.keymap(context: context, registry: registry)
                Output.out(KeysDocument.markdown(registry: registry, keymap: keymap))
                return 0
            })
    }
}

/// The registry the workbench runs with.
enum WorkbenchActions {
    static var registry: ActionRegistry { .standard }
}
