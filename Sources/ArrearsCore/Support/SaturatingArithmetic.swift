/// Arithmetic on amounts that came from outside (imported ledgers, policy weights): it never traps.
/// Results stop at ±Int64.max instead of overflowing, so a hostile or corrupt file can at worst show
/// an absurd figure, never crash the nightly run or every later `explain`. The bound is symmetric so
/// that negating a saturated value is always safe too.
extension Int64 {
    public static let saturationLimit = Int64.max

    /// `self + other`, held within ±Int64.max.
    @inline(__always) public func saturatingAdd(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        if overflow { return other > 0 ? .saturationLimit : -.saturationLimit }
        return sum == .min ? -.saturationLimit : sum
    }

    @inline(__always) public func saturatingSubtract(_ other: Int64) -> Int64 {
        saturatingAdd(other == .min ? .saturationLimit : -other)
    }

    /// `self × other`, held within ±Int64.max.
    @inline(__always) public func saturatingMultiply(_ other: Int64) -> Int64 {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        if overflow { return (self < 0) == (other < 0) ? .saturationLimit : -.saturationLimit }
        return product == .min ? -.saturationLimit : product
    }
}
