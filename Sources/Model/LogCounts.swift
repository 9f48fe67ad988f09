/// The reconciliation of one log (rules §3): read = accepted + rejected + out of period.
public struct LogCounts: Sendable, Equatable {
    public var read = 0
    public var accepted = 0
    public var rejected = 0
    public var outOfPeriod = 0
    /// Kept rows (accepted or out of period) that carry at least one row warning.
    public var warnings = 0

    public init(read: Int = 0, accepted: Int = 0, rejected: Int = 0, outOfPeriod: Int = 0, warnings: Int = 0) {
        self.read = read; self.accepted = accepted; self.rejected = rejected
        self.outOfPeriod = outOfPeriod; self.warnings = warnings
    }

    /// Whether the counts add up, as rules §3 requires of every log.
    public var isReconciled: Bool { read == accepted + rejected + outOfPeriod }
}
