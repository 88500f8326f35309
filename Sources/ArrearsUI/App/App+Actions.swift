import ArrearsCore

extension App {
    /// Runs an action in a context: the permission check, then the overlay's or screen's handling.
    mutating func perform(_ id: ActionID, in context: ActionContext) {
        guard let action = registry[id] else {
            message = StatusMessage("Unknown action \(id).", kind: .error)
            return
        }
        guard action.allows(user.role) else {
            message = StatusMessage(refusal(of: action), kind: .warning)
            return
        }
        switch id {
        case .quit: isFinished = true
        case .back: back()
        case .close: close()
        case .help: toggleHelp(for: context)
        case .palette: overlay = .palette(CommandPalette(context: context))
        case .refresh:
            reload()
            message = StatusMessage("Reloaded \(Format.count(index.summaries.count)) cases.", kind: .success)
        case .teamLead: openTeamLead()
        case .worklist: openOwnWorklist()
        default:
            if performInOverlay(id) || performOnScreen(id) || performWork(id) || performLetterAction(id) { return }
            if ActionRegistry.standard[id] == nil {
                if action.isDestructive {
                    overlay = .confirm(ConfirmPrompt(action: action, caseRef: currentCaseRef, caseName: currentCaseName))
                } else {
                    effects.append(.run(id, caseRef: currentCaseRef))
                }
            } else {
                message = StatusMessage("\(action.title) does not apply here.", kind: .warning)
            }
        }
    }

    /// The case the user is looking at or has selected, for host actions.
    var currentCaseRef: String? {
        switch stack.last {
        case .caseDetails(let c)?: return c.ref
        case .worklist(let w)?: return w.selectedSummary?.ref
        default: return nil
        }
    }

    var currentCaseName: String? {
        switch stack.last {
        case .caseDetails(let c)?: return c.name
        case .worklist(let w)?: return w.selectedSummary?.tenantName
        default: return nil
        }
    }

    // MARK: Leaving

    mutating func back() {
        if case .form(let f)? = overlay { leaveForm(f); return }
        if overlay != nil { overlay = nil; return }
        if case .worklist(var w) = stack.last, w.search.isEditing {
            w.cancelSearch()
            stack[stack.count - 1] = .worklist(w)
            return
        }
        if stack.count > 1 { stack.removeLast(); fitAll() }
    }

    mutating func close() {
        if overlay != nil || stack.count > 1 { back() } else { isFinished = true }
    }

    // MARK: Opening

    mutating func toggleHelp(for context: ActionContext) {
        if case .pager(let p)? = overlay, case .help = p.content { overlay = nil; return }
        overlay = .pager(PagerOverlay(title: "Keys: \(context.title)", content: .help(context)))
    }

    mutating func openTeamLead() {
        overlay = nil
        if let i = stack.lastIndex(where: { if case .teamLead = $0 { return true } else { return false } }) {
            stack.removeSubrange((i + 1)...)
        } else {
            var t = makeTeamLead()
            t.fit(body)
            stack.append(.teamLead(t))
        }
    }

    /// Back to the user's own worklist, or a new one on top (a team lead's first visit).
    mutating func openOwnWorklist() {
        overlay = nil
        if let i = stack.lastIndex(where: { if case .worklist(let w) = $0 { return w.persists } else { return false } }) {
            stack.removeSubrange((i + 1)...)
            return
        }
        let settings = savedSettings.map { WorklistSettings(encoded: $0, user: user) } ?? .initial(for: user)
        var w = WorklistScreen(index: index, settings: settings, persists: true, user: user, asOf: asOf)
        w.fit(body)
        stack.append(.worklist(w))
    }

    mutating func openCase(ref: String) {
        do {
            guard let file = try data.loadCase(ref: ref) else {
                message = StatusMessage("Case \(ref) is no longer in the database; R reloads the list.", kind: .error)
                return
            }
            var screen = CaseScreen(file: file, summary: index.position(ofRef: ref).map { index.summaries[$0] },
                                    audit: auditTrail(ref: ref))
            screen.fit(body, context: context)
            stack.append(.caseDetails(screen))
        } catch {
            message = StatusMessage("Could not open case \(ref): \(error)", kind: .error)
        }
    }

