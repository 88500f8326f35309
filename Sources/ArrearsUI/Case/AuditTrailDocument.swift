import ArrearsCore

/// A case's audit history for team leads and auditors: who changed what and when, newest first,
/// with the before and after facts the audit row holds (references, codes, dates and amounts only).
enum AuditTrailDocument {
    static func document(_ records: [AuditRecord], width: Int, glyphs: Glyphs) -> Document {
        guard !records.isEmpty else { return Document(lines: [StyledLine("No changes recorded for this case.", .muted)]) }
        var doc = Document()
        for record in records {
            var head = StyledLine(DisplayWidth.pad(record.at.londonText, to: 17), .muted)
            head.append(record.operation.title, .heading)
            head.append(" \(glyphs.separator) \(record.user)", .normal)
            var lines = [head.fitted(to: width, glyphs: glyphs)]
            let textWidth = max(10, width - 2)
            lines += WordWrap.lines(record.summary, width: textWidth).map { StyledLine("  " + $0) }
            for (name, facts) in [("before", record.before), ("after", record.after)] {
                guard let facts else { continue }
                lines += WordWrap.lines("\(name) \(facts)", width: textWidth).map { StyledLine("  " + $0, .muted) }
            }
            doc.appendItem(lines)
        }
        return doc
    }
}
