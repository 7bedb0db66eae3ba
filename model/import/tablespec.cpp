#include "tablespec.h"

namespace hl {

QStringList TableSpec::columnNames() const
{
    QStringList names;
    for (const ColumnSpec &c : columns)
        names.append(QString::fromLatin1(c.name));
    return names;
}

const std::vector<TableSpec> &exportTables()
{
    static const std::vector<TableSpec> tables = {
        {ExportTable::Accounts, "accounts", true,
         {{"account_id", true}, {"created_at", true}, {"org_id", false}, {"email_domain", false},
          {"signup_path", false}, {"country", false}, {"status", false}}},
        {ExportTable::Releases, "releases", false, {{"model", true}, {"released_at", true}, {"label", false}}},
        {ExportTable::Infrastructure, "infrastructure", false,
         {{"account_id", true}, {"kind", true}, {"value", true}, {"first_seen", false}, {"last_seen", false},
          {"observations", false}}},
        {ExportTable::Scores, "scores", false,
         {{"account_id", true}, {"scored_at", true}, {"classifier", true}, {"version", false}, {"score", true}}},
        {ExportTable::Indicators, "indicators", false,
         {{"kind", true}, {"value", true}, {"source", true}, {"confidence", false}, {"shared_at", false},
          {"note", false}}},
        {ExportTable::Exchanges, "exchanges", true,
         {{"ts", true}, {"account_id", true}, {"model", true}, {"capability", false}, {"template_hash", false},
          {"input_tokens", false}, {"output_tokens", false}, {"ip", false}, {"api_key_id", false}}},
    };
    return tables;
}

} // namespace hl
