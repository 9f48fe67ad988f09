// Fast UTF-8 validation. Written here because no package the project may depend on offers it
// from C or Swift (simdutf is C++ and not among the machine's packages); see CUTF8.h.
#include "CUTF8.h"
#include <string.h>

static int valid_scalar(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t b0 = p[i];
        if (b0 < 0x80) { i += 1; continue; }
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return 0;
            i += 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (i + 2 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return 0;
            if (b0 == 0xE0 && p[i + 1] < 0xA0) return 0;
            if (b0 == 0xED && p[i + 1] > 0x9F) return 0;
            i += 3;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (i + 3 >= n || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return 0;
            if (b0 == 0xF0 && p[i + 1] < 0x90) return 0;
            if (b0 == 0xF4 && p[i + 1] > 0x8F) return 0;
            i += 4;
        } else {
            return 0;
        }
    }
    return 1;
}

#if defined(__x86_64__)
#include <immintrin.h>

// What a byte pair (the byte before, the byte) can be wrong with; a pair is an error when the
// three lookups (high nibble before, low nibble before, high nibble of the byte) share a bit.
enum {
    TOO_SHORT = 1 << 0,      // 11______ 0_______ or 11______ 11______: a lead without its continuation
    TOO_LONG = 1 << 1,       // 0_______ 10______: a continuation after ASCII
    OVERLONG_3 = 1 << 2,     // 11100000 100_____
    TOO_LARGE = 1 << 3,      // 11110100 1001____ and above: beyond U+10FFFF
    SURROGATE = 1 << 4,      // 11101101 101_____
    OVERLONG_2 = 1 << 5,     // 1100000_ 10______
    TOO_LARGE_1000 = 1 << 6, // 11110101 1000____ and above
    OVERLONG_4 = 1 << 6,     // 11110000 1000____
    TWO_CONTS = 1 << 7,      // 10______ 10______: right only as the 3rd or 4th byte of a sequence
    CARRY = TOO_SHORT | TOO_LONG | TWO_CONTS,
};

__attribute__((target("ssse3")))
static inline __m128i high_nibbles(__m128i v) {
    return _mm_and_si128(_mm_srli_epi16(v, 4), _mm_set1_epi8(0x0F));
}

__attribute__((target("ssse3")))
static inline __m128i block_errors(__m128i input, __m128i previous) {
    const __m128i byte_1_high_table = _mm_setr_epi8(
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG,
        (char)TWO_CONTS, (char)TWO_CONTS, (char)TWO_CONTS, (char)TWO_CONTS,
        TOO_SHORT | OVERLONG_2, TOO_SHORT, TOO_SHORT | OVERLONG_3 | SURROGATE,
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4);
    const __m128i byte_1_low_table = _mm_setr_epi8(
        (char)(CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4), (char)(CARRY | OVERLONG_2), (char)CARRY, (char)CARRY,
        (char)(CARRY | TOO_LARGE), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000),
        (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000),
        (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000),
        (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000),
        (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE),
        (char)(CARRY | TOO_LARGE | TOO_LARGE_1000), (char)(CARRY | TOO_LARGE | TOO_LARGE_1000));
    const __m128i byte_2_high_table = _mm_setr_epi8(
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT,
        (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4),
        (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE),
        (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE),
        (char)(TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE),
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT);
    __m128i prev1 = _mm_alignr_epi8(input, previous, 15);
    __m128i special = _mm_and_si128(
        _mm_and_si128(_mm_shuffle_epi8(byte_1_high_table, high_nibbles(prev1)),
                      _mm_shuffle_epi8(byte_1_low_table, _mm_and_si128(prev1, _mm_set1_epi8(0x0F)))),
        _mm_shuffle_epi8(byte_2_high_table, high_nibbles(input)));
    // The third and fourth bytes of a sequence must be continuations (TWO_CONTS there is right).
    __m128i prev2 = _mm_alignr_epi8(input, previous, 14);
    __m128i prev3 = _mm_alignr_epi8(input, previous, 13);
    __m128i must23 = _mm_or_si128(_mm_subs_epu8(prev2, _mm_set1_epi8((char)(0xE0 - 0x80))),
                                  _mm_subs_epu8(prev3, _mm_set1_epi8((char)(0xF0 - 0x80))));
    __m128i must23_80 = _mm_and_si128(must23, _mm_set1_epi8((char)0x80));
    return _mm_xor_si128(must23_80, special);
}

__attribute__((target("ssse3")))
static int valid_ssse3(const uint8_t *p, size_t n) {
    // A block ending in the first bytes of a sequence: non-zero where the last three bytes
    // begin sequences longer than what is left of the block.
    const __m128i incomplete_above = _mm_setr_epi8(
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    __m128i error = _mm_setzero_si128();
    __m128i previous = _mm_setzero_si128();
    __m128i previous_incomplete = _mm_setzero_si128();
    size_t i = 0;
    uint8_t tail[16];
    while (i < n) {
        __m128i input;
        if (i + 16 <= n) {
            input = _mm_loadu_si128((const __m128i *)(p + i));
        } else {
            // The last bytes, padded with NUL (ASCII): a sequence cut off by the end is then
            // followed by ASCII, which the lookups flag.
            memset(tail, 0, sizeof tail);
            memcpy(tail, p + i, n - i);
            input = _mm_loadu_si128((const __m128i *)tail);
        }
        if (_mm_movemask_epi8(input) == 0) {
            // All ASCII: right unless the block before left a sequence open.
            error = _mm_or_si128(error, previous_incomplete);
        } else {
            error = _mm_or_si128(error, block_errors(input, previous));
            previous_incomplete = _mm_subs_epu8(input, incomplete_above);
            previous = input;
        }
        i += 16;
    }
    error = _mm_or_si128(error, previous_incomplete);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}
#endif

int annual_review_utf8_is_valid(const uint8_t *bytes, size_t count) {
#if defined(__x86_64__)
    if (__builtin_cpu_supports("ssse3")) return valid_ssse3(bytes, count);
#endif
    return valid_scalar(bytes, count);
}
