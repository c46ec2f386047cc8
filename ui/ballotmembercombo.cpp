#include "ballotmembercombo.h"

#include "itemmodels/labels.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QSignalBlocker>

namespace akim {

BallotMemberCombo::BallotMemberCombo(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString BallotMemberCombo::fill(ContestDocument &document)
{
    const qint64 current = memberId();
    QVector<Member> members;
    QHash<qint64, QString> commissionNames;
    QString error;
    if (document.isOpen()) {
        try {
            members = BallotService(document).ballotsOfActor();
            for (const Commission &c : document.commissions().commissions())
                commissionNames.insert(c.id, text::pick(c.nameRu, c.nameKk));
        } catch (const StorageError &e) {
            error = e.message();
        }
    }
    {
        const QSignalBlocker blocker(this);
        clear();
        for (const Member &m : std::as_const(members))
            addItem(members.size() == 1 ? m.fullName
                                        : QStringLiteral("%1 — %2 (%3)")
                                              .arg(commissionNames.value(m.commissionId),
                                                   m.fullName, labels::role(m.role)),
                    m.id);
        const int index = findData(current);
        setCurrentIndex(index >= 0 ? index : 0);
    }
    // A member's own ballot is the only choice; the secretary chooses among all.
    setEnabled(members.size() > 1);
    return error;
}

} // namespace akim
