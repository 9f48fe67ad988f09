import Foundation
import TestSupport
import XCTest

/// The render check: scripts/render.sh turns the sample workbook into a PDF with LibreOffice and
/// PNG pages with poppler. Fails, saying why, where LibreOffice is not installed
/// (`scripts/setup.sh --render` installs it; scripts/test.sh runs that).
final class WorkbookRenderTests: XCTestCase {
    /// Runs a program from the package root; returns its exit status and standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let run = try runProgram("/usr/bin/env", arguments, in: TestPackage.root)
        return (run.status, String(decoding: run.stdout, as: UTF8.self))
    }

    func testTheSamplePrintsInChineseWithoutTofu() throws {
        for tool in ["soffice", "pdftoppm", "pdftotext", "pdffonts"] where try run(["which", tool]).status != 0 {
            XCTFail("\(tool) is not installed: scripts/setup.sh --render installs the render check's tools (scripts/test.sh runs it)")
            return
        }
        let binary = try AnnualReviewBinary()
        defer { binary.remove() }
        let folder = binary.folder
        let xlsx = binary.path("sample.xlsx")
        let inputs = TestPackage.root.appendingPathComponent("Inputs").path
        let built = try binary.run(["build", "--inputs", inputs, "--out", xlsx, "--quiet"])
        XCTAssertEqual(built.exitCode, 0, built.stderr)

        let out = folder.appendingPathComponent("render").path
        let rendered = try run(["bash", "scripts/render.sh", xlsx, out])
        XCTAssertEqual(rendered.status, 0, rendered.stdout)
        let pdf = out + "/sample.pdf"
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), rendered.stdout)

        // The sample prints to about 70 pages: Summary, Monthly, Imbalance and Definitions on
        // one each, Sites in two bands of six, Ranking on six, Data quality on one or two, the
        // draft on two, and the year's overdue list (1402 periods at 227 sites) on about 45.
        let info = try run(["pdfinfo", pdf]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        XCTAssertTrue((50...95).contains(pages), "\(pages) pages")
        let pngs = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".png") }
        XCTAssertEqual(pngs.count, pages)
        // Every sheet's pages are listed by the footer's sheet name.
        for sheet in ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明", "述职要点", "督办清单"] {
            XCTAssertTrue(rendered.stdout.contains("  \(sheet): pages "), "no pages of \(sheet) in\n\(rendered.stdout)")
        }
        // The overdue list repeats its header row on every page, each title on one line (the
        // columns are wide enough), and every page is one page wide: its last column is there.
        let overdue = try XCTUnwrap(rendered.stdout.split(separator: "\n").first { $0.hasPrefix("  督办清单: pages ") })
        let range = overdue.split(separator: " ").last!.split(separator: "–").compactMap { Int($0) }
        XCTAssertEqual(range.count, 2, String(overdue))
        for page in range[0]...range[range.count - 1] {
            let text = try run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"]).stdout
            let header = text.split(separator: "\n").first { $0.contains("单位名称") } ?? ""
            for title in ["单位编码", "逾期周期数", "规范", "周期", "应开展（次）", "实际开展（次）"] {
                XCTAssertTrue(header.contains(title), "page \(page): the header line has no \(title): \(header)")
            }
        }

        // The ranking holds at least 40 sites a page (248 on six pages), its header on each.
        let ranking = try XCTUnwrap(rendered.stdout.split(separator: "\n").first { $0.hasPrefix("  排名: pages ") })
        let rankingPages = ranking.split(separator: " ").last!.split(separator: "–").compactMap { Int($0) }
        XCTAssertEqual(rankingPages.count, 2, String(ranking))
        var ranked = 0
        for page in rankingPages[0]...rankingPages[rankingPages.count - 1] {
            let lines = try run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"]).stdout.split(separator: "\n")
            let rows = lines.filter { $0.range(of: #"^ *[0-9]+ *S[0-9]{4} "#, options: .regularExpression) != nil }.count
            if page < rankingPages[1] { XCTAssertGreaterThanOrEqual(rows, 40, "page \(page) of the ranking") }
            XCTAssertTrue(lines.contains { $0.contains("单位编码") && $0.contains("单位名称") }, "page \(page): no header")
            ranked += rows
        }
        XCTAssertEqual(ranked, 248)

        // Chinese text made it into the PDF, set in a CJK font (without one every character
        // would be a box).
        let text = try run(["pdftotext", "-layout", pdf, "-"]).stdout
        for word in ["澜江市教育局", "三会一课", "月度调度", "城区与农村对比", "第 1 页"] {
            XCTAssertTrue(text.contains(word), "the PDF has no \(word)")
        }
        let fonts = try run(["pdffonts", pdf]).stdout
        XCTAssertTrue(fonts.contains("CJK"), "no CJK font in the PDF:\n\(fonts)")
    }
}
