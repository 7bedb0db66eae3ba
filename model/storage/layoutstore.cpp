#include "layoutstore.h"

#include "casefile.h"
#include "statement.h"

#include <QDateTime>
#include <QtEndian>

#include <bit>
#include <cstring>

using namespace Qt::StringLiterals;

namespace hl {

namespace {

// The latest analysis run (0: never analysed). Throws StorageError.
std::int64_t latestRun(const CaseFile &file)
{
    Statement st(file.handle(), "SELECT coalesce(max(id), 0) FROM analysis_runs");
    st.step();
    return st.columnInt(0);
}

// positions BLOB: x, y per node as little-endian IEEE float32, 8 bytes per node.
std::string encode(const std::vector<QPointF> &positions)
{
    std::string bytes(positions.size() * 8, '\0');
    char *out = bytes.data();
    for (const QPointF &p : positions) {
        qToLittleEndian(float(p.x()), out);
        qToLittleEndian(float(p.y()), out + 4);
        out += 8;
    }
    return bytes;
}

std::vector<QPointF> decode(std::string_view bytes)
{
    std::vector<QPointF> out;
    out.reserve(bytes.size() / 8);
    for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8)
        out.emplace_back(qFromLittleEndian<float>(bytes.data() + i), qFromLittleEndian<float>(bytes.data() + i + 4));
    return out;
}

std::string engineText(LayoutEngine engine)
{
    return layoutEngineName(engine).toStdString();
}

} // namespace

std::optional<std::vector<QPointF>> readLayout(const CaseFile &file, const QString &scope, LayoutEngine engine,
                                               std::uint64_t signature, QString *error)
{
    if (error)
        error->clear();
    const auto read = guardStorage(error, [&]() -> std::optional<std::vector<QPointF>> {
        Statement st(file.handle(), "SELECT run_id, signature, positions FROM graph_layouts WHERE scope = ?1 AND engine = ?2");
        st.bind(1, scope.toStdString()).bind(2, engineText(engine));
        if (!st.step() || st.columnInt(0) != latestRun(file)
            || std::bit_cast<std::uint64_t>(st.columnInt(1)) != signature)
            return std::nullopt;
        const std::string_view bytes = st.columnBlob(2);
        if (bytes.size() % 8 != 0)
            throw StorageError{u"the cached %1 layout of %2 is damaged (%3 bytes, not whole float32 x,y pairs); "
                               "laying it out again replaces it"_s.arg(layoutEngineName(engine), scope).arg(bytes.size())};
        return decode(bytes);
    });
    return read ? *read : std::nullopt;
}

bool saveLayout(const CaseFile &file, const QString &scope, LayoutEngine engine, std::uint64_t signature,
                const std::vector<QPointF> &positions, QString *error)
{
    return guardStorage(error, [&] {
               Statement st(file.handle(), "INSERT OR REPLACE INTO graph_layouts(scope, engine, run_id, signature,"
                                           " created_at, positions) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
               st.bind(1, scope.toStdString()).bind(2, engineText(engine)).bind(3, latestRun(file))
                   .bind(4, std::bit_cast<std::int64_t>(signature)).bind(5, std::int64_t(QDateTime::currentSecsSinceEpoch()))
                   .bindBlob(6, encode(positions)).exec();
               return true;
           })
        .has_value();
}

} // namespace hl
