#include "commandparser.h"

#include "cli.h"
#include "storage/casefile.h"

using namespace Qt::StringLiterals;

namespace hl::cli {

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    setApplicationDescription(description);
    addHelpOption();
}

bool CommandParser::parseArgs(const QStringList &args, int *exitCode, int positional)
{
    QStringList full = args;
    full[0] = u"hydralens "_s + m_command;
    if (!parse(full)) {
        printError(u"%1: %2 (see 'hydralens %1 --help')"_s.arg(m_command, errorText()));
        *exitCode = UserError;
        return false;
    }
    if (isSet(u"help"_s)) {
        printOut(helpText());
        *exitCode = Success;
        return false;
    }
    if (positional >= 0 && positionalArguments().size() != positional) {
        printError(u"%1: expected %2 argument(s), got %3 (see 'hydralens %1 --help')"_s.arg(m_command)
                       .arg(positional).arg(positionalArguments().size()));
        *exitCode = UserError;
        return false;
    }
    return true;
}

bool CommandParser::requireOption(const QString &name, QString *value, int *exitCode)
{
    *value = this->value(name);
    if (!value->isEmpty())
        return true;
    printError(u"%1: --%2 is required (see 'hydralens %1 --help')"_s.arg(m_command, name));
    *exitCode = UserError;
    return false;
}

void CommandParser::addCaseOption()
{
    addOption({u"case"_s, u"the case file"_s, u"FILE.hlcase"_s});
}

bool CommandParser::openCase(CaseFile &file, int *exitCode)
{
    QString path;
    if (!requireOption(u"case"_s, &path, exitCode))
        return false;
    if (file.open(path))
        return true;
    printError(file.errorString());
    *exitCode = UserError;
    return false;
}

} // namespace hl::cli
