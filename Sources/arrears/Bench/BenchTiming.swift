import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Wall-clock timing on the monotonic clock.
enum Stopwatch {
    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Runs `body` once and returns its result with the seconds it took.
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, seconds(clock.now - start))
    }

    /// Adds the time `body` takes to `total`: for costs spread through a larger step.
    static func accumulate<T>(_ total: inout Double, _ body: () throws -> T) rethrows -> T {
        let (result, s) = try time(body)
        total += s
        return result
    }
}

/// Repeated measurements of one thing: median and 99th percentile (nearest rank).
struct Samples {
    private(set) var values: [Double] = []

    mutating func add(_ v: Double) { values.append(v) }

    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var maximum: Double { values.max() ?? .nan }
    var count: Int { values.count }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}

/// Files on disk: sizes, and dropping a file from the operating system's cache so that the next
/// read comes from the disk, as it would on the first run of the day.
enum BenchFiles {
    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The database with its write-ahead log and shared-memory index.
    static func databaseSize(_ path: String) -> Int {
        size(path) + size(path + "-wal") + size(path + "-shm")
    }

    /// Writes the file's dirty pages out, then asks the kernel to forget its cached pages. Returns
    /// false when the kernel would not (the figure is then a warm-cache one).
    @discardableResult
    static func evictFromCache(_ path: String) -> Bool {
        var evicted = true
        for file in [path, path + "-wal"] where FileManager.default.fileExists(atPath: file) {
            let fd = open(file, O_RDONLY)
            guard fd >= 0 else { evicted = false; continue }
            _ = fsync(fd)
            if posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED)) != 0 { evicted = false }
            close(fd)
        }
        return evicted
    }

    static func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
}

/// The machine the figures come from. The machine is shared, so the load average is part of the record.
struct MachineInfo {
    var cpu: String
    var cores: Int
    var memoryGiB: Double
    var kernel: String

    static func current() -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return MachineInfo(cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                           memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, kernel: "Linux " + release)
    }

    /// `1.42 2.41 3.18` (1, 5 and 15 minutes).
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    var text: String {
        "\(cpu), \(cores) cores, \(BenchFigure.format(memoryGiB, decimals: 1)) GiB memory, \(kernel)"
    }
}
