#include "demogenerator.h"

#include "demoexchangestream.h"
#include "demoindicators.h"
#include "demoinfrastructure.h"
#include "demopopulation.h"
#include "demoschedule.h"
#include "demoscenario.h"
#include "demosidetables.h"
#include "demotablewriter.h"
#include "demotimeformat.h"
#include "demotruth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <string>
#include <vector>

namespace hl {

namespace {

constexpr std::int64_t MinimumExchanges = 1000;
constexpr std::int64_t MaximumAccounts = 1000000;
constexpr std::int64_t MaximumExchanges = 2000000000;
const char *const Tables[] = {"accounts", "exchanges", "infrastructure", "scores", "releases", "indicators"};

struct WrittenFile
{
    QString name;
    std::int64_t rows;
    QString sha256;
};

std::string manifestJson(const std::vector<WrittenFile> &files, std::uint64_t seed)
{
    std::string out = "{\n  \"format\": \"distillation-detection-export\",\n  \"version\": 1,\n";
    out += "  \"producer\": \"hydralens demo-export " HYDRALENS_VERSION " seed=" + std::to_string(seed) + "\",\n";
    out += "  \"generated_at\": \"" + DemoTimeFormat::iso(DemoScenario::generatedAt()) + "\",\n";
    out += "  \"files\": [\n";
    for (std::size_t i = 0; i < files.size(); ++i) {
        out += "    {\"name\": \"" + files[i].name.toStdString() + "\", \"rows\": " + std::to_string(files[i].rows)
             + ", \"sha256\": \"" + files[i].sha256.toStdString() + "\"}";
        out += i + 1 < files.size() ? ",\n" : "\n";
    }
    out += "  ]\n}\n";
    return out;
}

class Run
{
    Q_DECLARE_TR_FUNCTIONS(hl::DemoGenerator)

public:
    Run(const DemoOptions &options, const DemoProgress &progress)
        : m_options(options)
        , m_progress(progress)
        , m_dir(QDir::cleanPath(QFileInfo(options.outDir).absoluteFilePath()))
    {
    }

    DemoResult execute();

private:
    bool validate();
    bool prepareDirectory();
    bool report(double fraction);
    bool writeTable(const char *table, std::vector<const char *> columns, double doneAfter,
                    const std::function<bool(DemoTableWriter &)> &rows);
    bool writeManifest();
    void cleanUp();
    bool fail(const QString &message)
    {
        m_result.error = message;
        return false;
    }

    DemoOptions m_options;
    DemoProgress m_progress;
    QString m_dir;
    bool m_createdDir = false;
    bool m_cancelled = false;
    DemoResult m_result;
    std::vector<WrittenFile> m_files;
    std::vector<QString> m_paths;
};

bool Run::report(double fraction)
{
    if (m_progress && !m_progress(fraction)) {
        m_cancelled = true;
        m_result.error = QStringLiteral("cancelled");
        return false;
    }
    return true;
}

bool Run::validate()
{
    const auto minimum = DemoPopulation::minimumAccounts();
    if (m_options.outDir.isEmpty())
        return fail(tr("No output folder was given for the demo export."));
    if (m_options.accounts < minimum || m_options.accounts > MaximumAccounts)
        return fail(tr("The demo export needs between %1 and %2 accounts; %3 were asked for.")
                        .arg(minimum).arg(MaximumAccounts).arg(m_options.accounts));
    if (m_options.exchanges < MinimumExchanges || m_options.exchanges > MaximumExchanges)
        return fail(tr("The demo export needs between %1 and %2 exchanges; %3 were asked for.")
                        .arg(MinimumExchanges).arg(MaximumExchanges).arg(m_options.exchanges));
    if (!m_options.truthPath.isEmpty() && pathIsInside(m_options.truthPath, m_dir))
        return fail(tr("The truth file %1 lies inside the export folder %2. Choose a place outside "
                       "it, so that the answers are never imported with the data.")
                        .arg(QDir::toNativeSeparators(m_options.truthPath), QDir::toNativeSeparators(m_dir)));
    return true;
}

bool Run::prepareDirectory()
{
    const QFileInfo info(m_dir);
    if (info.exists() && !info.isDir())
        return fail(tr("Cannot write the demo export to %1: it is a file, not a folder.")
                        .arg(QDir::toNativeSeparators(m_dir)));
    if (!info.exists()) {
        if (!QDir().mkpath(m_dir))
            return fail(tr("Cannot create the folder %1. Check that the location exists and is writable.")
                            .arg(QDir::toNativeSeparators(m_dir)));
        m_createdDir = true;
    }
    // An export holds exactly one variant of each table: remove what an earlier export left.
    QDir dir(m_dir);
    for (const char *table : Tables) {
        for (auto format : {DemoTableWriter::Format::Csv, DemoTableWriter::Format::Jsonl}) {
            for (bool gzip : {false, true}) {
                const QString path = dir.filePath(DemoTableWriter::fileName(table, format, gzip));
                if (QFileInfo::exists(path) && !QFile::remove(path))
                    return fail(tr("Cannot replace %1: the file cannot be removed.").arg(QDir::toNativeSeparators(path)));
            }
        }
    }
    const QString manifest = dir.filePath(QStringLiteral("manifest.json"));
    if (QFileInfo::exists(manifest) && !QFile::remove(manifest))
        return fail(tr("Cannot replace %1: the file cannot be removed.").arg(QDir::toNativeSeparators(manifest)));
    return true;
}

bool Run::writeTable(const char *table, std::vector<const char *> columns, double doneAfter,
                     const std::function<bool(DemoTableWriter &)> &rows)
{
    const auto format = m_options.jsonl ? DemoTableWriter::Format::Jsonl : DemoTableWriter::Format::Csv;
    DemoTableWriter writer(m_dir, table, std::move(columns), format, m_options.gzip);
    m_paths.push_back(writer.path());
    if (!writer.open())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(writer.path()), writer.errorString()));
    if (!rows(writer) || !writer.finish()) {
        const QString error = m_cancelled ? m_result.error
                                          : tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(writer.path()), writer.errorString());
        writer.abandon();
        m_result.error = error;
        return false;
    }
    m_files.push_back({writer.fileName(), writer.rows(), writer.sha256Hex()});
    return report(doneAfter);
}

