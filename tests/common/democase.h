#pragma once

// A demo case for the tests that need realistic data: a synthetic export (model/demo) imported
// into a case, and optionally analysed. Header-only, like the other test helpers.
#include "analysis/analysis.h"
#include "demo/demogenerator.h"
#include "import/importer.h"
#include "storage/casefile.h"

#include <QString>

namespace hltest {

struct DemoCase
{
    explicit DemoCase(int accounts_ = 1000, qint64 exchanges_ = 100000, quint64 seed_ = 1, bool analyse_ = false)
        : accounts(accounts_), exchanges(exchanges_), seed(seed_), analyse(analyse_) {}
    int accounts;
    qint64 exchanges;
    quint64 seed;
    bool analyse;
    QString truthPath;  // optional: where the generator writes the truth file
    QString locationDb; // optional: used by the analysis
};

// Writes the export to `dir` and imports it into `casePath`. Returns an error message, or an
// empty string on success.
inline QString makeDemoCase(const QString &dir, const QString &casePath, const DemoCase &c = DemoCase())
{
    hl::DemoOptions o;
    o.outDir = dir;
    o.accounts = c.accounts;
    o.exchanges = c.exchanges;
    o.seed = c.seed;
    o.truthPath = c.truthPath;
    const hl::DemoResult demo = hl::generateDemoExport(o);
    if (!demo.ok)
        return u"demo export: "_qs + demo.error;
    hl::ImportOptions io;
    io.exportDir = dir;
    io.casePath = casePath;
    const hl::ImportResult imported = hl::importExport(io);
    if (!imported.ok())
        return u"import: "_qs + imported.message;
    if (!c.analyse)
        return QString();
    hl::CaseFile file;
    if (!file.open(casePath))
        return file.errorString();
    hl::AnalysisOptions options;
    options.locationDb = c.locationDb;
    QString error;
    if (!hl::runAnalysis(file, options, &error))
        return u"analysis: "_qs + error;
    return QString();
}

} // namespace hltest
