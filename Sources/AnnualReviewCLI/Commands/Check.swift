import ArgumentParser
import Foundation
import Model
import Report
import XLSXRead

/// `annual-review check`: is the committed report what the inputs give? For CI.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that the committed report is up to date with the inputs.",
        discussion: """
            Rebuilds the report into a temporary folder with the same options as build, and \
            compares it with the committed workbook (part by part, unzipped, so another zlib does \
            not matter) and the draft beside it. Prints one line when they agree; otherwise one \
            line per difference, naming the sheet and cell with the old and new value \
            (单位明细!F12: 0.75 → 0.8333), the part and its first differing element, or the \
            draft's first differing line.

            Exit codes: 0 up to date; 1 stale or missing (run `annual-review build` and commit \
            the result); 2 usage, config or file errors, or a report of another year.

            Examples:
              annual-review check
              annual-review check --inputs logs --report out/review.xlsx
            """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The committed workbook (default: Reports/annual-review-<year>.xlsx); its draft is the same path with .md.", valueName: "path"))
    var report: String?

    /// At most this many difference lines, then a count of the rest.
    static let listed = 20

    func run() throws {
        // Row problems are build's and validate's to list; check says only whether the report is fresh.
        let settings = try common.settings()
        let language = settings.language
        let (data, _) = try ReviewPipeline(common: common, settings: settings).run(onDiagnostic: nil)
        let committed = report ?? Build.defaultWorkbook(year: data.year)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: committed, isDirectory: &isFolder) else {
            print(Catalogue.CLI.reportMissing(committed).text(language))
            throw Failure(exitCode: 1, message: "")
        }
        if isFolder.boolValue {
            throw Failure.usage(Catalogue.CLI.reportIsAFolder(committed, example: "\(committed)/annual-review-\(data.year).xlsx"), language)
        }
        // A pipe or a device would be read for ever: only regular files are compared.
        for path in [committed, ReportFiles.draftPath(forWorkbook: committed)] where !Self.isRegularOrMissing(path) {
            throw Failure.usage(Catalogue.CLI.reportNotAFile(path), language)
        }
        let workbook: WorkbookPackage
        do {
            workbook = try WorkbookPackage(contentsOf: committed)
        } catch {
            throw Failure.usage(Catalogue.CLI.unreadableReport(error.text), language)
        }
        if let year = workbook.reviewYear, year != data.year {
            throw Failure.usage(Catalogue.CLI.reportOfAnotherYear(
                committed, year: year, reviewYear: data.year, expected: Build.defaultWorkbook(year: data.year)), language)
        }

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("annual-review-check-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure.usage(Catalogue.CLI.cannotCreateTemporaryFolder(folder, reason: OutputPath.reason(error)), language)
        }
        let rebuilt = (folder as NSString).appendingPathComponent((committed as NSString).lastPathComponent)
        // Removed when done, and on SIGINT or SIGTERM too: the rebuilt files, the lock, the folder.
        let registered = [folder, rebuilt, ReportFiles.draftPath(forWorkbook: rebuilt),
                          OutputPath.join(folder, ReportFiles.lockName)].map(InterruptCleanup.register)
        defer {
            try? FileManager.default.removeItem(atPath: folder)
            registered.forEach(InterruptCleanup.unregister)
        }
        try Check.writeReport(data, workbook: rebuilt, language)

        let check = ReportCheck(committed: committed, rebuilt: rebuilt)
        let differences: [String]
        do {
            differences = try check.differences(committedWorkbook: workbook, language)
        } catch {
            throw Failure.usage(Catalogue.CLI.unreadableRebuiltReport(error.text), language)
        }
        let draftName = (ReportFiles.draftPath(forWorkbook: committed) as NSString).lastPathComponent
        guard !differences.isEmpty else {
            print(Catalogue.CLI.upToDate(committed, draft: check.hasDraft ? draftName : nil).text(language))
            return
        }
        for line in differences.prefix(Check.listed) { print(line) }
        if differences.count > Check.listed {
            print(Catalogue.CLI.moreDifferences(differences.count - Check.listed).text(language))
        }
        throw Failure(exitCode: 1, message: Catalogue.CLI.stale(committed, differences: differences.count).text(language))
    }

    /// Whether nothing is at `path`, or a regular file (through links).
    static func isRegularOrMissing(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) != 0 || status.st_mode & S_IFMT == S_IFREG
    }

    /// Writes what `build` writes for `data`, with the workbook at `workbook`.
    static func writeReport(_ data: ReviewData, workbook: String, _ language: ReportLanguage) throws {
        do {
            try ReportFiles.write(data, workbook: workbook)
        } catch {
            throw Failure.usage(Catalogue.CLI.cannotRebuild(workbook, problem: error.text), language)
        }
    }
}
