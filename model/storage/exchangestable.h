#pragma once

struct sqlite3;

namespace hl {

// Makes the exchange blocks readable as rows: registers the eponymous virtual table `exchanges`
// on a connection, with the columns
//   account_id, ts, import_id, model_id, capability, template_id, input_tokens, output_tokens,
//   ip_id, api_key_id
// (NULL where the export gave no value). Constraints `account_id = ?` and ranges on `ts` are
// answered from the exchange_blocks index, so "this account between t1 and t2" reads only the
// blocks it needs. Rows come account by account; ask ORDER BY for a time order. Read-only.
// CaseFile registers it on every case it opens. Throws StorageError on failure.
void registerExchangesTable(sqlite3 *db);

} // namespace hl
