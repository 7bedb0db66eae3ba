#include "schema.h"

#include "exchangeblock.h"
#include "statement.h"

#include <sqlite3.h>

#include <string>

using namespace Qt::StringLiterals;
using namespace std::string_literals;

namespace hl::schema {

const char *const CapabilityNames[] = {"reasoning", "coding", "tool_use", "agentic", "vision", "chat", "other", nullptr};
const char *const InfraKindNames[] = {"ip", "asn", "payment", "email_domain", "device", "phone", "org", "api_key", nullptr};
const char *const SignupPathNames[] = {"standard", "education", "research_program", "startup_program", "enterprise", nullptr};
const char *const AccountStatusNames[] = {"active", "suspended", "banned", nullptr};

const char *const AccountInfraUpsert =
    "INSERT INTO account_infra(account_id, infra_id, sources, first_seen, last_seen, observations)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(account_id, infra_id) DO UPDATE SET"
    " sources = sources | excluded.sources,"
    " first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),"
    " last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen)),"
    " observations = observations + excluded.observations";

namespace {

std::string lookupTable(const char *table, const char *const *names)
{
    std::string sql = "CREATE TABLE "s + table + "(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);\n";
    for (int i = 0; names[i]; ++i)
        sql += "INSERT INTO "s + table + " VALUES(" + std::to_string(i + 1) + ",'" + names[i] + "');\n";
    return sql;
}

std::string version1()
{
    std::string sql = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE imports(
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,               -- the export directory as given
  producer TEXT,                      -- manifest.producer
  generated_at INTEGER,               -- manifest.generated_at, Unix seconds
  manifest TEXT NOT NULL,             -- manifest.json as read
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  app_version TEXT NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]' -- JSON array of the warnings shown
);
CREATE TABLE import_files(
  import_id INTEGER NOT NULL REFERENCES imports(id),
  name TEXT NOT NULL,
  table_name TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  rows INTEGER NOT NULL,
  PRIMARY KEY(import_id, name)
) WITHOUT ROWID;
CREATE INDEX import_files_by_hash ON import_files(table_name, sha256);
CREATE TABLE infra(
  id INTEGER PRIMARY KEY,
  kind INTEGER NOT NULL REFERENCES infra_kinds(id),
  value TEXT NOT NULL,
  UNIQUE(kind, value)
);
CREATE TABLE accounts(
  id INTEGER PRIMARY KEY,
  account_key TEXT NOT NULL UNIQUE,   -- the export's account_id
  created_at INTEGER NOT NULL,
  org INTEGER REFERENCES infra(id),
  email_domain INTEGER REFERENCES infra(id),
  signup_path INTEGER REFERENCES signup_paths(id),
  country TEXT,
  status INTEGER REFERENCES account_statuses(id),
  import_id INTEGER NOT NULL REFERENCES imports(id)
);
CREATE TABLE models(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE templates(id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE);
CREATE TABLE exchanges(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  ts INTEGER NOT NULL,
  import_id INTEGER NOT NULL REFERENCES imports(id),
  seq INTEGER NOT NULL,               -- 0, 1, … among one import's rows with the same account and ts
  model_id INTEGER NOT NULL REFERENCES models(id),
  capability INTEGER REFERENCES capabilities(id),
  template_id INTEGER REFERENCES templates(id),
  input_tokens INTEGER,
  output_tokens INTEGER,
  ip_id INTEGER REFERENCES infra(id),
  api_key_id INTEGER REFERENCES infra(id),
  PRIMARY KEY(account_id, ts, import_id, seq)
) WITHOUT ROWID;
CREATE TABLE account_infra(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  infra_id INTEGER NOT NULL REFERENCES infra(id),
  sources INTEGER NOT NULL,           -- bits: 1 exchanges, 2 infrastructure table, 4 accounts table
  first_seen INTEGER,
  last_seen INTEGER,
  observations INTEGER NOT NULL,
  PRIMARY KEY(account_id, infra_id)
) WITHOUT ROWID;
CREATE INDEX account_infra_by_infra ON account_infra(infra_id, account_id);
CREATE TABLE classifiers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, version TEXT NOT NULL DEFAULT '',
                         UNIQUE(name, version));
CREATE TABLE scores(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  classifier_id INTEGER NOT NULL REFERENCES classifiers(id),
  scored_at INTEGER NOT NULL,
  score REAL NOT NULL CHECK(score BETWEEN 0 AND 1),
  import_id INTEGER REFERENCES imports(id)
);
CREATE INDEX scores_by_account ON scores(account_id, classifier_id, scored_at);
CREATE TABLE releases(
  model_id INTEGER PRIMARY KEY REFERENCES models(id),
  released_at INTEGER NOT NULL,
  label TEXT,
  import_id INTEGER REFERENCES imports(id)
);
CREATE TABLE indicators(
  id INTEGER PRIMARY KEY,
  infra_id INTEGER NOT NULL REFERENCES infra(id),
  source TEXT NOT NULL,
  confidence INTEGER CHECK(confidence BETWEEN 0 AND 100),
  shared_at INTEGER,
  note TEXT,
  import_id INTEGER REFERENCES imports(id)
);
CREATE INDEX indicators_by_infra ON indicators(infra_id);
)SQL";
    sql += lookupTable("capabilities", CapabilityNames);
    sql += lookupTable("infra_kinds", InfraKindNames);
    sql += lookupTable("signup_paths", SignupPathNames);
    sql += lookupTable("account_statuses", AccountStatusNames);
    return sql;
}

