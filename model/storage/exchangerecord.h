#pragma once

#include <cstdint>

namespace hl {

// One exchange, dictionary-encoded: what the importer buffers and an exchange block holds.
// Ids are 0 for "none"; token counts carry a null flag.
struct ExchangeRecord
{
    std::int64_t ts = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    std::uint32_t account = 0;
    std::uint32_t model = 0;
    std::uint32_t tmpl = 0;
    std::uint32_t ip = 0;
    std::uint32_t apiKey = 0;
    std::uint8_t capability = 0; // 0 = not given
    std::uint8_t flags = 0;      // NoInputTokens | NoOutputTokens

    enum : std::uint8_t { NoInputTokens = 1, NoOutputTokens = 2 };
};
static_assert(sizeof(ExchangeRecord) == 48);

} // namespace hl
