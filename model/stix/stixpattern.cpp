#include "stixpattern.h"

#include "util/ipnetwork.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hl::stix {

namespace {

struct Token
{
    enum Type { Punct, Literal, Path, Word, Number, Operator, End };
    Type type = End;
    QString text; // literal: unescaped content; word: upper-case
};

// Splits a pattern into tokens; an empty vector with *problem on a syntax error.
std::vector<Token> tokenize(const QString &p, QString *problem)
{
    std::vector<Token> out;
    qsizetype i = 0;
    const qsizetype n = p.size();
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; };
    while (i < n) {
        const QChar c = p[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == u'[' || c == u']' || c == u'(' || c == u')' || c == u',') {
            out.push_back({Token::Punct, QString(c)});
            ++i;
        } else if (c == u'\'' || ((c == u't' || c == u'h' || c == u'b') && i + 1 < n && p[i + 1] == u'\'')) {
            if (c != u'\'')
                ++i; // t'…', h'…', b'…': typed literals
            QString text;
            ++i;
            bool closed = false;
            while (i < n) {
                if (p[i] == u'\\' && i + 1 < n) {
                    text += p[i + 1];
                    i += 2;
                } else if (p[i] == u'\'') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    text += p[i++];
                }
            }
            if (!closed) {
                *problem = QCoreApplication::translate("hl::StixPattern", "a string literal is not closed");
                return {};
            }
            out.push_back({Token::Literal, text});
        } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>') {
            QString op(c);
            ++i;
            if (i < n && (p[i] == u'=' || (c == u'<' && p[i] == u'>')))
                op += p[i++];
            if (op == u"!"_s) {
                *problem = QCoreApplication::translate("hl::StixPattern", "a lone '!' is not an operator");
                return {};
            }
            out.push_back({Token::Operator, op});
        } else if (c.isDigit() || ((c == u'-' || c == u'+') && i + 1 < n && p[i + 1].isDigit())) {
            const qsizetype start = i++;
            while (i < n && (p[i].isDigit() || p[i] == u'.'))
                ++i;
            out.push_back({Token::Number, p.mid(start, i - start)});
        } else if (c.isLetter() || c == u'_') {
            // A keyword, or an object path: type:property, with .step, .'quoted key' and [index].
            const qsizetype start = i;
            bool path = false;
            while (i < n) {
                if (isWordChar(p[i]) || p[i] == u'.') {
                    ++i;
                } else if (p[i] == u':') {
                    path = true;
                    ++i;
                } else if (path && p[i] == u'\'' && i > start && p[i - 1] == u'.') {
                    const qsizetype close = p.indexOf(u'\'', i + 1);
                    if (close < 0)
                        break;
                    i = close + 1;
                } else if (path && p[i] == u'[') {
                    const qsizetype close = p.indexOf(u']', i + 1);
                    if (close < 0)
                        break;
                    i = close + 1;
                } else {
                    break;
                }
            }
            const QString word = p.mid(start, i - start);
            out.push_back(path ? Token{Token::Path, word} : Token{Token::Word, word.toUpper()});
        } else {
            *problem = QCoreApplication::translate("hl::StixPattern", "unexpected character '%1' at position %2")
                           .arg(c)
                           .arg(i + 1);
            return {};
        }
    }
    return out;
}

QString canonicalDomain(QString d)
{
    d = d.trimmed().toLower();
    while (d.endsWith(u'.'))
        d.chop(1);
    static const QRegularExpression valid(u"^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)+$"_s);
    return valid.match(d).hasMatch() ? d : QString();
}

// The value a supported comparison gives, or nothing.
std::optional<PatternValue> valueOf(const QString &path, const QString &op, const Token &rhs)
{
    const QString p = path.toLower();
    if (p == u"ipv4-addr:value"_s || p == u"ipv6-addr:value"_s) {
        if (rhs.type != Token::Literal || (op != u"="_s && op != u"=="_s && op != u"ISSUBSET"_s && op != u"IN"_s))
            return std::nullopt;
        const auto net = IpNetwork::parse(rhs.text.trimmed());
        if (!net || net->v4 != (p == u"ipv4-addr:value"_s))
            return std::nullopt;
        return PatternValue{PatternValue::Ip, net->toString(), p};
    }
    if (p == u"domain-name:value"_s) {
        QString d = rhs.text;
        if (op == u"LIKE"_s) {
            if (!d.startsWith(u"%."_s)) // "%.example.org": any subdomain, which matching covers
                return std::nullopt;
            d = d.mid(2);
        } else if (op != u"="_s && op != u"=="_s && op != u"IN"_s) {
            return std::nullopt;
        }
        d = canonicalDomain(d);
        if (rhs.type != Token::Literal || d.isEmpty() || d.contains(u'%'))
            return std::nullopt;
        return PatternValue{PatternValue::Domain, d, p};
    }
    if (p == u"email-addr:value"_s) {
        if (rhs.type != Token::Literal)
            return std::nullopt;
        QString v = rhs.text;
        if (op == u"LIKE"_s) {
            if (!v.startsWith(u"%@"_s))
                return std::nullopt;
        } else if (op != u"="_s && op != u"=="_s && op != u"IN"_s) {
            return std::nullopt;
        }
        const qsizetype at = v.lastIndexOf(u'@');
        if (at < 0)
            return std::nullopt;
        const QString d = canonicalDomain(v.mid(at + 1));
        if (d.isEmpty() || d.contains(u'%'))
            return std::nullopt;
        return PatternValue{PatternValue::Domain, d, p};
    }
    if (p == u"autonomous-system:number"_s) {
        if (rhs.type != Token::Number || (op != u"="_s && op != u"=="_s && op != u"IN"_s))
            return std::nullopt;
        bool ok = false;
        const qint64 number = rhs.text.toLongLong(&ok);
        if (!ok || number <= 0 || number > 4294967295LL)
            return std::nullopt;
        return PatternValue{PatternValue::Asn, u"AS"_s + QString::number(number), p};
    }
    return std::nullopt;
}

