/// A rendered letter with its verdict: what a preview shows and what gets queued.
public struct PreparedLetter: Hashable, Sendable {
    public var rendered: RenderedLetter
    public var verdict: LetterVerdict

    public init(_ rendered: RenderedLetter) {
        self.rendered = rendered
        verdict = LetterValidation.validate(rendered)
    }

    /// The letter to store as queued, or nil when validation refuses it.
    public func queuedLetter(id: String, author: String, at time: Timestamp) -> Letter? {
        guard verdict.canQueue else { return nil }
        return Letter(id: id, accountRef: rendered.accountRef, templateId: rendered.template.id,
                      contactId: rendered.contactId, status: .queued, author: author, createdAt: time,
                      updatedAt: time, validationErrors: [], localPrint: verdict.localPrint,
                      renderedText: rendered.text)
    }
}
