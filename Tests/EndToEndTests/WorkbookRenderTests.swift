import Foundation
import TestSupport
import XCTest

/// The render check: scripts/render.sh turns a workbook into a PDF with LibreOffice and PNG pages
/// with poppler — the sample year's, and a small county's (Tests/Fixtures/small-county). Fails,
/// saying why, where LibreOffice is not installed (`scripts/setup.sh --render` installs it;
/// scripts/test.sh runs that).
final class WorkbookRenderTests: XCTestCase {
    /// Runs a program from the package root; returns its exit status and standard output.
    @discardableResult
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let run = try runProgram("/usr/bin/env", arguments, in: TestPackage.root)
        return (run.status, String(decoding: run.stdout, as: UTF8.self))
    }

    /// The sheets, by the name their footers carry.
    static let sheets = ["总览", "月度调度", "单位明细", "均衡分析", "排名", "数据质量", "指标说明", "述职要点", "督办清单"]

    struct Rendered {
        let binary: AnnualReviewBinary
        /// render.sh's listing: `  <sheet>: pages <first>–<last>` for each sheet.
        let listing: String
        let pdf: String
        let pages: Int

        /// A sheet's pages, from the listing.
        func pages(of sheet: String) -> ClosedRange<Int>? {
            guard let line = listing.split(separator: "\n").first(where: { $0.hasPrefix("  \(sheet): pages ") }) else { return nil }
            let range = line.split(separator: " ").last!.split(separator: "–").compactMap { Int($0) }
            return range.count == 2 ? range[0]...range[1] : nil
        }
    }

    /// Builds the workbook of an inputs folder and renders it: one PNG a page, and pages for
    /// every sheet. Nil, after a failure saying why, when a render tool is missing.
    func render(_ inputs: String, name: String) throws -> Rendered? {
        for tool in ["soffice", "pdftoppm", "pdftotext", "pdffonts"] where try run(["which", tool]).status != 0 {
            XCTFail("\(tool) is not installed: scripts/setup.sh --render installs the render check's tools (scripts/test.sh runs it)")
            return nil
        }
        let binary = try AnnualReviewBinary()
        let xlsx = binary.path("\(name).xlsx")
        let built = try binary.run(["build", "--inputs", inputs, "--out", xlsx, "--quiet"])
        XCTAssertEqual(built.exitCode, 0, built.stderr)

        let out = binary.folder.appendingPathComponent("render").path
        let rendered = try run(["bash", "scripts/render.sh", xlsx, out])
        XCTAssertEqual(rendered.status, 0, rendered.stdout)
        let pdf = out + "/\(name).pdf"
        XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), rendered.stdout)
        let info = try run(["pdfinfo", pdf]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        let pngs = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".png") }
        XCTAssertEqual(pngs.count, pages)
        // Every sheet's pages are listed by the footer's sheet name.
        for sheet in Self.sheets {
            XCTAssertTrue(rendered.stdout.contains("  \(sheet): pages "), "no pages of \(sheet) in\n\(rendered.stdout)")
        }
        return Rendered(binary: binary, listing: rendered.stdout, pdf: pdf, pages: pages)
    }

    /// A page's text as pdftotext lays it out.
    func text(of page: Int, in pdf: String) throws -> String {
        try run(["pdftotext", "-f", "\(page)", "-l", "\(page)", "-layout", pdf, "-"]).stdout
    }

    func testTheSamplePrintsInChineseWithoutTofu() throws {
        let inputs = AnnualReviewBinary.sampleInputs
        guard let rendered = try render(inputs, name: "sample") else { return }
        defer { rendered.binary.remove() }
        let pdf = rendered.pdf

        // The sample prints to about 70 pages: Summary, Monthly, Imbalance and Definitions on
        // one each, Sites in two bands of six, Ranking on six, Data quality on one or two, the
        // draft on two, and the year's overdue list (1402 periods at 227 sites) on about 45.
        XCTAssertTrue((50...95).contains(rendered.pages), "\(rendered.pages) pages")
        // The overdue list repeats its header row on every page, each title on one line (the
        // columns are wide enough), and every page is one page wide: its last column is there.
        let overdue = try XCTUnwrap(rendered.pages(of: "督办清单"), rendered.listing)
        for page in overdue {
            let header = try text(of: page, in: pdf).split(separator: "\n").first { $0.contains("单位名称") } ?? ""
            for title in ["单位编码", "逾期周期数", "规范", "周期", "应开展（次）", "实际开展（次）"] {
                XCTAssertTrue(header.contains(title), "page \(page): the header line has no \(title): \(header)")
            }
        }

        // The ranking holds at least 40 sites a page (248 on six pages), its header on each.
        let ranking = try XCTUnwrap(rendered.pages(of: "排名"), rendered.listing)
        var ranked = 0
        for page in ranking {
            let lines = try text(of: page, in: pdf).split(separator: "\n")
            let rows = lines.filter { $0.range(of: #"^ *[0-9]+ *S[0-9]{4} "#, options: .regularExpression) != nil }.count
            if page < ranking.upperBound { XCTAssertGreaterThanOrEqual(rows, 40, "page \(page) of the ranking") }
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

    /// A county of seven branches (Tests/Fixtures/small-county): every sheet prints, the ranking
    /// on one page with all seven, and no printed line of the draft starts with closing
    /// punctuation.
    func testTheSmallCountyPrints() throws {
        let inputs = TestPackage.root.appendingPathComponent("Tests/Fixtures/small-county").path
        guard let rendered = try render(inputs, name: "county") else { return }
        defer { rendered.binary.remove() }
        let pdf = rendered.pdf

        let ranking = try XCTUnwrap(rendered.pages(of: "排名"), rendered.listing)
        XCTAssertEqual(ranking.count, 1, rendered.listing)
        let page = try text(of: ranking.lowerBound, in: pdf)
        for id in ["S01", "S02", "S03", "S04", "S05", "S06", "S07"] {
            XCTAssertTrue(page.contains(id), "the ranking's page has no \(id):\n\(page)")
        }

        let draft = try XCTUnwrap(rendered.pages(of: "述职要点"), rendered.listing)
        for page in draft {
            for line in try text(of: page, in: pdf).split(separator: "\n") {
                let printed = line.drop { $0 == " " || $0 == "\u{C}" }
                XCTAssertFalse(printed.first.map { "。，、；：”）".contains($0) } ?? false, "page \(page): \(line)")
            }
        }
        let fonts = try run(["pdffonts", pdf]).stdout
        XCTAssertTrue(fonts.contains("CJK"), "no CJK font in the PDF:\n\(fonts)")
    }
}
