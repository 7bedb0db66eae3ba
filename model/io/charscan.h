#pragma once

// Fast searches for one of a few byte values, used by the CSV and JSONL parsers.
// The callers guarantee that 16 bytes may be loaded from any position before `end`
// (RecordReader::BufferPadding), so the SSE2 loop needs no scalar tail.

#include <bit>
#include <cstdint>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define HL_CHARSCAN_SSE2 1
#endif

namespace hl::charscan {

#if HL_CHARSCAN_SSE2
inline int matchMask(__m128i v, char a, char b, char c)
{
    const __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(a)),
                                                 _mm_cmpeq_epi8(v, _mm_set1_epi8(b))),
                                   _mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
    return _mm_movemask_epi8(m);
}
#endif

// The first position in [p, end) where a byte matches, or end. `mask16` gives the match bits of
// 16 bytes (SSE2); `matches` tests one byte (the portable fallback). Both are inlined.
template<typename Mask16, typename Matches>
inline const char *scan(const char *p, const char *end, [[maybe_unused]] Mask16 mask16,
                        [[maybe_unused]] Matches matches)
{
#if HL_CHARSCAN_SSE2
    while (p < end) {
        const int mask = mask16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
        if (mask) {
            const char *hit = p + std::countr_zero(static_cast<unsigned>(mask));
            return hit < end ? hit : end;
        }
        p += 16;
    }
    return end;
#else
    while (p < end && !matches(static_cast<unsigned char>(*p)))
        ++p;
    return p;
#endif
}

// The first byte in [p, end) equal to a, b or c, or end.
template<char A, char B, char C>
inline const char *findAny(const char *p, const char *end)
{
    return scan(
        p, end,
#if HL_CHARSCAN_SSE2
        [](__m128i v) { return matchMask(v, A, B, C); },
#else
        nullptr,
#endif
        [](unsigned char c) { return c == static_cast<unsigned char>(A) || c == static_cast<unsigned char>(B)
                                  || c == static_cast<unsigned char>(C); });
}

// The first byte in [p, end) that is '"', '\\' or a control character (< 0x20), or end.
inline const char *findStringSpecial(const char *p, const char *end)
{
    return scan(
        p, end,
#if HL_CHARSCAN_SSE2
        [](__m128i v) {
            const __m128i controlMax = _mm_set1_epi8(0x1F);
            const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, controlMax), controlMax);
            return _mm_movemask_epi8(_mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))), control));
        },
#else
        nullptr,
#endif
        [](unsigned char c) { return c == '"' || c == '\\' || c < 0x20; });
}

} // namespace hl::charscan
