import XLSX

/// A workbook using most of the API, shared by the determinism and read-back tests.
enum SampleWorkbook {
    static let header = CellStyle(bold: true, backgroundColour: 0xDDEBF7, horizontalAlignment: .center,
                                  thinBorder: true, borderColour: 0x808080)
    static let percent = CellStyle(numberFormat: "0.0%")
    static let thousands = CellStyle(numberFormat: "#,##0")
    static let red = CellStyle(fontColour: 0x9C0006, backgroundColour: 0xFFC7CE)
    static let title = CellStyle(bold: true, fontSize: 16, fontName: "等线")

    static func fill(_ wb: Workbook) throws {
        let summary = try wb.addWorksheet("总览")
        try summary.mergeRange(CellArea(rows: 0...0, columns: 0...3), value: .text("2024 年度党建工作述职"), style: title)
        try summary.writeString("指标", row: 1, column: 0, style: header)
        try summary.writeString("完成率", row: 1, column: 1, style: header)
        try summary.writeString("三会一课", row: 2, column: 0)
        try summary.writeNumber(0.875, row: 2, column: 1, style: percent)
        try summary.writeString("=cmd|' /C calc'!A0", row: 3, column: 0)
        try summary.writeString("_x0041_", row: 4, column: 0)
        try summary.writeNumber(12345, row: 5, column: 1, style: thousands)
        try summary.writeBoolean(true, row: 6, column: 1)
        try summary.writeFormula("=B3*2", cachedNumber: 1.75, row: 7, column: 1, style: percent)
        try summary.writeFormula("=A3&\"!\"", cachedString: "三会一课!", row: 8, column: 1)
        try summary.writeBlank(row: 9, column: 1, style: red)
        try summary.setColumns(0, 0, width: Worksheet.displayWidth(of: "2024 年度党建工作述职") + 2)
        try summary.setColumns(5, 6, width: 4, hidden: true)
        try summary.setRow(0, height: 24)
        try summary.setTabColour(0x00B050)
        try summary.setZoom(120)
        try summary.setPageSetup(PageSetup(
            orientation: .landscape, paperSize: PageSetup.paperA4, fitToPages: (wide: 1, tall: 0),
            repeatRows: 1...1, centerHorizontally: true,
            margins: PageSetup.Margins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75),
            header: "&C&A", footer: "&C第 &P 页，共 &N 页"))

        let monthly = try wb.addWorksheet("月度调度")
        try monthly.writeString("月份", row: 0, column: 0, style: header)
        try monthly.writeString("支部委员会", row: 0, column: 1, style: header)
        try monthly.writeString("党课", row: 0, column: 2, style: header)
        for month in 1...12 {
            try monthly.writeString("\(month)月", row: month, column: 0)
            try monthly.writeNumber(Double(month * 3), row: month, column: 1)
            try monthly.writeNumber(Double(13 - month), row: month, column: 2)
        }
        try monthly.freezePanes(row: 1, column: 1)
        try monthly.setScreenGridlines(false)
        try monthly.setPageSetup(PageSetup(orientation: .landscape, paperSize: PageSetup.paperA4, scale: 85,
                                           repeatColumns: 0...0, printArea: CellArea(rows: 0...12, columns: 0...2),
                                           footer: "&L&A&R&P/&N", printGridlines: true))
        let chart = try wb.addChart(.line)
        try chart.addSeries(name: "支部委员会", categories: CellRange(sheet: "月度调度", column: 0, rows: 1...12),
                            values: CellRange(sheet: "月度调度", column: 1, rows: 1...12), colour: 0xC00000)
        try chart.addSeries(name: "党课", categories: CellRange(sheet: "月度调度", column: 0, rows: 1...12),
                            values: CellRange(sheet: "月度调度", column: 2, rows: 1...12))
        try chart.setTitle("月度调度趋势")
        try chart.setCategoryAxisTitle("月份")
        try chart.setValueAxisTitle("次数")
        try chart.setValueAxisNumberFormat("#,##0")
        try chart.setValueAxisBounds(min: 0, max: 40)
        try chart.setLegend(.bottom)
        try chart.setSize(width: 720, height: 360)
        try monthly.insertChart(chart, row: 1, column: 4)

        let sites = try wb.addWorksheet("Site details")
        let columns = ["site_id", "名称", "score", "rate"]
        let rows: [(String, String, Double, Double)] = [
            ("S01", "第一中学", 92.5, 1.0), ("S02", "实验小学", 61, 0.5), ("S03", "职业学校", 78, 0.75),
        ]
        for (i, row) in rows.enumerated() {
            try sites.writeString(row.0, row: i + 1, column: 0)
            try sites.writeString(row.1, row: i + 1, column: 1)
            try sites.writeNumber(row.2, row: i + 1, column: 2, style: CellStyle(numberFormat: "0.0"))
            try sites.writeNumber(row.3, row: i + 1, column: 3, style: percent)
        }
        try sites.addTable(CellArea(rows: 0...3, columns: 0...3), name: "Sites", columns: columns, style: .medium(2))
        try sites.freezePanes(row: 1, column: 0)
        try sites.addConditionalFormat(.cellValue(.lessThan(1), style: red), to: CellArea(rows: 1...3, columns: 3...3))
        try sites.addConditionalFormat(.threeColourScale(min: 0xF8696B, mid: 0xFFEB84, max: 0x63BE7B),
                                       to: CellArea(rows: 1...3, columns: 2...2))
        try sites.addConditionalFormat(.formula("=$C2<70", style: CellStyle(bold: true)),
                                       to: CellArea(rows: 1...3, columns: 0...1))
        try sites.addConditionalFormat(.cellValue(.between(60, 80), style: CellStyle(italic: true)),
                                       to: CellArea(rows: 1...3, columns: 2...2))
        try sites.addConditionalFormat(.twoColourScale(min: 0xFFFFFF, max: 0x000000),
                                       to: CellArea(rows: 1...3, columns: 3...3))
        try sites.activate()

        let groups = try wb.addWorksheet("O'Brien")
        try groups.writeString("group", row: 0, column: 0)
        try groups.writeString("mean", row: 0, column: 1)
        for (i, name) in ["urban", "rural"].enumerated() {
            try groups.writeString(name, row: i + 1, column: 0)
            try groups.writeNumber(Double(10 + i), row: i + 1, column: 1)
        }
        try groups.autofilter(CellArea(rows: 0...2, columns: 0...1))
        let columnsChart = try wb.addChart(.column)
        try columnsChart.addSeries(name: "mean", categories: CellRange(sheet: "O'Brien", column: 0, rows: 1...2),
                                   values: CellRange(sheet: "O'Brien", column: 1, rows: 1...2), colour: 0x000000)
        try columnsChart.setLegend(.none)
        try groups.insertChart(columnsChart, row: 4, column: 0, xScale: 0.5, yScale: 0.5)
    }
}
