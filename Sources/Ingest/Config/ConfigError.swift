import Model

/// A problem in `review.yml`: the key and the line it is on, and what is allowed. Always fatal
/// (exit 2).
public struct ConfigError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var key: String
    public var message: String

    public init(file: String, line: Int?, key: String, message: String) {
        self.file = file; self.line = line; self.key = key; self.message = message
    }

    /// `review.yml:12: error: weights: …`
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(key.isEmpty ? "" : "\(key): ")\(message)"
    }
}
