#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one iconv conversion descriptor from `encoding` to UTF-8 and closes it in `deinit`.
/// No iconv type leaves this file.
final class IconvConverter {
    enum Outcome: Equatable {
        /// All input converted.
        case done
        /// The output is full (E2BIG).
        case outputFull
        /// The input ends inside a multi-byte sequence (EINVAL): feed it again with more bytes.
        case incompleteInput
        /// The input at the current position is not a valid sequence (EILSEQ).
        case invalidInput
    }

    private let descriptor: iconv_t
    let encoding: TextEncoding

    init(from encoding: TextEncoding) throws {
        precondition(encoding != .utf8, "UTF-8 is passed through, not converted")
        let cd = iconv_open("UTF-8", encoding.displayName)
        if Int(bitPattern: cd) == -1 { throw InputFileError.noConverter(encoding: encoding, errno: errno) }
        descriptor = cd!
        self.encoding = encoding
    }

    deinit { iconv_close(descriptor) }

    /// Converts from `input` into `output`, advancing both past what was consumed and produced.
    func convert(input: inout UnsafeMutableBufferPointer<UInt8>, output: inout UnsafeMutableBufferPointer<UInt8>) -> Outcome {
        guard let inBase = input.baseAddress, let outBase = output.baseAddress else {
            return input.isEmpty ? .done : .outputFull
        }
        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase).assumingMemoryBound(to: CChar.self)
        var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase).assumingMemoryBound(to: CChar.self)
        var inLeft = input.count, outLeft = output.count
        let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        let code = errno
        let consumed = input.count - inLeft, produced = output.count - outLeft
        input = UnsafeMutableBufferPointer(rebasing: input[consumed...])
        output = UnsafeMutableBufferPointer(rebasing: output[produced...])
        if result != -1 { return .done }
        switch code {
        case E2BIG: return .outputFull
        case EINVAL: return .incompleteInput
        default: return .invalidInput  // EILSEQ
        }
    }
}
