/// Explanations on demand. The nightly run stores no explanations (schema version 4); whoever needs
/// them — the worklist export — recomputes each from the case, the summary's as-of date and the
/// policy the run that stored the summary used. The engine takes microseconds a case.
public enum WorklistExplanations {
    /// The policy of the last run that stored summaries: the built-in one unless that run had a file.
    public static func recordedPolicy(_ store: CaseStore) throws -> Policy {
        guard let text = try store.meta(NightlyRun.policyMetaKey), !text.isEmpty else { return .default }
        do {
            return try PolicyFile.parse(text, file: "the recorded classify policy")
        } catch {
            // Written by this program; a newer one may know keys this one does not.
            throw ClassifyRefused(reason: "\(error.description). Run 'arrears classify' again to record the policy anew.")
        }
    }

    /// Fills `explanationJSON` (the stored form, `Explanation.storedJSON`) of every row. Rows must be in
    /// reference order, as `CaseStore.summaries()` gives them; cases are streamed alongside, not all loaded.
    public static func fill(_ rows: inout [CaseSummary], store: CaseStore) throws {
        let classifier = Classifier(policy: try recordedPolicy(store))
        var index: [String: Int] = [:]
        for (i, row) in rows.enumerated() { index[row.ref] = i }
        try store.forEachCase { file in
            guard let i = index[file.ref] else { return }
            rows[i].explanationJSON = Explanation.storedJSON(classifier.classify(file, asOf: rows[i].asOf))
        }
    }
}
