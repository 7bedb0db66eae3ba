#include "exchangestable.h"

#include "exchangeblock.h"
#include "statement.h"

#include <sqlite3.h>

#include <limits>
#include <optional>
#include <new>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

enum Column { AccountId, Ts, ImportId, ModelId, Capability, TemplateId, InputTokens, OutputTokens, IpId, ApiKeyId };

// idxNum bits: which constraints xFilter receives, in this order.
enum : int { HasAccount = 1, HasTsMin = 2, HasTsMax = 4, HasTsEq = 8 };

struct Table
{
    sqlite3_vtab base{};
    sqlite3 *db = nullptr;
};

struct Cursor
{
    sqlite3_vtab_cursor base{};
    Statement blocks;
    std::int64_t importId = 0;
    std::vector<ExchangeRecord> rows;
    std::size_t pos = 0;
    std::int64_t rowid = 0;
    std::int64_t tsMin = std::numeric_limits<std::int64_t>::min();
    std::int64_t tsMax = std::numeric_limits<std::int64_t>::max();
    bool eof = true;
};

int setError(sqlite3_vtab *vtab, const QString &message)
{
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("%s", message.toUtf8().constData());
    return SQLITE_ERROR;
}

int xConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(account_id INTEGER, ts INTEGER, import_id INTEGER,"
                                            " model_id INTEGER, capability INTEGER, template_id INTEGER,"
                                            " input_tokens INTEGER, output_tokens INTEGER, ip_id INTEGER,"
                                            " api_key_id INTEGER)");
    if (rc != SQLITE_OK)
        return rc;
    auto *t = new (std::nothrow) Table;
    if (!t)
        return SQLITE_NOMEM;
    t->db = db;
    *out = &t->base;
    return SQLITE_OK;
}

int xDisconnect(sqlite3_vtab *vtab)
{
    delete reinterpret_cast<Table *>(vtab);
    return SQLITE_OK;
}

int xBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int account = -1, tsEq = -1, tsMin = -1, tsMax = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (!c.usable)
            continue;
        if (c.iColumn == AccountId && c.op == SQLITE_INDEX_CONSTRAINT_EQ)
            account = i;
        else if (c.iColumn == Ts && c.op == SQLITE_INDEX_CONSTRAINT_EQ)
            tsEq = i;
        else if (c.iColumn == Ts && (c.op == SQLITE_INDEX_CONSTRAINT_GE || c.op == SQLITE_INDEX_CONSTRAINT_GT))
            tsMin = i;
        else if (c.iColumn == Ts && (c.op == SQLITE_INDEX_CONSTRAINT_LE || c.op == SQLITE_INDEX_CONSTRAINT_LT))
            tsMax = i;
    }
    // The blocks only narrow the scan: SQLite still checks every constraint itself (omit stays 0).
    int argv = 0;
    auto use = [&](int constraint, int bit) {
        if (constraint < 0)
            return;
        info->aConstraintUsage[constraint].argvIndex = ++argv;
        info->idxNum |= bit;
    };
    info->idxNum = 0;
    use(account, HasAccount);
    if (tsEq >= 0)
        use(tsEq, HasTsEq);
    else {
        use(tsMin, HasTsMin);
        use(tsMax, HasTsMax);
    }
    double cost = 1e7;
    if (info->idxNum & HasAccount)
        cost = 1e3;
    if (info->idxNum & (HasTsEq | HasTsMin | HasTsMax))
        cost /= 4;
    info->estimatedCost = cost;
    info->estimatedRows = static_cast<sqlite3_int64>(cost);
    return SQLITE_OK;
}

int xOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *c = new (std::nothrow) Cursor;
    if (!c)
        return SQLITE_NOMEM;
    *out = &c->base;
    return SQLITE_OK;
}

int xClose(sqlite3_vtab_cursor *cur)
{
    delete reinterpret_cast<Cursor *>(cur);
    return SQLITE_OK;
}

// Loads blocks until one has a row inside the ts range, or the blocks run out.
void loadNextBlock(Cursor &c)
{
    c.rows.clear();
    c.pos = 0;
    while (c.rows.empty()) {
        if (!c.blocks.step()) {
            c.eof = true;
            return;
        }
        const auto account = static_cast<std::uint32_t>(c.blocks.columnInt(0));
        c.importId = c.blocks.columnInt(1);
        decodeExchangeBlock(c.blocks.columnBlob(4), account, c.blocks.columnInt(2), c.blocks.columnInt(3), c.rows);
        std::erase_if(c.rows, [&](const ExchangeRecord &r) { return r.ts < c.tsMin || r.ts > c.tsMax; });
    }
    c.eof = false;
}

int xFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *, int argc, sqlite3_value **argv)
{
    auto &c = *reinterpret_cast<Cursor *>(cur);
    auto *table = reinterpret_cast<Table *>(cur->pVtab);
    c.tsMin = std::numeric_limits<std::int64_t>::min();
    c.tsMax = std::numeric_limits<std::int64_t>::max();
    c.rowid = 0;
    try {
        int arg = 0;
        std::optional<std::int64_t> account;
        auto intArg = [&](int i) -> std::optional<std::int64_t> {
            if (i >= argc || sqlite3_value_numeric_type(argv[i]) != SQLITE_INTEGER)
                return std::nullopt;
            return sqlite3_value_int64(argv[i]);
        };
        // A value that is not an integer (NULL, a real, text) narrows nothing: the scan stays
        // open at that end and SQLite's own check of the constraint decides.
        if (idxNum & HasAccount)
            account = intArg(arg++);
        if (idxNum & HasTsEq)
            if (const auto v = intArg(arg++))
                c.tsMin = c.tsMax = *v;
        if (idxNum & HasTsMin)
            if (const auto v = intArg(arg++))
                c.tsMin = *v;
        if (idxNum & HasTsMax)
            if (const auto v = intArg(arg++))
                c.tsMax = *v;
        std::string sql = "SELECT account_id, import_id, first_ts, exchanges, data FROM exchange_blocks WHERE ";
        sql += account ? "account_id = ?1" : "?1 IS NULL";
        sql += " AND last_ts >= ?2 AND first_ts <= ?3 ORDER BY account_id, first_ts";
        c.blocks = Statement(table->db, sql);
        if (account)
            c.blocks.bind(1, *account);
        else
            c.blocks.bindNull(1);
        c.blocks.bind(2, c.tsMin).bind(3, c.tsMax);
        loadNextBlock(c);
    } catch (const StorageError &e) {
        c.eof = true;
        return setError(cur->pVtab, e.message);
    }
    return SQLITE_OK;
}

int xNext(sqlite3_vtab_cursor *cur)
{
    auto &c = *reinterpret_cast<Cursor *>(cur);
    ++c.rowid;
    if (++c.pos < c.rows.size())
        return SQLITE_OK;
    try {
        loadNextBlock(c);
    } catch (const StorageError &e) {
        c.eof = true;
        return setError(cur->pVtab, e.message);
    }
    return SQLITE_OK;
}

int xEof(sqlite3_vtab_cursor *cur)
{
    return reinterpret_cast<Cursor *>(cur)->eof ? 1 : 0;
}

int xColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int column)
{
    const auto &c = *reinterpret_cast<Cursor *>(cur);
    const ExchangeRecord &r = c.rows[c.pos];
    auto optional = [ctx](std::int64_t v, bool isNull) {
        if (isNull)
            sqlite3_result_null(ctx);
        else
            sqlite3_result_int64(ctx, v);
    };
    switch (column) {
    case AccountId: sqlite3_result_int64(ctx, r.account); break;
    case Ts: sqlite3_result_int64(ctx, r.ts); break;
    case ImportId: sqlite3_result_int64(ctx, c.importId); break;
    case ModelId: sqlite3_result_int64(ctx, r.model); break;
    case Capability: optional(r.capability, r.capability == 0); break;
    case TemplateId: optional(r.tmpl, r.tmpl == 0); break;
    case InputTokens: optional(r.inputTokens, r.flags & ExchangeRecord::NoInputTokens); break;
    case OutputTokens: optional(r.outputTokens, r.flags & ExchangeRecord::NoOutputTokens); break;
    case IpId: optional(r.ip, r.ip == 0); break;
    case ApiKeyId: optional(r.apiKey, r.apiKey == 0); break;
    default: sqlite3_result_null(ctx);
    }
    return SQLITE_OK;
}

int xRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = reinterpret_cast<Cursor *>(cur)->rowid;
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.iVersion = 1;
    m.xCreate = nullptr; // eponymous only: the table exists on every connection that registers it
    m.xConnect = xConnect;
    m.xBestIndex = xBestIndex;
    m.xDisconnect = xDisconnect;
    m.xDestroy = xDisconnect;
    m.xOpen = xOpen;
    m.xClose = xClose;
    m.xFilter = xFilter;
    m.xNext = xNext;
    m.xEof = xEof;
    m.xColumn = xColumn;
    m.xRowid = xRowid;
    return m;
}

const sqlite3_module ExchangesModule = makeModule();

} // namespace

void registerExchangesTable(sqlite3 *db)
{
    if (sqlite3_create_module_v2(db, "exchanges", &ExchangesModule, nullptr, nullptr) != SQLITE_OK)
        throw StorageError{u"cannot register the exchanges table: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace hl