// Rollups are what make the case answer timeline and graph questions without touching the
// 16-million-row exchanges table. The importer maintains them incrementally; this backfill
// computes the same numbers for a case written before they existed.
const char *const Version2 = R"SQL(
CREATE TABLE account_activity(
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
  exchanges INTEGER NOT NULL,
  first_ts INTEGER NOT NULL,
  last_ts INTEGER NOT NULL,
  input_tokens INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL
);
CREATE TABLE account_daily(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  day INTEGER NOT NULL,               -- Unix seconds of 00:00 UTC
  model_id INTEGER NOT NULL REFERENCES models(id),
  capability INTEGER NOT NULL,        -- 0 = not given
  exchanges INTEGER NOT NULL,
  input_tokens INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  PRIMARY KEY(account_id, day, model_id, capability)
) WITHOUT ROWID;
CREATE TABLE account_hours(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  hour_of_day INTEGER NOT NULL,       -- 0..23 UTC
  exchanges INTEGER NOT NULL,
  PRIMARY KEY(account_id, hour_of_day)
) WITHOUT ROWID;
CREATE TABLE account_templates(
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  template_id INTEGER NOT NULL REFERENCES templates(id),
  exchanges INTEGER NOT NULL,
  first_ts INTEGER NOT NULL,
  last_ts INTEGER NOT NULL,
  PRIMARY KEY(account_id, template_id)
) WITHOUT ROWID;
CREATE INDEX account_templates_by_template ON account_templates(template_id, account_id);
CREATE TABLE hourly_traffic(
  hour INTEGER NOT NULL,              -- Unix seconds of the hour's start
  model_id INTEGER NOT NULL REFERENCES models(id),
  capability INTEGER NOT NULL,        -- 0 = not given
  exchanges INTEGER NOT NULL,
  input_tokens INTEGER NOT NULL,
  output_tokens INTEGER NOT NULL,
  PRIMARY KEY(hour, model_id, capability)
) WITHOUT ROWID;

INSERT INTO account_activity
  SELECT account_id, count(*), min(ts), max(ts), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0)
  FROM exchanges GROUP BY account_id;
INSERT INTO account_daily
  SELECT account_id, ts - ((ts % 86400) + 86400) % 86400 AS d, model_id, coalesce(capability, 0) AS c,
         count(*), coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0)
  FROM exchanges GROUP BY account_id, d, model_id, c;
