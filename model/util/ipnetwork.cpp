#include "ipnetwork.h"

#include <arpa/inet.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace hl {

std::optional<IpNetwork> IpNetwork::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QByteArray address = (slash < 0 ? text : text.left(slash)).toLatin1();
    IpNetwork n;
    int maxPrefix = 128;
    in_addr a4{};
    in6_addr a6{};
    if (address.contains(':')) {
        if (inet_pton(AF_INET6, address.constData(), &a6) != 1)
            return std::nullopt;
        std::memcpy(n.bytes.data(), &a6, 16);
        static constexpr std::uint8_t Mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        n.v4 = std::memcmp(n.bytes.data(), Mapped, 12) == 0; // ::ffff:a.b.c.d is IPv4
    } else {
        if (inet_pton(AF_INET, address.constData(), &a4) != 1)
            return std::nullopt;
        n.bytes[10] = n.bytes[11] = 0xff;
        std::memcpy(n.bytes.data() + 12, &a4, 4);
        n.v4 = true;
        maxPrefix = 32;
    }
    int prefix = maxPrefix;
    if (slash >= 0) {
        bool ok = false;
        const QString digits = text.mid(slash + 1);
        prefix = digits.toInt(&ok);
        if (!ok || digits.isEmpty() || !digits.front().isDigit() || prefix < 0 || prefix > maxPrefix)
            return std::nullopt;
    }
    return n.truncated(maxPrefix == 32 ? prefix + 96 : prefix);
}

IpNetwork IpNetwork::truncated(int newPrefix) const
{
    IpNetwork n = *this;
    n.prefix = newPrefix;
    for (int bit = newPrefix; bit < 128; ++bit)
        n.bytes[std::size_t(bit / 8)] &= std::uint8_t(~(0x80u >> (bit % 8)));
    return n;
}

QString IpNetwork::toString() const
{
    char buffer[INET6_ADDRSTRLEN] = {};
    if (v4)
        inet_ntop(AF_INET, bytes.data() + 12, buffer, sizeof buffer);
    else
        inet_ntop(AF_INET6, bytes.data(), buffer, sizeof buffer);
    QString text = QString::fromLatin1(buffer);
    if (!isSingleAddress())
        text += u'/' + QString::number(familyPrefix());
    return text;
}

} // namespace hl
