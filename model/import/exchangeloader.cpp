// The exchanges table: up to tens of millions of rows. Reading checks and dictionary-encodes
// each row into a 48-byte record for the external sort; writing streams the sorted records into
// the clustered exchanges table and the rollups.
#include "exchangesorter.h"
#include "exchangewriter.h"
#include "importsession.h"
#include "storage/schema.h"
#include "util/values.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace hl {

void loadExchanges(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile,
                   ExchangeSorter &sorter)
{
    enum { Ts, Account, Model, Capability, Template, InTok, OutTok, Ip, ApiKey };
    constexpr std::int64_t MaxTokens = std::numeric_limits<std::int64_t>::max();
    // The same client address is written in many ways ("::ffff:1.2.3.4", upper-case IPv6, …):
    // canonicalise each distinct spelling once.
    std::unordered_map<std::string, std::uint32_t, StringViewHash, std::equal_to<>> ipBySpelling;
    std::string lastModel;
    std::uint32_t lastModelId = 0;

    forEachRecord(s, reader, file, [&] {
        RowCheck row(s, reader, file);
        ExchangeRecord r;
        if (row.required(Ts))
            if (const auto t = row.time(Ts))
                r.ts = *t;
        r.account = row.account(Account, accountsFile);
        if (row.required(Model) && row.identifier(Model)) {
            const std::string_view model = row.text(Model);
            if (lastModelId == 0 || model != lastModel) {
                lastModelId = s.models.intern(model);
                lastModel.assign(model);
                if (lastModelId > 0xffffff)
                    throw StorageError{u"more than 16 million distinct models"_s};
            }
            r.model = lastModelId;
        }
        if (const int cap = row.enumCode(Capability, schema::CapabilityNames); cap > 0)
            r.capability = static_cast<std::uint8_t>(cap);
        if (row.has(Template) && row.identifier(Template))
            r.tmpl = s.templates.intern(row.text(Template));
        if (const auto in = row.integer(InTok, 0, MaxTokens))
            r.inputTokens = *in;
        else
            r.flags |= ExchangeRecord::NoInputTokens;
        if (const auto out = row.integer(OutTok, 0, MaxTokens))
            r.outputTokens = *out;
        else
            r.flags |= ExchangeRecord::NoOutputTokens;
        if (row.has(Ip)) {
            const std::string_view spelling = row.text(Ip);
            if (const auto it = ipBySpelling.find(spelling); it != ipBySpelling.end()) {
                r.ip = it->second;
            } else if (const auto ip = row.infraValue(Ip, schema::Ip)) {
                r.ip = s.infraId(schema::Ip, *ip);
                ipBySpelling.emplace(std::string(spelling), r.ip);
            }
        }
        if (row.has(ApiKey) && row.identifier(ApiKey))
            r.apiKey = s.infraId(schema::ApiKey, row.text(ApiKey));
        if (row.ok() && s.errors.isEmpty())
            sorter.add(r);
    });
}

void writeExchanges(ImportSession &s, ExchangeSorter &sorter)
{
    const std::int64_t total = sorter.count();
    s.reportPhase(ImportProgress::Phase::Writing, u"exchanges"_s, total);
    sorter.finish();
    ExchangeWriter writer(s.db, s.importId);
    ExchangeRecord r;
    while (sorter.next(r)) {
        writer.add(r);
        if ((writer.written() & 0xffff) == 0)
            s.reportWriting(writer.written(), total);
    }
    writer.finish();
    s.reportWriting(total, total, true);
}

} // namespace hl
