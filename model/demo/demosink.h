#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace hl {

// One output file: bytes go through gzip (optional, zlib, deterministic header) into the file,
// and the SHA-256 of the bytes as written is computed on the way.
class DemoSink
{
public:
    DemoSink();
    ~DemoSink();
    DemoSink(const DemoSink &) = delete;
    DemoSink &operator=(const DemoSink &) = delete;

    bool open(const QString &path, bool gzip, int level = 6);
    bool write(const char *data, std::size_t size);
    bool finish();      // flushes, closes; the file is complete
    void abandon();     // closes and removes the file

    QString path() const;
    QString sha256Hex() const;  // valid after finish()
    QString errorString() const;

private:
    bool writeRaw(const char *data, std::size_t size);
    bool deflateChunk(const char *data, std::size_t size, bool last);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hl
