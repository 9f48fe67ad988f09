/// Every message and every word the outputs show, in Chinese and English (rules §6): the
/// terminal, `validate`, the Data quality sheet, the sheets' labels and the draft's words all
/// take their text from here, so a wording is changed in one place and both languages stay
/// side by side.
///
/// One extension a subject, each in its own file (`Catalogue+Headers.swift`, …): a nested enum
/// of static functions, each returning a `Localized` text built from its arguments. A
/// diagnostic's stable code sits beside its text where the diagnostic is made.
public enum Catalogue {}
