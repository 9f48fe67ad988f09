extension Catalogue.Sheets {
    /// The words of the Report draft sheet (述职要点).
    public enum DraftSheet {
        /// The left of the draft sheet's page footer: the tool, the fingerprint's first 12
        /// digits and the as-of date (`Sheets.date`).
        public static func provenance(version: String, fingerprint: String, asOf: String) -> Localized {
            Localized(zh: "annual-review \(version) 生成 · 输入指纹 \(fingerprint) · 数据截至\(asOf)",
                      en: "annual-review \(version) · input fingerprint \(fingerprint) · data as of \(asOf)")
        }
    }
}
