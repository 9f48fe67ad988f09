import Foundation
import Model

/// Checks and helpers for the paths the commands write to, so that a bad one fails before any
/// work with a message that says what to do. (NSString's path methods are avoided: on Linux
/// `deletingLastPathComponent` traps on a one-character path.)
enum OutputPath {
    /// `folder/name`, or `name` alone when `folder` is empty or `.`.
    static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder part of `path` (`""` for a bare name, `/` for a file in the root).
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = trimmed[..<slash]
        return folder.isEmpty ? "/" : String(folder)
    }

    /// Fails unless `folder` is a folder that can be written, or can be created: it (or its
    /// nearest existing ancestor) must be a folder and writable. `option` names the option that
    /// chooses it, for the advice, told in `language`.
    static func checkFolder(_ folder: String, forOption option: String, mustExist: Bool = false, _ language: ReportLanguage) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        var current = folder.isEmpty ? "." : folder
        var missing = false
        while !manager.fileExists(atPath: current, isDirectory: &isFolder) {
            missing = true
            let up = parent(of: current)
            current = up.isEmpty ? "." : up
        }
        // The folder in the way: nil when it is `folder` itself.
        let other = current == folder || (folder.isEmpty && current == ".") ? nil : current
        guard isFolder.boolValue else {
            throw Failure.usage(Catalogue.CLI.notAFolder(folder, blocker: other, option: option), language)
        }
        if missing, mustExist {
            throw Failure.usage(Catalogue.CLI.folderMissing(folder, option: option), language)
        }
        guard manager.isWritableFile(atPath: current) else {
            throw Failure.usage(Catalogue.CLI.folderReadOnly(folder, readOnly: other, option: option), language)
        }
    }

    /// The operating system's reason, without Foundation's wrapping.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
           ns.domain == NSCocoaErrorDomain, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return ns.localizedDescription
    }
}

/// Refuses, before anything is written, an output that would replace a file the run read (a
/// log, the config, the draft template) or another output of the run (rules §6): `--out
/// Inputs/meetings.csv`, `--json-file` naming the workbook or the draft.
enum OutputClash {
    /// A file the run writes: its path, what it is, and the option that chooses it.
    struct Output {
        var path: String
        var role: Localized
        var option: String
    }

    /// Fails with exit 2 on the first output that is an input or an earlier output: the same
    /// file (device and inode, through links), or the same path once the folders' links are
    /// resolved (a file not made yet).
    static func check(_ outputs: [Output], reading inputs: [String], _ language: ReportLanguage) throws {
        let read = inputs.map(FileIdentity.init)
        var earlier: [(Output, FileIdentity)] = []
        for output in outputs {
            let identity = FileIdentity(output.path)
            if let input = zip(inputs, read).first(where: { $0.1.isSame(as: identity) })?.0 {
                throw Failure.usage(Catalogue.CLI.outputIsInput(output.role, path: output.path, input: input, option: output.option), language)
            }
            if let other = earlier.first(where: { $0.1.isSame(as: identity) })?.0 {
                throw Failure.usage(Catalogue.CLI.outputsCollide(output.role, path: output.path, other: other.role,
                                                                 otherPath: other.path, option: output.option), language)
            }
            earlier.append((output, identity))
        }
    }
}

/// Which file a path names: its device and inode when it exists, and its path with every link
/// of its folder resolved.
struct FileIdentity {
    var device: UInt64?
    var inode: UInt64?
    var resolved: String

    init(_ path: String) {
        var status = stat()
        if stat(path, &status) == 0 {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
        let folder = OutputPath.parent(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        resolved = Self.realPath(folder.isEmpty ? "." : folder).map { $0 == "/" ? "/" + name : $0 + "/" + name } ?? path
    }

    func isSame(as other: FileIdentity) -> Bool {
        if let device, let inode, device == other.device, inode == other.inode { return true }
        return resolved == other.resolved
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
