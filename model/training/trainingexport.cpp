#include "trainingexport.h"

#include "export/redactor.h"
#include "trainingmanifest.h"
#include "trainingrows.h"
#include "util/sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <array>
#include <future>


using namespace Qt::StringLiterals;

namespace hl {

namespace {

const QString CsvName = u"training.csv"_s;
const QString JsonlName = u"training.jsonl"_s;
const QString ManifestName = u"manifest.json"_s;

// A file written under a temporary name (QSaveFile), hashed as it is written, renamed into
// place by commit().
class OutputFile
{
public:
    OutputFile(const QDir &dir, const QString &name)
        : m_name(name), m_file(dir.filePath(name))
    {
    }
    bool open(QString *error)
    {
        if (m_file.open(QIODevice::WriteOnly))
            return true;
        *error = u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    bool write(std::string_view bytes, QString *error)
    {
        hash(bytes);
        return put(bytes, error);
    }
    // The two halves of write(), for two threads: hash() the bytes in order on one, put() them
    // in the same order on the other.
    void hash(std::string_view bytes) { m_hash.add(bytes.data(), bytes.size()); }
    bool put(std::string_view bytes, QString *error)
    {
        m_bytes += std::int64_t(bytes.size());
        if (m_file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()))
            return true;
        *error = u"cannot write %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    bool commit(QString *error)
    {
        if (m_file.commit())
            return true;
        *error = u"cannot finish %1: %2"_s.arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    TrainingExportFile info(std::int64_t rows) // once, when everything is written
    {
        return {m_name, m_bytes, rows, m_hash.hex()};
    }

private:
    QString m_name;
    QSaveFile m_file;
    Sha256 m_hash;
    std::int64_t m_bytes = 0;
};

// Rows are formatted a batch at a time in two halves, one per thread; then one thread writes the
// JSON lines (most of the bytes) while the other hashes them and hashes and writes the CSV.
bool writeData(const TrainingSet &set, OutputFile &csvFile, OutputFile &jsonlFile, QString *error)
{
    constexpr std::size_t BatchRows = 4096;
    const TrainingRowWriter writer(set.columns);
    if (!csvFile.write(writer.csvHeader(), error))
        return false;
    std::array<TextBuffer, 2> csv, jsonl;
    const auto format = [&](std::size_t half, std::size_t from, std::size_t to) {
        csv[half].clear();
        jsonl[half].clear();
        for (std::size_t i = from; i < to; ++i)
            writer.append(set.rows[i], csv[half], jsonl[half]);
    };
    QString jsonlError;
    for (std::size_t from = 0; from < set.rows.size(); from += BatchRows) {
        const std::size_t to = std::min(set.rows.size(), from + BatchRows);
        const std::size_t mid = from + (to - from) / 2;
        auto first = std::async(std::launch::async, format, 0, from, mid);
        format(1, mid, to);
        first.get();
        auto put = std::async(std::launch::async, [&] {
            return jsonlFile.put(jsonl[0].text(), &jsonlError) && jsonlFile.put(jsonl[1].text(), &jsonlError);
        });
        jsonlFile.hash(jsonl[0].text());
        jsonlFile.hash(jsonl[1].text());
        const bool csvOk = csvFile.write(csv[0].text(), error) && csvFile.write(csv[1].text(), error);
        if (!put.get()) {
            *error = jsonlError;
            return false;
        }
        if (!csvOk)
            return false;
    }
    return true;
}

} // namespace

bool checkTrainingExportDir(const TrainingExportOptions &options, QString *error)
{
    if (options.outDir.isEmpty()) {
        *error = u"no output folder given (--out DIR)"_s;
        return false;
    }
    const QFileInfo info(options.outDir);
    if (info.exists() && !info.isDir()) {
        *error = u"%1 exists and is not a folder: give a new or empty folder for the export"_s.arg(options.outDir);
        return false;
    }
    if (info.exists() && !options.force
        && !QDir(options.outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error = u"%1 is not empty: give a new or empty folder, or --force to replace the training files in it"_s.arg(
            options.outDir);
        return false;
    }
    return true;
}

std::optional<TrainingExportResult> writeTrainingExport(const TrainingSet &set, const TrainingExportOptions &options,
                                                        QString *error)
{
    if (!checkTrainingExportDir(options, error))
        return std::nullopt;
    if (!QDir().mkpath(options.outDir)) {
        *error = u"cannot create the folder %1 (check the path and permissions)"_s.arg(options.outDir);
        return std::nullopt;
    }
    QDir dir(options.outDir);
    OutputFile csv(dir, CsvName), jsonl(dir, JsonlName), manifest(dir, ManifestName);
    if (!csv.open(error) || !jsonl.open(error) || !writeData(set, csv, jsonl, error))
        return std::nullopt; // the temporary files go with the QSaveFiles
    TrainingExportResult result;
    result.files = {csv.info(std::int64_t(set.rows.size())), jsonl.info(std::int64_t(set.rows.size()))};
    result.warnings = set.warnings;
    const QByteArray manifestText = trainingManifestBytes(set, result.files);
    if (!manifest.open(error) || !manifest.write(std::string_view(manifestText.constData(), std::size_t(manifestText.size())), error))
        return std::nullopt;

    // An old manifest must not describe the new data files, even for a moment; the new one is
    // renamed into place last.
    dir.remove(ManifestName);
    if (!csv.commit(error) || !jsonl.commit(error) || !manifest.commit(error)) {
        dir.remove(CsvName);
        dir.remove(JsonlName);
        dir.remove(ManifestName);
        return std::nullopt;
    }
    return result;
}

std::optional<TrainingExportResult> exportTrainingSet(const CaseFile &file, const TrainingExportOptions &options,
                                                      QString *error)
{
    if (!checkTrainingExportDir(options, error))
        return std::nullopt;
    const auto redactor = makeRedactor(file, options.redact, error);
    if (!redactor)
        return std::nullopt;
    auto set = readTrainingSet(file, error, options.set);
    if (!set)
        return std::nullopt;
    if (redactor->isEnabled()) // after the split, which must not depend on the pseudonyms
        for (TrainingRow &r : set->rows)
            r.accountKey = redactor->pseudonym(RedactKind::Account, r.accountKey);
    return writeTrainingExport(*set, options, error);
}

} // namespace hl
