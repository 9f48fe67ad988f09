/// The built-in Excel table styles: `.medium(2)` is "Table Style Medium 2".
public enum TableStyle: Hashable, Sendable {
    /// No style (plain cells with filter buttons).
    case none
    /// "Table Style Light N", N in 1…21.
    case light(Int)
    /// "Table Style Medium N", N in 1…28.
    case medium(Int)
    /// "Table Style Dark N", N in 1…11.
    case dark(Int)

    /// Excel's name, e.g. "Table Style Medium 2" (nil for `.none`).
    public var excelName: String? {
        switch self {
        case .none: return nil
        case .light(let n): return "Table Style Light \(n)"
        case .medium(let n): return "Table Style Medium \(n)"
        case .dark(let n): return "Table Style Dark \(n)"
        }
    }
}
