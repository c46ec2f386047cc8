#pragma once

#include <QComboBox>

namespace akim {

class ContestDocument;

// The ballots the signed-in account may open (BallotService::ballotsOfActor): a member's or a
// bound chair's own, shown by name alone and the only choice, or every voting member's for the
// secretary, as "commission — name (role)". The member chosen stays chosen while listed.
class BallotMemberCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit BallotMemberCombo(QWidget *parent = nullptr);

    qint64 memberId() const { return currentData().toLongLong(); }
    // Lists them again without signalling a change; returns why it could not read them, or
    // empty.
    QString fill(ContestDocument &document);
};

} // namespace akim
