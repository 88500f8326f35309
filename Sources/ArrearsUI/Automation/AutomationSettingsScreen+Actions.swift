import ArrearsCore

/// The settings screen as a screen of the stack: moving, switching a cell on or off, and the form for
/// its cap and start date. Changes are requests for the host (`ActionRequest.changeAutomation`).
extension AutomationSettingsScreen: Screen {
    var context: ActionContext { .automation }

    static func make(_ data: AutomationData) throws -> AutomationSettingsScreen {
        AutomationSettingsScreen(settings: try data.automationSettings(), patches: try data.automationPatches())
    }

    /// Back to the settings already open, or a new screen on top.
    static func open(session: Session) -> Outcome {
        guard let data = session.automation else { return .message(Session.noAutomation, .warning) }
        return Outcome([.reuse(matching: { $0 is AutomationSettingsScreen }, otherwise: {
            do { return .push(try make(data)) } catch { return .message("Could not read the automation settings: \(error)", .error) }
        })])
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, glyphs: session.glyphs).map { ($0, 0) }
    }

    mutating func reload(session: Session) {
        guard let data = session.automation, var fresh = try? Self.make(data) else { return }
        fresh.adopt(self)
        self = fresh
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        if let motion = Motion(id) { move(motion); return .handled }
        switch id {
        case .automationToggle:
            guard let key = selectedKey else { return .message("There is no setting to switch.") }
            let on = settings.setting(for: key)?.enabled == true
            return .effect(.perform(.changeAutomation(.init(patches: [key.patch], accountTypes: [key.accountType],
                                                                    steps: [key.step], enabled: !on))))
        case .automationEdit:
            guard let key = selectedKey else { return .message("There is no setting to change.") }
            return .overlay(AutomationSettingForm.overlay(key: key, current: settings.setting(for: key), today: session.asOf))
        default:
            return nil
        }
    }
}