INSERT INTO account_hours
  SELECT account_id, (((ts % 86400) + 86400) % 86400) / 3600 AS h, count(*) FROM exchanges GROUP BY account_id, h;
INSERT INTO account_templates
  SELECT account_id, template_id, count(*), min(ts), max(ts) FROM exchanges
  WHERE template_id IS NOT NULL GROUP BY account_id, template_id;
INSERT INTO hourly_traffic
  SELECT ts - ((ts % 3600) + 3600) % 3600 AS h, model_id, coalesce(capability, 0) AS c, count(*),
         coalesce(sum(input_tokens), 0), coalesce(sum(output_tokens), 0)
  FROM exchanges GROUP BY h, model_id, c;
INSERT INTO account_infra(account_id, infra_id, sources, first_seen, last_seen, observations)
  SELECT account_id, infra_id, 1, min(ts), max(ts), count(*) FROM (
    SELECT account_id, ip_id AS infra_id, ts FROM exchanges WHERE ip_id IS NOT NULL
    UNION ALL
    SELECT account_id, api_key_id, ts FROM exchanges WHERE api_key_id IS NOT NULL)
  WHERE true GROUP BY account_id, infra_id
  ON CONFLICT(account_id, infra_id) DO UPDATE SET
    sources = sources | 1,
    first_seen = min(coalesce(first_seen, excluded.first_seen), excluded.first_seen),
    last_seen = max(coalesce(last_seen, excluded.last_seen), excluded.last_seen),
    observations = observations + excluded.observations;
)SQL";

// Exchanges move into blocks (exchangeblock.h): one row per up to 256 exchanges of one account
// and import. The per-account daily, hour-of-day and template rollups go: they were nearly as
// big as the exchanges themselves (4 million rows each for 15 million exchanges), and reading an
// account's blocks answers the same questions as fast.
const char *const Version3 = R"SQL(
CREATE TABLE exchange_blocks(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id),
  import_id INTEGER NOT NULL REFERENCES imports(id),
  first_ts INTEGER NOT NULL,
  last_ts INTEGER NOT NULL,
  exchanges INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX exchange_blocks_by_account ON exchange_blocks(account_id, first_ts);
)SQL";

// Templates get a named unique index (instead of the column's UNIQUE constraint), so a big
// import can drop it and build it once at the end: millions of new template hashes inserted
// into the index one by one cost several times more than one sort.
const char *const Version3Drop = R"SQL(
DROP TABLE exchanges;
DROP TABLE account_daily;
DROP TABLE account_hours;
DROP TABLE account_templates;
CREATE TABLE templates_v3(id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
INSERT INTO templates_v3 SELECT id, hash FROM templates ORDER BY id;
DROP TABLE templates;
ALTER TABLE templates_v3 RENAME TO templates;
CREATE UNIQUE INDEX templates_by_hash ON templates(hash);
)SQL";

