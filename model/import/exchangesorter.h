#pragma once

#include "exchangerecord.h"

#include <QString>

#include <cstdint>
#include <thread>
#include <vector>

namespace hl {

// External merge sort of exchange records into storage order (account, ts), with bounded
// memory: records collect in a run buffer; a full run is sorted and written to an anonymous
// temporary file by a background thread while parsing goes on; finish() sorts the last run in
// memory and next() merges all runs. Equal keys keep their input order (stable), so the same
// export always produces the same case.
class ExchangeSorter
{
public:
    // Temporary data goes to `tempDir` (falls back to the system temp folder). `runRecords`
    // bounds memory: about 2.5 × 48 bytes × runRecords at peak.
    explicit ExchangeSorter(const QString &tempDir, std::size_t runRecords = 1'500'000);
    ~ExchangeSorter();
    ExchangeSorter(const ExchangeSorter &) = delete;
    ExchangeSorter &operator=(const ExchangeSorter &) = delete;

    void add(const ExchangeRecord &record)
    {
        m_fill.push_back(record);
        if (m_fill.size() >= m_runRecords)
            spill();
    }

    // Ends the input and prepares the merge. Throws StorageError on I/O failure.
    void finish();
    // The next record in storage order; false when all were returned.
    bool next(ExchangeRecord &out);

    std::int64_t count() const { return m_count + static_cast<std::int64_t>(m_fill.size()); }
    int runCount() const { return static_cast<int>(m_runs.size()); }

private:
    struct Run
    {
        std::int64_t offset = 0;   // byte offset in the temp file
        std::int64_t remaining = 0; // records not yet loaded into buf
        std::vector<ExchangeRecord> buf;
        std::size_t pos = 0;
        bool inMemory = false;
    };

    void spill();
    void joinWorker();
    void openTempFile();
    bool refill(Run &run);
    bool heapLess(int a, int b) const;
    void siftDown(std::size_t i);

    QString m_tempDir;
    std::size_t m_runRecords;
    int m_fd = -1;
    std::int64_t m_fileEnd = 0;
    std::int64_t m_count = 0; // records in spilled runs
    std::vector<ExchangeRecord> m_fill;
    std::vector<ExchangeRecord> m_spilling;
    std::thread m_worker;
    QString m_workerError;
    std::vector<Run> m_runs;
    std::vector<int> m_heap; // run indexes, min-heap on the current record
    bool m_finished = false;
};

} // namespace hl
