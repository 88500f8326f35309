/// What a bulk step adds to one case it read at `version`: letters and diary entries after the ones
/// stored (`CaseStore.appendToCases`).
public struct CaseAppend: Sendable {
    public var ref: String
    /// The version the caller's copy was read at; the store refuses the case if it has moved.
    public var version: Int
    public var letters: [Letter]
    /// How many letters the case holds already: the first new one's position.
    public var lettersBefore: Int
    public var diary: [DiaryEntry]
    /// How many diary entries the case holds already.
    public var diaryBefore: Int

    public init(ref: String, version: Int, letters: [Letter], lettersBefore: Int, diary: [DiaryEntry], diaryBefore: Int) {
        self.ref = ref; self.version = version; self.letters = letters; self.lettersBefore = lettersBefore
        self.diary = diary; self.diaryBefore = diaryBefore
    }
}