// Analysis results, replaced as a whole by each analysis (analysis_runs keeps the history).
// Cluster ids are stable across runs (model/analysis/clusterids.h), so labels can refer to them.
const char *const Version4 = R"SQL(
CREATE TABLE analysis_runs(
  id INTEGER PRIMARY KEY,
  started_at INTEGER NOT NULL,
  finished_at INTEGER NOT NULL,
  app_version TEXT NOT NULL,
  parameters TEXT NOT NULL,           -- JSON: link rules and thresholds used
  location_db TEXT,                   -- the IP location database used (vendor, date)
  summary TEXT NOT NULL               -- JSON: counts, clusters new/split/merged/grew/vanished
);
CREATE TABLE clusters(
  id INTEGER PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id),
  size INTEGER NOT NULL,
  exchanges INTEGER NOT NULL,
  risk REAL NOT NULL,                 -- 0..1
  flagged INTEGER NOT NULL,
  reasons TEXT NOT NULL,              -- JSON array of sentences, strongest first
  features TEXT NOT NULL,             -- JSON object: feature name → value
  lineage TEXT NOT NULL               -- JSON: {"kind": "new|same|grew|shrank|changed|split|merged", "from": [ids]}
);
CREATE TABLE cluster_members(
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
  cluster_id INTEGER NOT NULL REFERENCES clusters(id)
);
CREATE INDEX cluster_members_by_cluster ON cluster_members(cluster_id, account_id);
CREATE TABLE ip_locations(
  infra_id INTEGER PRIMARY KEY REFERENCES infra(id),
  asn INTEGER,
  as_name TEXT,
  country TEXT,
  anonymous_proxy INTEGER NOT NULL,
  satellite INTEGER NOT NULL,
  anycast INTEGER NOT NULL,
  hostile INTEGER NOT NULL            -- libloc's "drop" list
);
CREATE TABLE pivots(
  cluster_id INTEGER NOT NULL REFERENCES clusters(id),
  model_id INTEGER NOT NULL REFERENCES models(id),
  released_at INTEGER NOT NULL,
  share_24h REAL NOT NULL,
  share_72h REAL NOT NULL,
  share_7d REAL NOT NULL,
  hours_to_pivot REAL,                -- NULL: never within the window
  population_24h REAL NOT NULL,
  population_72h REAL NOT NULL,
  population_7d REAL NOT NULL,
  exchanges_before INTEGER NOT NULL,
  exchanges_24h INTEGER NOT NULL,
  exchanges_7d INTEGER NOT NULL,
  flagged INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY(cluster_id, model_id)
) WITHOUT ROWID;
)SQL";

// Hub infrastructure: PageRank of each shared value in the account–infrastructure graph.
const char *const Version5 = R"SQL(
CREATE TABLE infra_ranks(
  infra_id INTEGER PRIMARY KEY REFERENCES infra(id),
  pagerank REAL NOT NULL              -- 1 = an average vertex; hubs of a campaign rank far higher
);
)SQL";

// Per-account features (the same catalogue as clusters, for the account on its own).
const char *const Version6 = R"SQL(
CREATE TABLE account_features(
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
  features TEXT NOT NULL              -- JSON object: feature name → value
);
)SQL";

// Laid-out graphs (the graph view's cache). positions: per node x, y as little-endian float32.
const char *const Version7 = R"SQL(
CREATE TABLE graph_layouts(
  scope TEXT NOT NULL,                -- "overview" or "cluster:<id>[+<id>…]"
  engine TEXT NOT NULL,               -- "sfdp", "neato" or "fdp"
  run_id INTEGER NOT NULL,            -- latest analysis_runs.id when saved (0: none); older = stale
  signature INTEGER NOT NULL,         -- graphSignature() of the nodes and edges, uint64 as int64
  created_at INTEGER NOT NULL,
  positions BLOB NOT NULL,            -- per node: x, y in points (y down), little-endian float32
  PRIMARY KEY(scope, engine)
) WITHOUT ROWID;
)SQL";

// Ground-truth labels: an append-only audit trail (triggers refuse UPDATE and DELETE). The
// current label of a target is its latest event; an event without a verdict removes the label
// (how undo and "clear" are recorded). Targets: 1 = cluster (ids are stable across analyses),
// 2 = account (case account id; an account's label overrides its cluster's).
const char *const Version8 = R"SQL(
CREATE TABLE label_events(
  id INTEGER PRIMARY KEY,
  target_kind INTEGER NOT NULL CHECK(target_kind IN (1, 2)),
  target_id INTEGER NOT NULL,
  verdict TEXT CHECK(verdict IN ('distillation', 'benign', 'unsure')), -- NULL: label removed
  actor TEXT,
  confidence TEXT CHECK(confidence IN ('low', 'medium', 'high')),
  note TEXT,
  analyst TEXT NOT NULL,
  created_at INTEGER NOT NULL,        -- Unix seconds
  origin TEXT NOT NULL                -- what made it: window, cli, undo, redo, bulk
);
CREATE INDEX label_events_by_target ON label_events(target_kind, target_id, id);
CREATE TRIGGER label_events_no_update BEFORE UPDATE ON label_events
  BEGIN SELECT RAISE(ABORT, 'label events are an audit trail: they cannot be changed'); END;
