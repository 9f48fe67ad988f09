/// The document properties stored in `docProps/core.xml` and `docProps/app.xml`.
///
/// `created` is required and is the only time written: the wrapper never reads the clock, so the
/// same content and properties give byte-identical files.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    /// The creation time, in whole seconds since 1970-01-01T00:00:00Z. Must be positive:
    /// libxlsxwriter replaces 0 by the current time.
    public var created: Int64
    /// Custom text properties (`docProps/custom.xml`, File › Properties › Custom), in this
    /// order; a name and a value each at most 255 characters, the names distinct.
    public var custom: [CustomProperty] = []

    /// Properties with the given creation time (seconds since 1970 UTC) and optional texts.
    public init(created: Int64, title: String? = nil, subject: String? = nil, author: String? = nil,
                manager: String? = nil, company: String? = nil, category: String? = nil,
                keywords: String? = nil, comments: String? = nil) {
        self.created = created
        self.title = title
        self.subject = subject
        self.author = author
        self.manager = manager
        self.company = company
        self.category = category
        self.keywords = keywords
        self.comments = comments
    }
}

/// A custom text property of a workbook: a name and its text.
public struct CustomProperty: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
