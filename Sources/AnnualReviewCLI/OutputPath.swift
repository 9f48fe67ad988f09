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