    mutating func openWhy(ref: String, label: String) {
        do {
            let text = try data.explanation(ref: ref)
            overlay = .pager(PagerOverlay(title: "Why: \(label) (\(ref))", content: .text(text)))
        } catch {
            message = StatusMessage("No explanation for \(ref): \(error)", kind: .error)
        }
    }

    mutating func drill(into d: WorklistDrill) {
        let settings = WorklistSettings(area: d.area, tab: d.tab, filter: d.filter)
        var w = WorklistScreen(index: index, settings: settings, persists: false, user: user, asOf: asOf)
        w.fit(body)
        stack.append(.worklist(w))
    }

    // MARK: Overlays

    private mutating func performInOverlay(_ id: ActionID) -> Bool {
        switch overlay {
        case .pager(var p)?:
            guard let motion = Motion(id) else { return false }
            let width = PagerOverlay.preferredWidth - 4
            let doc = p.document(width: min(width, body.width - 6), registry: registry, keymap: keymap, role: user.role)
            let rows = PagerOverlay.frame(in: body, lineCount: doc.lines.count).height - 2
            p.viewport.apply(motion, in: doc, visibleRows: max(1, rows))
            overlay = .pager(p)
            return true
        case .palette(var p)?:
            let found = p.results(registry: registry, role: user.role)
            switch id {
            case .paletteNext: p.move(by: 1, count: found.count)
            case .palettePrevious: p.move(by: -1, count: found.count)
            case .paletteRun:
                overlay = nil
                guard p.selected < found.count else { message = StatusMessage("No command matches.", kind: .warning); return true }
                perform(found[p.selected].item.id, in: p.context)
                return true
            default: return false
            }
            overlay = .palette(p)
            return true
        case .confirm(let c)?:
            switch id {
            case .confirmYes: overlay = nil; answerYes(c)
            case .confirmNo: overlay = nil
            default: return false
            }
            return true
        case .form(var f)?:
            let handled = performInForm(id, &f)
            if case .form = overlay { overlay = .form(f) }
            return handled
        case .filter(var f)?:
            guard case .worklist(var w) = stack.last else { return false }
            let fields = FilterEditor.fields(for: w.filter)
            switch id {
            case .moveDown: f.field = min(fields.count - 1, f.field + 1)
            case .moveUp: f.field = max(0, f.field - 1)
            case .moveRight, .moveLeft:
                let next = f.cycled(w.filter, by: id == .moveRight ? 1 : -1, options: w.index.options(for: w.area), area: w.area)
                w.setFilter(next, user: user, asOf: asOf)
            case .filterResetField: w.setFilter(f.reset(w.filter, user: user), user: user, asOf: asOf)
            case .filterDone: overlay = nil; stack[stack.count - 1] = .worklist(w); return true
            default: return false
            }
            f.field = min(f.field, FilterEditor.fields(for: w.filter).count - 1)
            stack[stack.count - 1] = .worklist(w)
            overlay = .filter(f)
            return true
        case .letters?:
            return performInLetterOverlay(id)
        case nil:
            return false
        }
    }

    // MARK: Screens

