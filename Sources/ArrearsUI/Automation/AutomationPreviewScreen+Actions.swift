import ArrearsCore

/// The preview as a screen of the stack: moving through it and opening a case. `R` previews again.
extension AutomationPreviewScreen: Screen {
    var context: ActionContext { .automationPreview }

    static func make(_ data: AutomationData, session: Session) throws -> AutomationPreviewScreen {
        let names = Dictionary(session.index.summaries.map { ($0.ref, $0.tenantName) }, uniquingKeysWith: { a, _ in a })
        return AutomationPreviewScreen(report: try data.automationPreview(), names: names)
    }

    /// A fresh preview on top (the settings may have changed since an older one). The preview's own
    /// keys do not open another, so previews do not pile up.
    static func open(session: Session) -> Outcome {
        guard let data = session.automation else { return .message(Session.noAutomation, .warning) }
        do {
            return .push(try make(data, session: session))
        } catch let denied as AccessDenied {
            return .message(denied.description, .error)
        } catch {
            return .message("Could not preview tonight's run: \(error)", .error)
        }
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, glyphs: session.glyphs).map { ($0, 0) }
    }

    mutating func reload(session: Session) {
        guard let data = session.automation, var fresh = try? Self.make(data, session: session) else { return }
        fresh.adopt(self)
        self = fresh
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        if let motion = Motion(id) { move(motion, area: session.body); return .handled }
        switch id {
        case .open:
            guard let ref = selectedRef else { return .message("Nothing to open here.") }
            return CaseScreen.open(ref: ref, session: session)
        default:
            return nil
        }
    }
}
