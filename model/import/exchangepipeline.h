#pragma once

#include "storage/exchangerecord.h"

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace hl {

class Dictionary;
class ExchangeWriter;

// Splits the exchanges table over two cores. The reading thread parses and checks rows and
// interns everything but the template hash; a worker thread interns the template hashes (the
// biggest dictionary: millions of keys, so each look-up is a cache miss) and feeds the
// ExchangeWriter, which writes blocks to the case. While the pipeline runs, only the worker
// uses the SQLite connection. Rows travel in batches through a short bounded queue, so memory
// stays flat and a slow side simply makes the other wait.
class ExchangePipeline
{
public:
    ExchangePipeline(Dictionary &templates, ExchangeWriter &writer);
    ~ExchangePipeline(); // stops the worker (dropping what it had not written) and joins it
    ExchangePipeline(const ExchangePipeline &) = delete;
    ExchangePipeline &operator=(const ExchangePipeline &) = delete;

    // Queues one row; `templateHash` empty means none. Throws StorageError if the worker failed.
    void add(const ExchangeRecord &r, std::string_view templateHash)
    {
        m_fill->records.push_back(r);
        m_fill->text.append(templateHash);
        m_fill->ends.push_back(static_cast<std::uint32_t>(m_fill->text.size()));
        if (m_fill->records.size() >= BatchRows)
            submit();
    }
    // Waits until the worker has handled every row. Throws StorageError if it failed.
    void finish();

private:
    static constexpr std::size_t BatchRows = 8192;
    struct Batch
    {
        std::vector<ExchangeRecord> records;
        std::string text;                // template hashes back to back
        std::vector<std::uint32_t> ends; // end of each row's hash in text (empty = none)
        void clear() { records.clear(); text.clear(); ends.clear(); }
    };

    void submit();
    void run();
    void rethrow(); // with the mutex held

    Dictionary &m_templates;
    ExchangeWriter &m_writer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Batch>> m_full; // FIFO: front is next
    std::vector<std::unique_ptr<Batch>> m_free;
    std::unique_ptr<Batch> m_fill;
    bool m_noMoreInput = false;
    bool m_stop = false;
    bool m_busy = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace hl
