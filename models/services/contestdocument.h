#pragma once

#include "domain/account.h"
#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/geography.h"
#include "domain/nominee.h"
#include "packages/packagesession.h"
#include "services/accesspolicy.h"
#include "storage/accountrepository.h"
#include "storage/auditlog.h"
#include "storage/commissionrepository.h"
#include "storage/contestrepository.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/geographyrepository.h"
#include "storage/nomineerepository.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace akim {

// What the nominee dialog hands over: an existing okrug, or the names of a new okrug (and, if
// needed, a new district) to create in the same undo step.
struct NomineeDraft
{
    qint64 regionId = 0;
    qint64 districtId = 0; // 0: create `newDistrictRu`/`newDistrictKk` in the region
    QString newDistrictRu;
    QString newDistrictKk;
    qint64 okrugId = 0; // 0: create `newOkrugRu`/`newOkrugKk`/`newOkrugKato` in the district
    QString newOkrugRu;
    QString newOkrugKk;
    QString newOkrugKato;
    QString fullName;
    QDate inOfficeSince;
    NomineeStatus status = NomineeStatus::Active;
    QString notes;
};

// The outcome of an edit: empty message means it was applied (and pushed on the undo stack).
struct EditResult
{
    QString message;
    bool ok() const { return message.isEmpty(); }
};

// One open contest file: its database, repositories, undo stack and the services every edit goes
// through. The UI and the CLI call these; nothing else writes to the file. Each edit validates,
// then runs in one transaction with its audit entry, and lands on the undo stack only when it
// committed.
class ContestDocument : public QObject
{
    Q_OBJECT

public:
    explicit ContestDocument(QObject *parent = nullptr);
    ~ContestDocument() override;

    bool open(const QString &path, Database::Mode mode = Database::Mode::ReadWrite);
    // Creates a new contest file from a template in resources/templates (name without .json).
    bool create(const QString &path, const QString &templateName = defaultTemplate());
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_db.isReadOnly(); }
    // A member's ballot package (packages/) rather than a whole contest.
    bool isBallotPackage() const { return m_package.isActive(); }
    QString errorString() const { return m_errorString; }
    Database::Error error() const { return m_error; }
    QString path() const { return m_db.path(); }
    Database &database() { return m_db; }

    static QString defaultTemplate();
    static QStringList templateNames();

    QUndoStack *undoStack() { return &m_undoStack; }
    // Who the audit log names: the signed-in account's login, else the name set here (the
    // system user by default), which the set-up of a file without accounts and the command
    // line's imports act as.
    QString userName() const;
    void setUserName(const QString &name) { m_userName = name; }

    // Signing in. A file with accounts asks who is acting; every service checks the actor's
    // permission (AccessPolicy) before it writes.
    bool hasAccounts() const;
    EditResult signIn(const QString &login, const QString &password);
    void signOut();
    const std::optional<Account> &account() const { return m_account; }
    const Actor &actor() const { return m_actor; }
    // The command line (except `ballots` and `finalise`) and the demo act with operator rights.
    void setOperatorRights(bool on) { m_actor.operatorRights = on; }
    // Empty when the current actor may do it; else why not (translated).
    QString permit(Permission permission, qint64 commissionId = 0) const;
    // After the signed-in account itself changed (password, deactivation).
    void refreshAccount();

    GeographyRepository geography() const { return GeographyRepository(m_db.connection()); }
    NomineeRepository nominees() const { return NomineeRepository(m_db.connection()); }
    CriterionRepository criteria() const { return CriterionRepository(m_db.connection()); }
    CommissionRepository commissions() const { return CommissionRepository(m_db.connection()); }
    AccountRepository accounts() const { return AccountRepository(m_db.connection()); }
    ContestRepository contest() const { return ContestRepository(m_db.connection()); }
    AuditLog audit() const { return AuditLog(m_db.connection()); }

    // Edits. Each returns a translated message saying what is wrong, or applies the change.
    EditResult addNominee(const NomineeDraft &draft);
    EditResult editNominee(qint64 nomineeId, const NomineeDraft &draft);
    EditResult removeNominees(const QVector<qint64> &nomineeIds);

    EditResult addCriterion(const Criterion &criterion);
    EditResult editCriterion(const Criterion &criterion);
    EditResult removeCriterion(qint64 criterionId);
    // Moves a criterion to `newIndex` among the criteria of its stage (drag and drop).
    EditResult moveCriterion(qint64 criterionId, int newIndex);

    EditResult addMember(const Member &member);
    EditResult editMember(const Member &member);
    EditResult removeMember(qint64 memberId);

    // The contest's methodology (scoring::Methodology JSON). Validated, stored normalised, with
    // an audit entry "methodology.edit" holding the old and new text. Refused once a result is
    // finalised: the methodology is frozen with it. Not on the undo stack: a methodology is
    // changed rarely and on purpose, and the audit log keeps every version.
    EditResult setMethodology(const QByteArray &json);
    EditResult setConflicts(qint64 memberId, const QVector<MemberConflict> &conflicts);

    // Runs `work` in one transaction; returns the StorageError's message, or empty. For services
    // (imports, demo generation) that write many rows at once outside the undo stack.
    QString runInTransaction(const std::function<void()> &work);
    // After another connection (an import worker) committed to this file: every view reloads.
    // Edits made before it cannot be undone safely across it, so the undo stack is cleared.
    void notifyExternalWrite();
    void recordAudit(const QString &action, const QString &objectType, const QString &objectUuid,
                     const QString &oldValue, const QString &newValue, const QString &reason = {});

signals:
    void opened();
    void closed();
    void nomineesChanged();
    void geographyChanged();
    void criteriaChanged();
    void membersChanged(qint64 commissionId);
    // Survey or ethics responses, imports or aliases changed (an import finished or was undone).
    void surveyDataChanged();
    void methodologyChanged();
    void scoresChanged(qint64 memberId); // a cell of the ballot, or its state (BallotService)
    void signedInChanged();
    void accountsChanged();
    // A redo or undo that could not be applied (e.g. the row is now used elsewhere).
    void editFailed(const QString &message);

private:
    friend class EditCommand;
    EditResult push(class EditCommand *command);
    QString validateNomineeDraft(const NomineeDraft &draft, qint64 nomineeId) const;
    QString validateCriterion(const Criterion &criterion) const;
    QString validateMember(const Member &member) const;
    bool fail(Database::Error error, const QString &message);

    Database m_db;
    QUndoStack m_undoStack;
    QString m_userName;
    Actor m_actor;
    std::optional<Account> m_account;
    PackageSession m_package;
    QString m_errorString;
    Database::Error m_error = Database::Error::None;
};

} // namespace akim
