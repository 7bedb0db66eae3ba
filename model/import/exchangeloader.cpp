// The exchanges table: up to tens of millions of rows. Reading checks and dictionary-encodes
// each row into a 48-byte record; the pipeline's worker adds the template id and hands it to
// the ExchangeWriter, which packs per-account blocks as it goes.
#include "exchangepipeline.h"
#include "exchangewriter.h"
#include "importsession.h"
#include "storage/schema.h"
#include "util/values.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace hl {

void loadExchanges(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile,
                   ExchangeWriter &writer)
{
    enum { Ts, Account, Model, Capability, Template, InTok, OutTok, Ip, ApiKey };
    constexpr std::int64_t MaxTokens = std::numeric_limits<std::int64_t>::max();
    // The same client address is written in many ways ("::ffff:1.2.3.4", upper-case IPv6, …):
    // canonicalise each distinct spelling once.
    StringIdMap ipBySpelling;
    std::string lastModel;
    std::uint32_t lastModelId = 0;

    // Until the pipeline is done, only its worker may use the connection: the reading side's
    // dictionaries keep their new rows for later. The template index is rebuilt once at the end
    // (writeExchanges), which is much cheaper than millions of single inserts into it.
    execSql(s.db, "DROP INDEX IF EXISTS templates_by_hash");
    s.models.defer();
    s.infra.defer();
    ExchangePipeline pipeline(s.templates, writer);

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
        std::string_view templateHash;
        if (row.has(Template) && row.identifier(Template))
            templateHash = row.text(Template);
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
            if (const std::uint32_t known = ipBySpelling.find(spelling)) {
                r.ip = known;
            } else if (const auto ip = row.infraValue(Ip, schema::Ip)) {
                r.ip = s.infraId(schema::Ip, *ip);
                ipBySpelling.insert(spelling, r.ip);
            }
        }
        if (row.has(ApiKey) && row.identifier(ApiKey))
            r.apiKey = s.infraId(schema::ApiKey, row.text(ApiKey));
        if (row.ok() && s.errors.isEmpty())
            pipeline.add(r, templateHash);
    });
    pipeline.finish();
    s.models.flush();
    s.infra.flush();
    s.templates.release(); // exchanges are the last table and the only one with templates
}

void writeExchanges(ImportSession &s, ExchangeWriter &writer)
{
    s.reportPhase(ImportProgress::Phase::Writing, u"exchanges"_s, writer.pending());
    writer.finish();
    // SQLite's sorter on both cores, with small sort runs: for 3.6 million hashes this takes
    // 1.8 s and 70 MB instead of 3.2 s and 140 MB.
    execSql(s.db, "PRAGMA threads = 2; PRAGMA cache_size = -16384;"
                  " CREATE UNIQUE INDEX IF NOT EXISTS templates_by_hash ON templates(hash);"
                  " PRAGMA threads = 0; PRAGMA cache_size = -65536;");
}

} // namespace hl