bool Run::writeManifest()
{
    // Listed in the order of the format description.
    std::vector<WrittenFile> ordered;
    for (const char *table : Tables) {
        for (const auto &f : m_files) {
            if (f.name.startsWith(QLatin1String(table) + QLatin1Char('.')))
                ordered.push_back(f);
        }
    }
    const QString path = QDir(m_dir).filePath(QStringLiteral("manifest.json"));
    m_paths.push_back(path);
    const std::string json = manifestJson(ordered, m_options.seed);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(json.data(), static_cast<qint64>(json.size())) != static_cast<qint64>(json.size())
        || !file.flush())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void Run::cleanUp()
{
    for (const QString &path : m_paths)
        QFile::remove(path);
    if (m_createdDir)
        QDir().rmdir(m_dir); // only succeeds if nothing else was put there
}

DemoResult Run::execute()
{
    if (!validate() || !prepareDirectory())
        return m_result;
    if (!report(0.0)) {
        cleanUp();
        return m_result;
    }

    const std::uint64_t seed = m_options.seed;
    DemoPopulation population(seed);
    population.build(m_options.accounts);
    DemoSchedule schedule(population, seed);
    schedule.allocate(m_options.exchanges);
    if (!report(0.03)) {
        cleanUp();
        return m_result;
    }

    const DemoSideTables side(population, schedule, seed);
    const DemoInfrastructure infrastructure(population, schedule, seed);
    const DemoIndicators indicators(population, seed);
    DemoExchangeStream exchanges(population, schedule, seed);

    // Progress: the small tables take a few percent, the exchanges the rest.
    bool ok = writeTable("accounts", DemoSideTables::accountColumns(), 0.04,
                         [&](DemoTableWriter &w) { return side.writeAccounts(w); })
           && writeTable("infrastructure", DemoInfrastructure::columns(), 0.06,
                         [&](DemoTableWriter &w) { return infrastructure.write(w); })
           && writeTable("scores", DemoSideTables::scoreColumns(), 0.07,
                         [&](DemoTableWriter &w) { return side.writeScores(w); })
           && writeTable("releases", DemoSideTables::releaseColumns(), 0.07,
                         [&](DemoTableWriter &w) { return side.writeReleases(w); })
           && writeTable("indicators", DemoIndicators::columns(), 0.07,
                         [&](DemoTableWriter &w) { return indicators.write(w); })
           && writeTable("exchanges", DemoExchangeStream::columns(), 0.99, [&](DemoTableWriter &w) {
                  return exchanges.write(w, [&](double f) { return report(0.07 + 0.92 * f); })
                      == DemoExchangeStream::Outcome::Done;
              })
           && writeManifest();
    if (ok && !m_options.truthPath.isEmpty()) {
        QString error;
        const DemoTruth truth(population, schedule, indicators, seed);
        if (!truth.write(m_options.truthPath, &error))
            ok = fail(tr("Cannot write the truth file %1: %2").arg(QDir::toNativeSeparators(m_options.truthPath), error));
    }
    if (!ok) {
        cleanUp();
        return m_result;
    }
    report(1.0); // finished: a late cancel changes nothing
    m_result.error.clear();
    m_result.ok = true;
    m_result.accounts = static_cast<std::int64_t>(population.accounts().size());
    m_result.exchanges = m_options.exchanges;
    return m_result;
}

} // namespace

DemoResult generateDemoExport(const DemoOptions &options, const DemoProgress &progress)
{
    Run run(options, progress);
    return run.execute();
}

bool pathIsInside(const QString &path, const QString &dir)
{
    auto clean = [](const QString &p) {
        QFileInfo info(p);
        const QString canonical = info.canonicalFilePath();
        return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
    };
    // Resolve symbolic links where the paths exist (the truth file's folder usually does).
    const QString d = clean(dir);
    QFileInfo target(path);
    const QString parent = clean(target.absolutePath());
    const QString p = QDir::cleanPath(parent + QLatin1Char('/') + target.fileName());
    return p == d || p.startsWith(d + QLatin1Char('/'));
}

} // namespace hl
