// Loaders for the small tables of an export: accounts, releases, infrastructure, scores and
// partner indicators. Every row is checked; rows are written only while the import is clean
// (a failed import is rolled back anyway, but checking goes on so the user sees every problem).
#include "importsession.h"
#include "storage/schema.h"
#include "util/timeparse.h"

#include <cctype>
#include <limits>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

std::string_view orNull(const RowCheck &row, int col)
{
    return row.text(col);
}

void bindText(Statement &st, int index, std::string_view text)
{
    if (text.empty())
        st.bindNull(index);
    else
        st.bind(index, text);
}

void bindOptional(Statement &st, int index, const std::optional<std::int64_t> &v)
{
    if (v)
        st.bind(index, *v);
    else
        st.bindNull(index);
}

void bindCode(Statement &st, int index, int code)
{
    st.bindOptional(index, code, code <= 0);
}

} // namespace

void loadAccounts(ImportSession &s, RecordReader &reader, const QString &file)
{
    enum { Id, Created, Org, Email, Signup, Country, Status };
    Statement insert(s.db, "INSERT INTO accounts(id, account_key, created_at, org, email_domain, signup_path, country,"
                           " status, import_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    // An account already in the case (from an earlier export) is merged: the earliest creation
    // time, and the newest non-empty value of every other field.
    Statement merge(s.db, "UPDATE accounts SET created_at = min(created_at, ?3), org = coalesce(?4, org),"
                          " email_domain = coalesce(?5, email_domain), signup_path = coalesce(?6, signup_path),"
                          " country = coalesce(?7, country), status = coalesce(?8, status) WHERE id = ?1");
    Statement link(s.db, schema::AccountInfraUpsert);

    forEachRecord(s, reader, file, [&] {
        RowCheck row(s, reader, file);
        const bool hasId = row.required(Id) && row.identifier(Id);
        const std::optional<std::int64_t> created = row.required(Created) ? row.time(Created) : std::nullopt;
        if (row.has(Org))
            row.identifier(Org);
        const std::optional<std::string> email = row.has(Email) ? row.infraValue(Email, schema::EmailDomain) : std::nullopt;
        const int signup = row.enumCode(Signup, schema::SignupPathNames);
        const int status = row.enumCode(Status, schema::AccountStatusNames);
        std::string country(row.text(Country));
        if (!country.empty()) {
            const bool letters = country.size() == 2 && std::isalpha(static_cast<unsigned char>(country[0]))
                && std::isalpha(static_cast<unsigned char>(country[1]));
            if (!letters)
                row.error(Country, u"not a two-letter ISO 3166-1 country code: "_s + quoteValue(country));
            for (char &c : country)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        if (!hasId)
            return;

        std::uint32_t id = s.accounts.find(row.text(Id));
        const bool existed = id != 0;
        if (!existed)
            id = s.accounts.assign(row.text(Id));
        if (s.accountLine.size() <= id)
            s.accountLine.resize(id + 1024, 0);
        if (s.accountLine[id] != 0) {
            row.error(Id, u"duplicate account %1 (first at line %2)"_s.arg(quoteValue(row.text(Id))).arg(s.accountLine[id]));
            return;
        }
        s.accountLine[id] = reader.line();
        if (!row.ok() || !s.errors.isEmpty())
            return;

        const std::uint32_t org = row.has(Org) ? s.infraId(schema::Org, row.text(Org)) : 0;
        const std::uint32_t mail = email ? s.infraId(schema::EmailDomain, *email) : 0;
        Statement &st = existed ? merge : insert;
        st.bind(1, std::int64_t(id)).bind(2, row.text(Id)).bind(3, *created);
        st.bindOptional(4, org, org == 0).bindOptional(5, mail, mail == 0);
        bindCode(st, 6, signup);
        bindText(st, 7, country);
        bindCode(st, 8, status);
        if (!existed)
            st.bind(9, s.importId);
        st.exec();
        for (const std::uint32_t infra : {org, mail})
            if (infra)
                link.bind(1, std::int64_t(id)).bind(2, std::int64_t(infra)).bind(3, std::int64_t(schema::FromAccountsTable))
                    .bindNull(4).bindNull(5).bind(6, std::int64_t(0)).exec();
    });
}

void loadReleases(ImportSession &s, RecordReader &reader, const QString &file)
{
    enum { Model, Released, Label };
    Statement upsert(s.db, "INSERT INTO releases(model_id, released_at, label, import_id) VALUES(?1, ?2, ?3, ?4)"
                           " ON CONFLICT(model_id) DO UPDATE SET released_at = excluded.released_at,"
                           " label = coalesce(excluded.label, label), import_id = excluded.import_id");
    std::unordered_map<std::uint32_t, std::int64_t> seen; // model → line
    forEachRecord(s, reader, file, [&] {
        RowCheck row(s, reader, file);
        const bool hasModel = row.required(Model) && row.identifier(Model);
        const std::optional<std::int64_t> released = row.required(Released) ? row.time(Released) : std::nullopt;
        if (!hasModel)
            return;
        const std::uint32_t model = s.models.intern(row.text(Model));
        const auto [it, fresh] = seen.try_emplace(model, reader.line());
        if (!fresh) {
            row.error(Model, u"duplicate release of model %1 (first at line %2)"_s.arg(quoteValue(row.text(Model))).arg(it->second));
            return;
        }
        if (!row.ok() || !s.errors.isEmpty())
            return;
        upsert.bind(1, std::int64_t(model)).bind(2, *released);
        bindText(upsert, 3, orNull(row, Label));
        upsert.bind(4, s.importId).exec();
    });
}

void loadInfrastructure(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile)
{
    enum { Account, Kind, Value, FirstSeen, LastSeen, Observations };
    Statement link(s.db, schema::AccountInfraUpsert);
    forEachRecord(s, reader, file, [&] {
        RowCheck row(s, reader, file);
        const std::uint32_t account = row.account(Account, accountsFile);
        const int kind = row.required(Kind) ? row.enumCode(Kind, schema::InfraKindNames) : -1;
        std::optional<std::string> value;
        if (row.required(Value) && kind > 0)
            value = row.infraValue(Value, kind);
        const auto first = row.time(FirstSeen);
        const auto last = row.time(LastSeen);
        if (first && last && *last < *first)
            row.error(LastSeen, u"last_seen is before first_seen"_s);
        const auto observations = row.integer(Observations, 0, std::numeric_limits<std::int64_t>::max());
        if (!row.ok() || !s.errors.isEmpty() || account == 0)
            return;
        link.bind(1, std::int64_t(account)).bind(2, std::int64_t(s.infraId(kind, *value)))
            .bind(3, std::int64_t(schema::FromInfrastructureTable));
        bindOptional(link, 4, first);
        bindOptional(link, 5, last);
        link.bind(6, observations.value_or(1)).exec();
    });
}

void loadScores(ImportSession &s, RecordReader &reader, const QString &file, const QString &accountsFile)
{
    enum { Account, ScoredAt, Classifier, Version, Score };
    Statement insert(s.db, "INSERT INTO scores(account_id, classifier_id, scored_at, score, import_id)"
                           " VALUES(?1, ?2, ?3, ?4, ?5)");
    std::string key;
    forEachRecord(s, reader, file, [&] {
        RowCheck row(s, reader, file);
        const std::uint32_t account = row.account(Account, accountsFile);
        const auto scoredAt = row.required(ScoredAt) ? row.time(ScoredAt) : std::nullopt;
        const bool hasClassifier = row.required(Classifier) && row.identifier(Classifier);
        if (row.has(Version))
            row.identifier(Version);
        const auto score = row.required(Score) ? row.real(Score, 0.0, 1.0) : std::nullopt;
        if (!row.ok() || !s.errors.isEmpty() || account == 0 || !hasClassifier)
            return;
        key.assign(row.text(Classifier));
        key.push_back('\x1f');
        key.append(row.text(Version));
        insert.bind(1, std::int64_t(account)).bind(2, std::int64_t(s.classifiers.intern(key))).bind(3, *scoredAt)
            .bind(4, *score).bind(5, s.importId).exec();
    });
}

void loadIndicators(ImportSession &s, RecordReader &reader, const QString &file)
{
    enum { Kind, Value, Source, Confidence, SharedAt, Note };
    Statement insert(s.db, "INSERT INTO indicators(infra_id, source, confidence, shared_at, note, import_id)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    forEachRecord(s, reader, file, [&] {
        RowCheck row(s, reader, file);
        const int kind = row.required(Kind) ? row.enumCode(Kind, schema::InfraKindNames) : -1;
        std::optional<std::string> value;
        if (row.required(Value) && kind > 0)
            value = row.infraValue(Value, kind);
        const bool hasSource = row.required(Source);
        const auto confidence = row.integer(Confidence, 0, 100);
        const auto sharedAt = row.time(SharedAt);
        if (!row.ok() || !s.errors.isEmpty() || !hasSource)
            return;
        insert.bind(1, std::int64_t(s.infraId(kind, *value))).bind(2, row.text(Source));
        bindOptional(insert, 3, confidence);
        bindOptional(insert, 4, sharedAt);
        bindText(insert, 5, orNull(row, Note));
        insert.bind(6, s.importId).exec();
    });
}

} // namespace hl
