#include "importsession.h"

#include "io/bytesource.h"
#include "storage/schema.h"
#include "util/timeparse.h"
#include "util/values.h"

using namespace Qt::StringLiterals;

namespace hl {

ImportSession::ImportSession(sqlite3 *db_, std::int64_t importId_, const ImportOptions &options_,
                             std::int64_t bytesTotal)
    : db(db_)
    , importId(importId_)
    , options(options_)
    , accounts(db_, "SELECT id, account_key FROM accounts", nullptr)
    , models(db_, "SELECT id, name FROM models", "INSERT INTO models(id, name) VALUES(?1, ?2)")
    , templates(db_, "SELECT id, hash FROM templates", "INSERT INTO templates(id, hash) VALUES(?1, ?2)")
    , infra(db_, "SELECT id, kind, value FROM infra", "INSERT INTO infra(id, kind, value) VALUES(?1, ?2, ?3)", true)
    , classifiers(db_, "SELECT id, name || char(31) || version FROM classifiers",
                  "INSERT INTO classifiers(id, name, version) VALUES(?1, substr(?2, 1, instr(?2, char(31)) - 1),"
                  " substr(?2, instr(?2, char(31)) + 1))")
    , m_bytesTotal(bytesTotal)
{
    m_clock.start();
}

void ImportSession::checkCancel() const
{
    if (options.cancel && options.cancel->load(std::memory_order_relaxed))
        throw Cancelled{};
}

// Fills in what every report shares (totals, rows per second in this phase) and hands it on.
void ImportSession::emitProgress(ImportProgress &p)
{
    p.bytesTotal = m_bytesTotal;
    const double secs = (m_clock.elapsed() - m_phaseStart) / 1000.0;
    p.rowsPerSecond = secs > 0 ? p.rows / secs : 0;
    if (options.progress)
        options.progress(p);
}

// Checks for cancel on every call; says whether a report is due (at most every 100 ms).
bool ImportSession::reportDue(bool force)
{
    checkCancel();
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastReport < 100)
        return false;
    m_lastReport = now;
    return true;
}

void ImportSession::reportPhase(ImportProgress::Phase phase, const QString &what, std::int64_t rowsTotal)
{
    checkCancel();
    m_phaseStart = m_clock.elapsed();
    ImportProgress p;
    p.phase = phase;
    p.file = what;
    p.bytesDone = m_bytesBefore;
    p.rowsTotal = rowsTotal;
    p.fraction = phase == ImportProgress::Phase::Committing ? 0.99 : (phase == ImportProgress::Phase::Writing ? 0.95 : 0.0);
    emitProgress(p);
}

void ImportSession::reportReading(const QString &file, const RecordReader &reader, bool force)
{
    if (!reportDue(force))
        return;
    ImportProgress p;
    p.phase = ImportProgress::Phase::Reading;
    p.file = file;
    p.bytesDone = m_bytesBefore + reader.source().rawBytesRead();
    p.rows = reader.recordCount();
    p.fraction = m_bytesTotal > 0 ? 0.95 * double(p.bytesDone) / double(m_bytesTotal) : 0;
    emitProgress(p);
}

void RowCheck::error(int col, const QString &reason)
{
    m_ok = false;
    m_s.errors.addRow(m_file, m_r.line(), m_r.columns().value(col), reason);
}

bool RowCheck::required(int col)
{
    if (has(col))
        return true;
    error(col, u"required value is missing"_s);
    return false;
}

bool RowCheck::identifier(int col)
{
    if (text(col).size() <= 256)
        return true;
    error(col, u"longer than 256 bytes (identifiers are at most 256 bytes)"_s);
    return false;
}

std::optional<std::int64_t> RowCheck::time(int col)
{
    if (!has(col))
        return std::nullopt;
    const auto t = parseTimestamp(text(col));
    if (!t)
        error(col, timestampError(text(col)));
    return t;
}

std::optional<std::int64_t> RowCheck::integer(int col, std::int64_t min, std::int64_t max)
{
    if (!has(col))
        return std::nullopt;
    const auto v = parseInteger(text(col));
    if (!v) {
        error(col, u"not a whole number: "_s + quoteValue(text(col)));
        return std::nullopt;
    }
    if (*v < min || *v > max) {
        if (max < 0xfffffffeLL)
            error(col, u"must be between %1 and %2, found %3"_s.arg(min).arg(max).arg(*v));
        else if (*v < min)
            error(col, u"must be %1 or more, found %2"_s.arg(min).arg(*v));
        else
            error(col, u"too large: at most %1, found %2"_s.arg(max).arg(*v));
        return std::nullopt;
    }
    return v;
}

std::optional<double> RowCheck::real(int col, double min, double max)
{
    if (!has(col))
        return std::nullopt;
    const auto v = parseReal(text(col));
    if (!v) {
        error(col, u"not a number: "_s + quoteValue(text(col)));
        return std::nullopt;
    }
    if (*v < min || *v > max) {
        error(col, u"must be between %1 and %2, found %3"_s.arg(min).arg(max).arg(QString::fromUtf8(text(col).data(), qsizetype(text(col).size()))));
        return std::nullopt;
    }
    return v;
}

int RowCheck::enumCode(int col, const char *const *names)
{
    if (!has(col))
        return 0;
    const int i = enumIndex(text(col), names);
    if (i < 0) {
        error(col, quoteValue(text(col)) + u" is not one of "_s + enumChoices(names));
        return -1;
    }
    return i + 1;
}

std::optional<std::string> RowCheck::infraValue(int col, int kind)
{
    const std::string_view v = text(col);
    if (kind == schema::Ip) {
        auto ip = canonicalIp(v);
        if (!ip)
            error(col, u"not an IPv4 or IPv6 address: "_s + quoteValue(v));
        return ip;
    }
    if (kind == schema::Asn) {
        auto asn = canonicalAsn(v);
        if (!asn)
            error(col, u"not an AS number such as AS4134: "_s + quoteValue(v));
        return asn;
    }
    if (!identifier(col))
        return std::nullopt;
    std::string value(v);
    if (kind == schema::EmailDomain)
        for (char &c : value)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
    return value;
}

std::uint32_t RowCheck::account(int col, const QString &accountsFile)
{
    if (!required(col))
        return 0;
    const std::uint32_t id = m_s.accounts.find(text(col));
    if (id == 0)
        error(col, u"unknown account %1: it is not in %2 or the case"_s.arg(quoteValue(text(col)), accountsFile));
    return id;
}

} // namespace hl
