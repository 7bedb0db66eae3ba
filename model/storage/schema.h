#pragma once

struct sqlite3;

namespace hl::schema {

// Case-file schema versions. Every version is reached from the one before by a migration that
// runs in one transaction; PRAGMA user_version holds the version, PRAGMA application_id marks
// the file as a HydraLens case. The full description is docs/case-file.md.
//   1  core tables: accounts, exchanges, infrastructure links, scores, releases, indicators,
//      imports with provenance.
//   2  derived data: account↔IP/API-key links from exchanges, per-account activity, daily
//      traffic by model and capability, hour-of-day profiles, template use, case-wide hourly
//      traffic. Backfilled from exchanges when an older case is opened.
//   3  exchanges stored in blocks of up to 256 per account and import (exchange_blocks, read
//      as rows through the `exchanges` virtual table); the per-account daily, hour-of-day and
//      template rollups are dropped (an account's blocks answer those questions).
//   4  analysis results: analysis_runs, clusters (stable ids), cluster_members, ip_locations,
//      pivots.
//   5  infra_ranks: PageRank of shared infrastructure (hubs).
//   6  account_features: every account's features on its own.
//   7  graph_layouts: laid-out graphs, per scope and engine (the graph view's cache).
//   8  label_events; 9 training_runs, cluster_risk_history (docs/case-file.md).
//   10 account_join_keys: the training split's keys, kept by the analysis.
//   11 stix_imports, partner_indicators: partner indicators from STIX bundles.
constexpr int CurrentVersion = 11;
constexpr int ApplicationId = 0x48594c4e; // "HYLN"

// Brings the database from its current user_version up to `target` (default: current).
// Throws StorageError. An empty database (version 0) is created from scratch.
void migrate(sqlite3 *db, int target = CurrentVersion);

int version(sqlite3 *db);
int applicationId(sqlite3 *db);

// Codes stored in the case for the export's enums (lookup tables in the schema mirror them).
// Capability 0 in rollups stands for "not given" (exchanges store NULL).
extern const char *const CapabilityNames[];   // index+1 = code: reasoning=1 … other=7
extern const char *const InfraKindNames[];    // ip=1, asn, payment, email_domain, device, phone, org, api_key=8
extern const char *const SignupPathNames[];   // standard=1 … enterprise=5
extern const char *const AccountStatusNames[];// active=1, suspended=2, banned=3

enum InfraKind { Ip = 1, Asn, Payment, EmailDomain, Device, Phone, Org, ApiKey };

// account_infra.sources bits: where a link was seen.
enum LinkSource { FromExchanges = 1, FromInfrastructureTable = 2, FromAccountsTable = 4 };

// Adds or merges one account↔infrastructure link: (account_id, infra_id, sources, first_seen,
// last_seen, observations).
extern const char *const AccountInfraUpsert;

} // namespace hl::schema
