#include "exchangesorter.h"

#include "storage/statement.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
constexpr std::size_t MergeBufferRecords = 16384; // 640 KiB per spilled run while merging

QString systemError(const char *what)
{
    return QString::fromUtf8(what) + u": "_s + QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

ExchangeSorter::ExchangeSorter(const QString &tempDir, std::size_t runRecords)
    : m_tempDir(tempDir)
    , m_runRecords(std::max<std::size_t>(runRecords, 16))
{
    m_fill.reserve(std::min<std::size_t>(m_runRecords, 65536));
}

ExchangeSorter::~ExchangeSorter()
{
    if (m_worker.joinable())
        m_worker.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

void ExchangeSorter::openTempFile()
{
    // Anonymous: unlinked at once, so nothing is left behind even if the process dies.
    for (const QString &dir : {m_tempDir, QDir::tempPath()}) {
        if (dir.isEmpty())
            continue;
        QByteArray templ = QFile::encodeName(QDir(dir).filePath(u".hydralens-sort-XXXXXX"_s));
        const int fd = ::mkstemp(templ.data());
        if (fd >= 0) {
            ::unlink(templ.constData());
            m_fd = fd;
            return;
        }
    }
    throw StorageError{systemError("cannot create a temporary file for sorting exchanges")};
}

void ExchangeSorter::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
    if (!m_workerError.isEmpty())
        throw StorageError{m_workerError};
}

void ExchangeSorter::spill()
{
    joinWorker();
    if (m_fd < 0)
        openTempFile();
    m_spilling.swap(m_fill);
    m_fill.clear();
    m_fill.reserve(m_runRecords);
    Run run;
    run.offset = m_fileEnd;
    run.remaining = static_cast<std::int64_t>(m_spilling.size());
    m_runs.push_back(std::move(run));
    m_count += static_cast<std::int64_t>(m_spilling.size());
    const std::int64_t offset = m_fileEnd;
    m_fileEnd += static_cast<std::int64_t>(m_spilling.size() * sizeof(ExchangeRecord));
    m_worker = std::thread([this, offset] {
        std::stable_sort(m_spilling.begin(), m_spilling.end(), exchangeBefore);
        const char *data = reinterpret_cast<const char *>(m_spilling.data());
        std::size_t left = m_spilling.size() * sizeof(ExchangeRecord);
        std::int64_t at = offset;
        while (left > 0) {
            const ssize_t n = ::pwrite(m_fd, data, left, at);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                m_workerError = systemError("cannot write the temporary sort file (is the disk full?)");
                return;
            }
            data += n;
            left -= static_cast<std::size_t>(n);
            at += n;
        }
        m_spilling.clear();
    });
}

bool ExchangeSorter::refill(Run &run)
{
    if (run.inMemory || run.remaining == 0)
        return false;
    const std::size_t n = static_cast<std::size_t>(std::min<std::int64_t>(run.remaining, MergeBufferRecords));
    run.buf.resize(n);
    char *data = reinterpret_cast<char *>(run.buf.data());
    std::size_t left = n * sizeof(ExchangeRecord);
    while (left > 0) {
        const ssize_t got = ::pread(m_fd, data, left, run.offset);
        if (got <= 0) {
            if (got < 0 && errno == EINTR)
                continue;
            throw StorageError{systemError("cannot read the temporary sort file")};
        }
        data += got;
        left -= static_cast<std::size_t>(got);
        run.offset += got;
    }
    run.remaining -= static_cast<std::int64_t>(n);
    run.pos = 0;
    return true;
}

bool ExchangeSorter::heapLess(int a, int b) const
{
    const ExchangeRecord &ra = m_runs[static_cast<std::size_t>(a)].buf[m_runs[static_cast<std::size_t>(a)].pos];
    const ExchangeRecord &rb = m_runs[static_cast<std::size_t>(b)].buf[m_runs[static_cast<std::size_t>(b)].pos];
    if (exchangeBefore(ra, rb))
        return true;
    if (exchangeBefore(rb, ra))
        return false;
    return a < b; // earlier run first: keeps the sort stable across runs
}

void ExchangeSorter::siftDown(std::size_t i)
{
    const std::size_t n = m_heap.size();
    for (;;) {
        std::size_t smallest = i;
        const std::size_t l = 2 * i + 1, r = l + 1;
        if (l < n && heapLess(m_heap[l], m_heap[smallest]))
            smallest = l;
        if (r < n && heapLess(m_heap[r], m_heap[smallest]))
            smallest = r;
        if (smallest == i)
            return;
        std::swap(m_heap[i], m_heap[smallest]);
        i = smallest;
    }
}

void ExchangeSorter::finish()
{
    joinWorker();
    m_spilling = {};
    std::stable_sort(m_fill.begin(), m_fill.end(), exchangeBefore);
    if (!m_fill.empty()) {
        Run last;
        last.inMemory = true;
        last.buf = std::move(m_fill);
        m_count += static_cast<std::int64_t>(last.buf.size());
        m_runs.push_back(std::move(last));
    }
    m_fill = {};
    m_heap.clear();
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        Run &run = m_runs[i];
        if (run.inMemory || refill(run))
            m_heap.push_back(static_cast<int>(i));
    }
    for (std::size_t i = m_heap.size() / 2; i-- > 0;)
        siftDown(i);
    m_finished = true;
}

bool ExchangeSorter::next(ExchangeRecord &out)
{
    if (m_heap.empty())
        return false;
    Run &run = m_runs[static_cast<std::size_t>(m_heap.front())];
    out = run.buf[run.pos++];
    if (run.pos >= run.buf.size() && !refill(run)) {
        run.buf = {};
        m_heap.front() = m_heap.back();
        m_heap.pop_back();
    }
    if (!m_heap.empty())
        siftDown(0);
    return true;
}

} // namespace hl
