import ArrearsCore

/// A letter's or message's way through GOV.UK Notify in one wrapped line: each status Notify gave,
/// with when it was seen, oldest first — `GOV.UK Notify: accepted 30 Nov 2026 09:00 → received
/// 1 Dec 2026 15:00` — and Notify's refusal when it refused it.
enum NotifyHistoryLines {
    static func text(_ message: OutboxMessage, glyphs: Glyphs) -> String {
        var steps = message.statusHistory.map { "\($0.status) \(stamp($0.at))" }
        switch message.state {
        case .queued: steps.append(message.channel == .sms ? "waiting to be sent (inside the SMS hours)" : "waiting to be sent")
        case .sending: steps.append("being sent since \(stamp(message.updatedAt)) (looked up before any resend)")
        case .failed: steps.append("refused \(stamp(message.updatedAt))")
        case .accepted: break
        }
        return "GOV.UK Notify: " + steps.joined(separator: " \(glyphs.breadcrumb) ")
    }

    static func lines(_ message: OutboxMessage, width: Int, indent: Int, glyphs: Glyphs) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        var out = WordWrap.lines(text(message, glyphs: glyphs), width: max(10, width - indent)).map { StyledLine(pad + $0, .muted) }
        // Notify's refusal; a letter's later failures are on the letter itself (its problems).
        if message.state == .failed, message.channel != .letter, let error = message.error {
            out += WordWrap.lines(error, width: max(10, width - indent - 2)).map { StyledLine(pad + "! " + $0, .error) }
        }
        return out
    }

    /// `30 Nov 2026 09:00`, London time.
    static func stamp(_ at: Timestamp) -> String {
        let t = at.londonTime
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return at.londonDate.shortText + " " + two(t.hour) + ":" + two(t.minute)
    }
}