CREATE TRIGGER label_events_no_delete BEFORE DELETE ON label_events
  BEGIN SELECT RAISE(ABORT, 'label events are an audit trail: they cannot be deleted'); END;
)SQL";

// Retraining (hydralens train): each run fits a classifier on the labels, stores it as a new
// classifier version (its scores go to `scores`), and re-ranks the clusters' risk; the risk each
// cluster had before and after is kept, so the history of the ranking is never lost.
const char *const Version9 = R"SQL(
CREATE TABLE training_runs(
  id INTEGER PRIMARY KEY,
  classifier_id INTEGER NOT NULL UNIQUE REFERENCES classifiers(id),
  created_at INTEGER NOT NULL,
  analysis_run_id INTEGER NOT NULL,   -- the analysis whose features it learnt from
  label_event_id INTEGER NOT NULL,    -- the labels it saw: every event up to this id
  metrics TEXT NOT NULL,              -- JSON: rows per split and class, test metrics of it and of the baselines
  model TEXT NOT NULL                 -- JSON: the fitted model (model/training/logistic.h)
);
CREATE TABLE cluster_risk_history(
  training_run_id INTEGER NOT NULL REFERENCES training_runs(id),
  cluster_id INTEGER NOT NULL,
  risk_before REAL NOT NULL,
  risk_after REAL NOT NULL,
  PRIMARY KEY(training_run_id, cluster_id)
) WITHOUT ROWID;
)SQL";

// What joins accounts in the training export's split (model/training/trainingset.h): each
// account's IPs, payment cards and devices with how many accounts of the case use each, kept by
// the analysis from the links it reads anyway, so an export need not read all of account_infra
// again. Format: model/storage/accountjoinkeys.h. Empty until the next analysis.
const char *const Version10 = R"SQL(
CREATE TABLE account_join_keys(
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
  keys BLOB NOT NULL                  -- little-endian uint32 pairs: infra id, accounts using it (bit 31: an IP)
);
)SQL";

// Partner indicators from STIX 2.1 bundles (hydralens import-stix, model/stix/stiximport.h): one
// row per bundle file read, one per value a partner's indicator or observable names (an
// indicator whose pattern names three IPs gives three rows). Values are matched against the
// case's IPs (CIDR), e-mail domains (and their parents) and the ASes of its IPs when read, so
// later imports and analyses are covered without recomputing anything here.
const char *const Version11 = R"SQL(
CREATE TABLE stix_imports(
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,            -- the bundle file's name as given
  bundle_id TEXT NOT NULL,            -- the bundle's id (bundle--…)
  sha256 TEXT NOT NULL UNIQUE,        -- of the file: the same file is read once
  imported_at INTEGER NOT NULL,
  objects INTEGER NOT NULL,
  summary TEXT NOT NULL               -- JSON: objects used and skipped, by type and reason
);
CREATE TABLE partner_indicators(
  id INTEGER PRIMARY KEY,
  stix_id TEXT NOT NULL,              -- the indicator's id, or the observable's
  kind INTEGER NOT NULL REFERENCES infra_kinds(id), -- 1 ip (address or CIDR), 2 asn, 4 domain
  value TEXT NOT NULL,                -- '203.0.113.7', '198.51.100.0/24', 'AS64500', 'example.org'
  name TEXT NOT NULL,                 -- the indicator's name ('' for observables)
  producer TEXT NOT NULL,             -- the created_by_ref identity's name (or its id; '' if none)
  valid_from INTEGER,                 -- Unix seconds; NULL if not given
  valid_until INTEGER,
  tlp TEXT,                           -- clear, green, amber, amber+strict, red; NULL if unmarked
  stix_import_id INTEGER NOT NULL REFERENCES stix_imports(id), -- the latest bundle that carried it
  UNIQUE(stix_id, kind, value)
);
CREATE INDEX partner_indicators_by_value ON partner_indicators(kind, value);
)SQL";

