import Foundation

/// Runs a program to its end; its output goes through files, so no pipe can fill up and block
/// it. The one place tests start processes (the tool itself, iconv, python).
///
/// - Parameters:
///   - environment: variables set on top of this process's environment, or on top of nothing
///     but `PATH` when `cleanEnvironment` is true.
public func runProgram(
    _ executable: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    cleanEnvironment: Bool = false
) throws -> (status: Int32, stdout: [UInt8], stderr: [UInt8]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if cleanEnvironment {
        process.environment = ["PATH": "/usr/bin:/bin"].merging(environment) { $1 }
    } else if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return (process.terminationStatus, [UInt8](try Data(contentsOf: outURL)), [UInt8](try Data(contentsOf: errURL)))
}
