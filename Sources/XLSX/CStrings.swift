/// Runs `body` with C pointers to `strings` (nil stays nil), valid only during the call.
///
/// libxlsxwriter copies every string it is given, so a scoped pointer is enough. The fields of its
/// option structs are `char *`; the library never writes through them, hence `mutating:`.
internal func withCStrings<R>(_ strings: [String?],
                              _ body: ([UnsafeMutablePointer<CChar>?]) throws -> R) rethrows -> R {
    try withCStrings(strings[...], collected: [], body)
}

private func withCStrings<R>(_ strings: ArraySlice<String?>, collected: [UnsafeMutablePointer<CChar>?],
                             _ body: ([UnsafeMutablePointer<CChar>?]) throws -> R) rethrows -> R {
    guard let first = strings.first else { return try body(collected) }
    guard let string = first else {
        return try withCStrings(strings.dropFirst(), collected: collected + [nil], body)
    }
    return try string.withCString { pointer in
        try withCStrings(strings.dropFirst(), collected: collected + [UnsafeMutablePointer(mutating: pointer)], body)
    }
}
