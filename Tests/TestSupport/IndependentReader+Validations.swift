import Foundation

/// One data validation as openpyxl reads it from a worksheet (`ws.data_validations`).
public struct ValidationDump: Decodable, Equatable, Sendable {
    /// The cells, e.g. `C2:C1048576`.
    public var sqref: String
    /// `list`, or nil for a validation of any value.
    public var type: String?
    /// A list's values as the file keeps them: `"城区,农村"` (with the quotes).
    public var formula1: String?
    /// `warning`, `information`, or nil for Excel's default, stop.
    public var errorStyle: String?
    public var allowBlank: Bool
    /// openpyxl's `showDropDown` is the file's attribute, which *hides* the in-cell list when true.
    public var hidesDropDown: Bool
    public var showInputMessage: Bool
    public var showErrorMessage: Bool
    public var promptTitle: String?
    public var prompt: String?
    public var errorTitle: String?
    public var error: String?

    public init(sqref: String, type: String?, formula1: String?, errorStyle: String?, allowBlank: Bool,
                hidesDropDown: Bool, showInputMessage: Bool, showErrorMessage: Bool, promptTitle: String?,
                prompt: String?, errorTitle: String?, error: String?) {
        self.sqref = sqref; self.type = type; self.formula1 = formula1; self.errorStyle = errorStyle
        self.allowBlank = allowBlank; self.hidesDropDown = hidesDropDown; self.showInputMessage = showInputMessage
        self.showErrorMessage = showErrorMessage; self.promptTitle = promptTitle; self.prompt = prompt
        self.errorTitle = errorTitle; self.error = error
    }
}

extension IndependentReader {
    /// Every data validation of every worksheet of `path`, by sheet name, in file order.
    public static func dataValidations(_ path: String) throws -> [String: [ValidationDump]] {
        let script = #"""
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [{
        "sqref": str(dv.sqref), "type": dv.type, "formula1": dv.formula1, "errorStyle": dv.errorStyle,
        "allowBlank": bool(dv.allow_blank), "hidesDropDown": bool(dv.showDropDown),
        "showInputMessage": bool(dv.showInputMessage), "showErrorMessage": bool(dv.showErrorMessage),
        "promptTitle": dv.promptTitle, "prompt": dv.prompt, "errorTitle": dv.errorTitle, "error": dv.error,
    } for dv in ws.data_validations.dataValidation]
json.dump(out, sys.stdout, ensure_ascii=False)
"""#
        return try JSONDecoder().decode([String: [ValidationDump]].self, from: runScript(script, arguments: [path]))
    }
}