    private mutating func performOnScreen(_ id: ActionID) -> Bool {
        guard overlay == nil, let top = stack.last else { return false }
        let area = body
        switch top {
        case .worklist(var w):
            let handled = performOnWorklist(id, &w)
            if case .worklist = stack.last { stack[stack.count - 1] = .worklist(w) }
            if handled, id == .open, let ref = w.selectedSummary?.ref { openCase(ref: ref) }
            return handled
        case .caseDetails(var c):
            if let motion = Motion(id) {
                c.move(motion, area: area, context: context)
            } else if let pane = CasePane.allCases.first(where: { ActionID.pane($0) == id }) {
                c.show(pane, area: area, context: context)
            } else {
                switch id {
                case .nextPane: c.cyclePane(by: 1, area: area, context: context)
                case .previousPane: c.cyclePane(by: -1, area: area, context: context)
                case .toggleWeek:
                    if let letter = c.selectedLetter {
                        stack[stack.count - 1] = .caseDetails(c)
                        readLetter(LetterListing.listing(of: letter, in: c.file))
                        return true
                    } else if !c.openSelected(area: area, context: context) {
                        message = StatusMessage(c.pane == .overview ? "This box has no pane of its own; j moves to the next box or week."
                                                : "Enter reads a letter (4, or a letter's diary line); weeks expand on the overview (1).")
                    }
                case .goToTimeline: c.goToTimeline(area: area, context: context)
                case .toggleAllWeeks: c.toggleAllWeeks(area: area, context: context)
                case .toggleOtherCharges: c.toggleOtherCharges(area: area, context: context)
                case .why:
                    stack[stack.count - 1] = .caseDetails(c)
                    openWhy(ref: c.ref, label: c.summary?.actionLabel ?? "not classified")
                    return true
                default: return false
                }
            }
            stack[stack.count - 1] = .caseDetails(c)
            return true
        case .teamLead(var t):
            if let motion = Motion(id) {
                t.move(motion, area: area)
            } else {
                switch id {
                case .moveLeft: t.moveCell(by: -1, area: area)
                case .moveRight: t.moveCell(by: 1, area: area)
                case .nextTab, .previousTab, .switchArea: t.switchArea(area: area)
                case .open:
                    stack[stack.count - 1] = .teamLead(t)
                    switch t.selectedTarget(area: area) {
                    case .worklist(let d)?: drill(into: d)
                    case .letters(let f)?: openLetters(filter: f)
                    case nil: message = StatusMessage("Nothing to open here.")
                    }
                    return true
                default: return false
                }
            }
            stack[stack.count - 1] = .teamLead(t)
            return true
        case .caseload(var c):
            // Written back by position: opening a case from the list pushes a screen on top of it.
            let position = stack.count - 1
            let handled = performOnCaseload(id, &c)
            if case .caseload = stack[position] { stack[position] = .caseload(c) }
            return handled
        case .letters:
            return performOnLetterScreen(id)
        }
    }

    private mutating func performOnWorklist(_ id: ActionID, _ w: inout WorklistScreen) -> Bool {
        if let motion = Motion(id) { w.viewport.apply(motion); return true }
        if let tab = WorklistTab.allCases.first(where: { ActionID.tab($0) == id }) {
            if w.tabs.contains(tab) { w.show(tab: tab, user: user, asOf: asOf) } else { message = StatusMessage("\(tab.title) is a rent tab.") }
            return true
        }
        switch id {
        case .open:
            if w.selectedSummary == nil { message = StatusMessage("No case selected.") }
        case .nextTab: w.cycleTab(by: 1, user: user, asOf: asOf)
        case .previousTab: w.cycleTab(by: -1, user: user, asOf: asOf)
        case .sortNext:
            w.cycleSort(user: user, asOf: asOf)
            message = StatusMessage("Sorted by \(w.sort.title).")
        case .sortReverse: w.reverseSort(user: user, asOf: asOf)
        case .search: w.beginSearch()
        case .searchAccept:
            w.acceptSearch()
            let n = w.matchCount(w.search.query)
            if !w.search.query.isEmpty { message = StatusMessage("\(n) match\(n == 1 ? "" : "es"); n and N move between them.") }
        case .searchNext, .searchPrevious:
            if w.search.query.isEmpty { message = StatusMessage("No search yet: / starts one.") }
            else if !w.searchAgain(forward: id == .searchNext) {
                message = StatusMessage("No match for \u{201C}\(w.search.query)\u{201D} in this tab.", kind: .warning)
            }
        case .filter: overlay = .filter(FilterEditor())
        case .filterClear: w.setFilter(.initial(for: user), user: user, asOf: asOf)
        case .switchArea: w.setArea(w.area == .rent ? .leasehold : .rent, user: user, asOf: asOf)
        case .why:
            if let s = w.selectedSummary { stack[stack.count - 1] = .worklist(w); openWhy(ref: s.ref, label: s.actionLabel) }
            else { message = StatusMessage("No case selected.") }
        default: return false
        }
        return true
    }
}
