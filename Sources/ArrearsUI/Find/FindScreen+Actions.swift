import ArrearsCore

/// Find-anywhere as a screen of the stack: typing searches, arrows move, Enter opens the case over it.
extension FindScreen: Screen {
    var context: ActionContext { .find }

    /// Goes back to the find screen already open (keeping its query), or opens one. The index is built
    /// once per load of the cases and kept with them; the core refuses a role that may view no case.
    static func open(session: Session) -> Outcome {
        Outcome([.reuse(matching: { $0 is FindScreen }, otherwise: {
            do {
                return .push(FindScreen(searchable: try finder(session: session).count))
            } catch {
                return .message("\(error)", .error)
            }
        })])
    }

    /// The user's find index over the loaded summaries, built on first use.
    static func finder(session: Session) throws -> CaseFinder {
        let index = session.index
        if let built = index.finder, built.login == session.user.login { return built.finder }
        let made = try CaseFinder(user: session.user, summaries: index.summaries, text: index.searchText)
        index.finder = (session.user.login, made)
        return made
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, summaries: session.index.summaries, glyphs: session.glyphs)
    }

    mutating func type(_ key: Key, session: Session) -> Outcome? {
        guard input.handle(key) else { return nil }
        do {
            search(with: try FindScreen.finder(session: session))
        } catch {
            return .message("\(error)", .error)
        }
        return .handled
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        switch id {
        case .findNext: viewport.move(by: 1)
        case .findPrevious: viewport.move(by: -1)
        case .findPageDown: viewport.page(by: 1)
        case .findPageUp: viewport.page(by: -1)
        case .findOpen:
            guard let position = selectedPosition else {
                return .message(input.text.isEmpty ? "Type what to find first." : "No case matches \u{201C}\(input.text)\u{201D}.")
            }
            return CaseScreen.open(ref: session.index.summaries[position].ref, session: session)
        default: return nil
        }
        return .handled
    }

    /// The cases were read again and the index rebuilt with them: search afresh for the same query.
    mutating func reload(session: Session) {
        found = nil
        guard let finder = try? FindScreen.finder(session: session) else { viewport = ListViewport(); return }
        search(with: finder)
    }
}
