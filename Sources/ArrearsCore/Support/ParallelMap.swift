import Foundation

/// Maps a pure function over indices or values on every core, keeping the order: each chunk of
/// `DispatchQueue.concurrentPerform` writes only its own slots of the result. Small inputs stay on
/// the calling thread, where starting threads would cost more than it saves.
enum ParallelMap {
    static let minimumForThreads = 64

    static func map<T>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        guard count >= minimumForThreads else { return (0..<count).map(transform) }
        let chunk = max(minimumForThreads, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let out = SendablePointer(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let start = c * chunk
                for i in start..<min(start + chunk, count) { (out.base + i).initialize(to: transform(i)) }
            }
            initialized = count
        }
    }

    static func map<In: Sendable, Out>(_ items: [In], _ transform: @Sendable (In) -> Out) -> [Out] {
        map(count: items.count) { i in transform(items[i]) }
    }
}

/// Each chunk writes only its own slots of the result buffer, so sharing the pointer is safe.
private struct SendablePointer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}
