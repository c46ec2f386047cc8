#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/geography.h"
#include "domain/nominee.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

#include <optional>

namespace akim {

class ContestDocument;

// Base of every undoable edit. The first application happens in ContestDocument::push() so that a
// failure can be reported before anything lands on the stack; QUndoStack's own first redo() is
// then skipped. Each application runs in one transaction together with its audit entries.
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    EditCommand(ContestDocument *document, const QString &text);

    void redo() final;
    void undo() final;
    QString applyFirst(); // empty on success

protected:
    enum class Direction {
        Forward,
        Backward,
    };
    virtual void apply(Direction direction) = 0; // throws StorageError
    virtual void notify() = 0;
    ContestDocument *document() const { return m_document; }
    void audit(const QString &action, const QString &objectType, const QString &uuid,
               const QString &oldValue, const QString &newValue);

private:
    QString run(Direction direction, const QString &reason);

    ContestDocument *m_document;
    bool m_skipNextRedo = false;
    QString m_reason;
};

// Adds, edits or removes nominees; an add may also create the okrug (and district) it names.
class NomineesCommand : public EditCommand
{
public:
    struct Change
    {
        std::optional<Nominee> before;
        std::optional<Nominee> after;
    };
    NomineesCommand(ContestDocument *document, const QString &text, QVector<Change> changes,
                    std::optional<District> newDistrict = {}, std::optional<Okrug> newOkrug = {});

protected:
    void apply(Direction direction) override;
    void notify() override;

private:
    void createPlace();
    void removePlace();
    void applyChange(const std::optional<Nominee> &from, const std::optional<Nominee> &to);

    QVector<Change> m_changes;
    std::optional<District> m_newDistrict;
    std::optional<Okrug> m_newOkrug;
};

// Adds, edits or removes one criterion.
class CriterionCommand : public EditCommand
{
public:
    CriterionCommand(ContestDocument *document, const QString &text,
                     std::optional<Criterion> before, std::optional<Criterion> after);

protected:
    void apply(Direction direction) override;
    void notify() override;

private:
    std::optional<Criterion> m_before;
    std::optional<Criterion> m_after;
};

// New display order of the criteria of one stage (drag and drop).
class ReorderCriteriaCommand : public EditCommand
{
public:
    struct Move
    {
        qint64 id = 0;
        int before = 0;
        int after = 0;
    };
    ReorderCriteriaCommand(ContestDocument *document, const QString &text, QVector<Move> moves);

protected:
    void apply(Direction direction) override;
    void notify() override;

private:
    QVector<Move> m_moves;
};

// Adds, edits or removes a commission member; removal keeps the declared conflicts for undo.
class MemberCommand : public EditCommand
{
public:
    MemberCommand(ContestDocument *document, const QString &text, std::optional<Member> before,
                  std::optional<Member> after, QVector<MemberConflict> conflicts = {});

protected:
    void apply(Direction direction) override;
    void notify() override;

private:
    std::optional<Member> m_before;
    std::optional<Member> m_after;
    QVector<MemberConflict> m_conflicts;
};

// Replaces a member's declared conflicts of interest.
class ConflictsCommand : public EditCommand
{
public:
    ConflictsCommand(ContestDocument *document, const QString &text, const Member &member,
                     QVector<MemberConflict> before, QVector<MemberConflict> after);

protected:
    void apply(Direction direction) override;
    void notify() override;

private:
    Member m_member;
    QVector<MemberConflict> m_before;
    QVector<MemberConflict> m_after;
};

} // namespace akim
