import Model
import XLSX

/// Sheet 8: the report draft (述职要点) as a document (rules §5): the Markdown read into
/// headings, paragraphs and list items without their marks, each wrapped here into lines by the
/// Chinese line-breaking rules (`LineBreaker`), one line per row, so neither Excel nor
/// LibreOffice rewraps a line and no line starts with a closing mark. Fill-in slots are red and
/// bold; the provenance goes to the page footer. Landscape A4, one page wide.
struct DraftSheet {
    let draft: ReportDraft
    let data: ReviewData
    let labels: Labels

    /// The text column's width in characters (a CJK character counts 2).
    static let width = 110.0
    /// The display width one line of 11-point text may fill: a CJK character is a little wider
    /// than two digits in these fonts, and LibreOffice draws a little wider than Excel.
    static let lineWidth = 100.0

    /// One row of the sheet: a line of a block, its runs (an indent is a run of spaces).
    struct Line: Equatable {
        var kind: DraftDocument.Kind
        var runs: [DraftDocument.Run]
        /// The first line of its block, which takes the space above the block.
        var opensBlock: Bool

        var text: String { runs.map(\.text).joined() }
    }

    func make() -> SheetModel {
        let l = labels
        let name = l.text(Catalogue.Sheets.draft)
        let w = SheetBuilder(name: name)
        w.hideGridlines()
        w.fix(0, width: Self.width)
        for (row, line) in Self.lines(of: DraftDocument(markdown: draft.text), language: data.language).enumerated() {
            let look = Look(line.kind)
            let cell = CellStyle(fontSize: look.size, fontName: Styles.font, horizontalAlignment: line.kind == .title ? .center : .left,
                                 verticalAlignment: .bottom)
            w.rich(line.runs.map { TextRun($0.text, style: look.style($0.emphasis)) }, row, 0, cell)
            w.height(row, look.height + (line.opensBlock ? look.spaceAbove : 0))
        }
        w.fitColumns()
        let asOf = l.text(Catalogue.Sheets.date(data.indicators.asOf))
        let provenance = l.text(Catalogue.Sheets.DraftSheet.provenance(
            version: ToolVersion.current, fingerprint: String(data.fingerprint.prefix(12)), asOf: asOf))
        w.print(title: data.sheetTitle(data.title), repeatRows: nil, fit: .onePageWide, labels: l, footerLeft: provenance)
        return w.model
    }

    /// The rows of `document`: every block wrapped at its font's share of `lineWidth`, a
    /// Chinese paragraph's first line indented by two characters, list items and quotes
    /// indented as a whole.
    static func lines(of document: DraftDocument, language: ReportLanguage) -> [Line] {
        var lines: [Line] = []
        for block in document.blocks {
            let look = Look(block.kind)
            let (first, rest) = indents(block.kind, language)
            var characters: [Character] = []
            var emphasis: [DraftDocument.Emphasis] = []
            for run in block.runs {
                for character in run.text {
                    characters.append(character)
                    emphasis.append(run.emphasis)
                }
            }
            let width = lineWidth * 11 / look.size
            let ranges = LineBreaker.wrap(characters, width: width - TextWidth.of(rest),
                                          firstWidth: width - TextWidth.of(first))
            for (i, range) in ranges.enumerated() {
                let indent = i == 0 ? first : rest
                // The indent is a run of its own; the text's runs follow as cut.
                var runs = indent.isEmpty ? [] : [DraftDocument.Run(indent)]
                let indentRuns = runs.count
                for offset in range {
                    if runs.count > indentRuns, runs[runs.count - 1].emphasis == emphasis[offset] {
                        runs[runs.count - 1].text.append(characters[offset])
                    } else {
                        runs.append(DraftDocument.Run(String(characters[offset]), emphasis[offset]))
                    }
                }
                lines.append(Line(kind: block.kind, runs: runs, opensBlock: i == 0))
            }
        }
        return lines
    }

    /// The indent of a block's first line and of its other lines.
    static func indents(_ kind: DraftDocument.Kind, _ language: ReportLanguage) -> (first: String, rest: String) {
        // Two characters: two ideographic spaces in Chinese, four spaces in English.
        let step = language == .zh ? "\u{3000}\u{3000}" : "    "
        switch kind {
        case .title, .heading, .subheading, .code: return ("", "")
        case .paragraph: return (language == .zh ? step : "", "")
        case .item(let depth):
            let indent = String(repeating: step, count: depth + 1)
            return (indent, indent)
        case .quote: return (step, step)
        }
    }

    /// How a block looks: font size, row height and the space above it, in points.
    struct Look {
        let kind: DraftDocument.Kind
        let size: Double
        let height: Double
        let spaceAbove: Double

        init(_ kind: DraftDocument.Kind) {
            self.kind = kind
            switch kind {
            case .title: (size, height, spaceAbove) = (16, 28, 0)
            case .heading: (size, height, spaceAbove) = (13, 22, 12)
            case .subheading: (size, height, spaceAbove) = (12, 20, 8)
            case .paragraph, .quote, .code: (size, height, spaceAbove) = (11, 18, 6)
            case .item: (size, height, spaceAbove) = (11, 18, 3)
            }
        }

        /// The font of a run: headings bold, a quote grey and italic, a slot red and bold.
        func style(_ emphasis: DraftDocument.Emphasis) -> CellStyle {
            let heading = kind == .title || kind == .heading || kind == .subheading
            let colour: UInt32? = emphasis.slot ? 0xC00000 : kind == .quote ? 0x595959 : nil
            return CellStyle(bold: heading || emphasis.bold || emphasis.slot, italic: emphasis.italic || kind == .quote,
                             fontSize: size, fontName: Styles.font, fontColour: colour)
        }
    }
}
