import Foundation
import Testing

@testable import RulesmithKit

#if canImport(Glibc)
import Glibc
#endif

/// The run lock under contention: many takers racing for a stale lock file (its owner killed),
/// or for a fresh one, never hold it at the same time; a live owner makes the others wait or fail.
@Suite(.serialized)
struct RunLockRaceTests {
    /// Counts holders; records the most ever seen at once.
    final class Holders: @unchecked Sendable {
        private let mutex = NSLock()
        private var now = 0
        private(set) var most = 0
        private(set) var acquired = 0

        func enter() {
            mutex.lock()
            now += 1
            acquired += 1
            most = max(most, now)
            mutex.unlock()
        }

        func leave() {
            mutex.lock()
            now -= 1
            mutex.unlock()
        }
    }

    /// A pid that is certainly gone: a child that exited and was reaped.
    static func deadPid() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func racersForAStaleLockNeverHoldItTogether() throws {
        let scratch = try Scratch("runlock")
        let path = scratch.root + "/state/run.lock"
        let dead = try Self.deadPid()
        for round in 0..<40 {
            try scratch.write(path, "\(dead)\n")
            let holders = Holders()
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                guard let lock = try? RunLock.acquire(at: path) else { return }
                holders.enter()
                usleep(2_000)
                holders.leave()
                lock.release()
            }
            #expect(holders.most == 1, "round \(round): \(holders.most) holders at once")
            #expect(holders.acquired >= 1, "round \(round): nobody took over the stale lock")
            #expect(!FileManager.default.fileExists(atPath: path), "round \(round): the lock file outlived its last holder")
        }
    }

    @Test func waitersTakeTurns() throws {
        let scratch = try Scratch("runlock-wait")
        let path = scratch.root + "/state/pull.lock"
        let holders = Holders()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            guard let lock = try? RunLock.acquire(at: path, wait: 60) else { return }
            holders.enter()
            usleep(5_000)
            holders.leave()
            lock.release()
        }
        #expect(holders.most == 1)
        #expect(holders.acquired == 6, "every waiter got its turn")
    }

    @Test func aLiveOwnerWithoutFlockStillCounts() throws {
        let scratch = try Scratch("runlock-live")
        let path = scratch.root + "/state/run.lock"
        let sleeper = Process()
        sleeper.executableURL = URL(fileURLWithPath: "/bin/sleep")
        sleeper.arguments = ["30"]
        try sleeper.run()
        defer {
            kill(sleeper.processIdentifier, SIGKILL)
            sleeper.waitUntilExit()
        }
        try scratch.write(path, "\(sleeper.processIdentifier)\n")
        do {
            _ = try RunLock.acquire(at: path)
            Issue.record("took a lock whose owner is alive")
        } catch {
            #expect(error.message.contains("another rulesmith (pid \(sleeper.processIdentifier))"))
        }
        #expect(FileManager.default.fileExists(atPath: path), "the owner's file is left alone")
    }
}
