#include "exchangepipeline.h"

#include "dictionary.h"
#include "exchangewriter.h"

#include <exception>

#include <pthread.h>

using namespace Qt::StringLiterals;

namespace hl {

namespace {
constexpr std::size_t QueuedBatches = 4; // batches waiting for the worker at most
}

ExchangePipeline::ExchangePipeline(Dictionary &templates, ExchangeWriter &writer)
    : m_templates(templates)
    , m_writer(writer)
    , m_fill(std::make_unique<Batch>())
{
    m_thread = std::thread([this] {
        pthread_setname_np(pthread_self(), "hl-exchanges"); // names the thread in top and perf
        run();
    });
}

ExchangePipeline::~ExchangePipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ExchangePipeline::rethrow()
{
    if (!m_error.isEmpty())
        throw StorageError{m_error};
}

void ExchangePipeline::submit()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_full.size() < QueuedBatches || !m_error.isEmpty(); });
    rethrow();
    m_full.push_back(std::move(m_fill));
    if (!m_free.empty()) {
        m_fill = std::move(m_free.back());
        m_free.pop_back();
    } else {
        m_fill = std::make_unique<Batch>();
    }
    lock.unlock();
    m_changed.notify_all();
}

void ExchangePipeline::finish()
{
    if (!m_fill->records.empty())
        submit();
    std::unique_lock lock(m_mutex);
    m_noMoreInput = true;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return (m_full.empty() && !m_busy) || !m_error.isEmpty(); });
    rethrow();
}

void ExchangePipeline::run()
{
    for (;;) {
        std::unique_ptr<Batch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_full.empty() || m_noMoreInput; });
            if (m_stop || m_full.empty())
                return;
            batch = std::move(m_full.front());
            m_full.erase(m_full.begin());
            m_busy = true;
        }
        m_changed.notify_all();
        QString error;
        try {
            std::uint32_t begin = 0;
            for (std::size_t i = 0; i < batch->records.size(); ++i) {
                ExchangeRecord &r = batch->records[i];
                const std::uint32_t end = batch->ends[i];
                if (end > begin)
                    r.tmpl = m_templates.intern(std::string_view(batch->text).substr(begin, end - begin));
                begin = end;
                m_writer.add(r);
            }
        } catch (const StorageError &e) {
            error = e.message;
        } catch (const std::exception &e) {
            error = u"writing exchanges failed: %1"_s.arg(QString::fromLocal8Bit(e.what()));
        }
        batch->clear();
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            m_free.push_back(std::move(batch));
            if (!error.isEmpty())
                m_error = error;
        }
        m_changed.notify_all();
        if (!error.isEmpty())
            return;
    }
}

} // namespace hl
