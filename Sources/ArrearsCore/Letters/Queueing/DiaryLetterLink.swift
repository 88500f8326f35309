/// Which stored letter a diary entry records. Every diary line written for a letter names the
/// letter's id ("Letter rent_letter_2-20261207-… queued", "Letter '8f3c…' from … was sent"), so
/// the line leads to the letter exactly as it was printed.
extension CaseFile {
    public func letter(recordedBy entry: DiaryEntry) -> Letter? {
        guard entry.comment.contains("etter") else { return nil }
        return letters.filter { !$0.id.isEmpty && entry.comment.contains($0.id) }.max { $0.id.count < $1.id.count }
    }
}