void moveExchangesIntoBlocks(sqlite3 *db)
{
    execSql(db, Version3);
    Statement rows(db, "SELECT account_id, import_id, ts, model_id, coalesce(capability, 0), coalesce(template_id, 0),"
                       " input_tokens, output_tokens, coalesce(ip_id, 0), coalesce(api_key_id, 0)"
                       " FROM exchanges ORDER BY account_id, import_id, ts, seq");
    ExchangeBlockInserter blocks(db);
    std::vector<ExchangeRecord> pending;
    std::int64_t importId = 0;
    auto flush = [&] {
        if (!pending.empty())
            blocks.write(pending.front().account, importId, pending);
        pending.clear();
    };
    while (rows.step()) {
        ExchangeRecord r;
        r.account = static_cast<std::uint32_t>(rows.columnInt(0));
        const std::int64_t rowImport = rows.columnInt(1);
        if (!pending.empty() && (r.account != pending.front().account || rowImport != importId
                                 || pending.size() == ExchangeBlockRecords))
            flush();
        importId = rowImport;
        r.ts = rows.columnInt(2);
        r.model = static_cast<std::uint32_t>(rows.columnInt(3));
        r.capability = static_cast<std::uint8_t>(rows.columnInt(4));
        r.tmpl = static_cast<std::uint32_t>(rows.columnInt(5));
        if (rows.columnIsNull(6))
            r.flags |= ExchangeRecord::NoInputTokens;
        else
            r.inputTokens = rows.columnInt(6);
        if (rows.columnIsNull(7))
            r.flags |= ExchangeRecord::NoOutputTokens;
        else
            r.outputTokens = rows.columnInt(7);
        r.ip = static_cast<std::uint32_t>(rows.columnInt(8));
        r.apiKey = static_cast<std::uint32_t>(rows.columnInt(9));
        pending.push_back(r);
    }
    flush();
    rows = Statement();
    execSql(db, Version3Drop);
}

int pragmaInt(sqlite3 *db, const char *pragma)
{
    Statement st(db, pragma);
    return st.step() ? static_cast<int>(st.columnInt(0)) : 0;
}

} // namespace

int version(sqlite3 *db)
{
    return pragmaInt(db, "PRAGMA user_version");
}

int applicationId(sqlite3 *db)
{
    return pragmaInt(db, "PRAGMA application_id");
}

void migrate(sqlite3 *db, int target)
{
    int current = version(db);
    while (current < target) {
        const int next = current + 1;
        execSql(db, "SAVEPOINT migrate");
        try {
            if (next == 1) {
                execSql(db, version1());
                execSql(db, "PRAGMA application_id = " + std::to_string(ApplicationId));
            } else if (next == 2) {
                execSql(db, Version2);
            } else if (next == 3) {
                moveExchangesIntoBlocks(db);
            } else if (next == 4) {
                execSql(db, Version4);
            } else if (next == 5) {
                execSql(db, Version5);
            } else if (next == 6) {
                execSql(db, Version6);
            } else if (next == 7) {
                execSql(db, Version7);
            } else if (next == 8) {
                execSql(db, Version8);
            } else if (next == 9) {
                execSql(db, Version9);
            } else if (next == 10) {
                execSql(db, Version10);
            } else if (next == 11) {
                execSql(db, Version11);
            }
            execSql(db, "PRAGMA user_version = " + std::to_string(next));
            execSql(db, "RELEASE migrate");
        } catch (const StorageError &e) {
            execSql(db, "ROLLBACK TO migrate; RELEASE migrate");
            throw StorageError{u"cannot upgrade the case to schema version %1: %2"_s.arg(next).arg(e.message)};
        }
        current = next;
    }
}

} // namespace hl::schema
