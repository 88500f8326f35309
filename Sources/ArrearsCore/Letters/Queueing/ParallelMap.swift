import Foundation

/// Maps a pure function over values on every core, keeping the order. Small inputs stay on
/// the calling thread, where starting threads would cost more than it saves.
enum ParallelMap {
    static let minimumForThreads = 64

    static func map<In: Sendable, Out>(_ items: [In], _ transform: @Sendable (In) -> Out) -> [Out] {
        guard items.count >= minimumForThreads else { return items.map(transform) }
        let chunks = min(items.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        return [Out](unsafeUninitializedCapacity: items.count) { buffer, initialised in
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = items.count * chunk / chunks
                let end = items.count * (chunk + 1) / chunks
                for i in start..<end { (out.baseAddress! + i).initialize(to: transform(items[i])) }
            }
            initialised = items.count
        }
    }
}
