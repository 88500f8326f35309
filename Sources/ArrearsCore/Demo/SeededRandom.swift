/// A small, fast, seeded pseudo-random generator (SplitMix64). The demo caseload uses it instead of the
/// system generator so that a seed gives the same caseload on every machine and every Swift version:
/// the range and choice helpers below are our own arithmetic, not the standard library's, whose
/// algorithms may change between releases.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A stream for one item of a larger whole (an account of a caseload), independent of the order
    /// in which items are made, so chunks can be generated in parallel and still come out identical.
    public init(seed: UInt64, stream: UInt64, salt: UInt64 = 0) {
        state = SeededRandom.mix(seed ^ SeededRandom.mix(stream &+ 0x632B_E59B_D9B4_E019) ^ (salt &* 0x9E37_79B9_7F4A_7C15))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SeededRandom.mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in the closed range (multiply-high reduction: bias below 2^-32 for our ranges).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        let high = next().multipliedFullWidth(by: span).high
        return range.lowerBound + Int(high)
    }

    /// A uniform value in [0, 1) with 53 bits of precision, for probabilities only (never for money).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// One of the items, chosen in proportion to its weight.
    public mutating func weighted<T>(_ items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var roll = int(0...(total - 1))
        for (item, weight) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].0
    }

    /// An amount of money in whole pence within the range.
    public mutating func pence(_ range: ClosedRange<Int64>) -> Money {
        Money(pence: Int64(int(Int(range.lowerBound)...Int(range.upperBound))))
    }

    /// A Fisher–Yates shuffle with this generator.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, int(0...i))
        }
    }
}