bool supportedPath(const QString &path)
{
    const QString p = path.toLower();
    return p == u"ipv4-addr:value"_s || p == u"ipv6-addr:value"_s || p == u"domain-name:value"_s
        || p == u"email-addr:value"_s || p == u"autonomous-system:number"_s;
}

} // namespace

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString equalsPattern(const QString &objectPath, const QString &literal)
{
    return u'[' + objectPath + u" = "_s + quoted(literal) + u']';
}

QString emailDomainPattern(const QString &domain)
{
    return u"[email-addr:value LIKE "_s + quoted(u"%@"_s + domain) + u']';
}

PatternValues parsePattern(const QString &pattern)
{
    PatternValues out;
    const std::vector<Token> tokens = tokenize(pattern, &out.problem);
    if (!out.problem.isEmpty())
        return out;
    if (tokens.empty() || tokens.front().text != u"["_s) {
        out.problem = QCoreApplication::translate("hl::StixPattern", "not a STIX pattern (it does not start with '[')");
        return out;
    }
    bool negated = false;
    QString conjunction, negation;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens[i];
        if (t.type == Token::Word && (t.text == u"AND"_s || t.text == u"FOLLOWEDBY"_s)) {
            conjunction = t.text;
            continue;
        }
        if (t.type == Token::Word && t.text == u"NOT"_s) {
            negated = true;
            continue;
        }
        if (t.type != Token::Path)
            continue;
        // path [NOT] op rhs | path [NOT] IN ( rhs, … )
        std::size_t j = i + 1;
        bool thisNegated = negated;
        negated = false;
        if (j < tokens.size() && tokens[j].type == Token::Word && tokens[j].text == u"NOT"_s) {
            thisNegated = true;
            ++j;
        }
        if (j >= tokens.size())
            break;
        const Token &op = tokens[j];
        const QString opText = op.text;
        const bool isOperator = op.type == Token::Operator
            || (op.type == Token::Word
                && (opText == u"LIKE"_s || opText == u"MATCHES"_s || opText == u"ISSUBSET"_s || opText == u"ISSUPERSET"_s
                    || opText == u"IN"_s));
        if (!isOperator)
            continue;
        if (!supportedPath(t.text))
            continue;
        if (thisNegated || opText == u"!="_s || opText == u"<>"_s || opText.startsWith(u'<') || opText.startsWith(u'>')
            || opText == u"ISSUPERSET"_s) {
            negation = QCoreApplication::translate("hl::StixPattern", "the pattern negates or bounds %1 (%2)")
                           .arg(t.text, thisNegated ? u"NOT"_s : opText);
            continue;
        }
        std::vector<Token> rhs;
        if (opText == u"IN"_s && j + 1 < tokens.size() && tokens[j + 1].type == Token::Punct
            && tokens[j + 1].text == u"("_s) {
            for (std::size_t k = j + 2; k < tokens.size() && tokens[k].text != u")"_s; ++k)
                if (tokens[k].type == Token::Literal || tokens[k].type == Token::Number)
                    rhs.push_back(tokens[k]);
        } else if (j + 1 < tokens.size()) {
            rhs.push_back(tokens[j + 1]);
        }
        for (const Token &r : rhs)
            if (const auto v = valueOf(t.text, opText, r))
                out.values.push_back(*v);
    }
    // One matching value must be enough for the pattern to match; with AND, FOLLOWEDBY or a
    // negated test of an address it is not.
    if (!negation.isEmpty() || (!out.values.empty() && !conjunction.isEmpty())) {
        out.values.clear();
        out.problem = negation.isEmpty()
            ? QCoreApplication::translate("hl::StixPattern", "the pattern needs several conditions at once (%1)")
                  .arg(conjunction)
            : negation;
        return out;
    }
    if (out.values.empty())
        out.problem = QCoreApplication::translate(
            "hl::StixPattern", "no =, IN or ISSUBSET test of an IP, domain, e-mail address or AS number");
    return out;
}

} // namespace hl::stix
