#pragma once

#include "models/domain/volume.h"
#include "models/rules/apilimits.h"
#include "models/rules/finding.h"

#include <QAbstractTableModel>
#include <QList>

class CreateRequestModel;

/**
 * The data disks of the request being created, as an editable table (type, size in GB, IOPS and
 * throughput where the type is provisioned by them, KMS key for encryption) bound
 * to a CreateRequestModel: edits go straight to the request, and each cell carries the
 * findings of its field (SeverityRole, tooltip) so the view can mark it at once.
 */
class DataVolumesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, SizeColumn, IopsColumn, ThroughputColumn, KmsColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int: 0 none, 1 warning, 2 error
        IssueCodesRole,                  ///< QStringList: rule codes of the cell's findings
    };
    Q_ENUM(Role)

    /** At most this many data disks per desktop (CreateRules: data_volumes.too_many). */
    static constexpr int MaxVolumes = ApiLimits::DataVolumesMax;
    /** Size of a newly added disk, GB. */
    static constexpr int DefaultSize = 100;

    explicit DataVolumesModel(CreateRequestModel *request, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Adds disks of the system disk's type and DefaultSize; refused beyond MaxVolumes. */
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    bool canAdd() const { return m_volumes.size() < MaxVolumes; }
    /** IOPS and throughput are editable only on disks whose type is provisioned by them. */
    bool takesPerformance(int row) const;
    Findings cellFindings(int row, int column) const;

private:
    void syncFromRequest();
    void onFindingsChanged();
    void writeBack();
    static int columnOf(const QString &field);

    CreateRequestModel *m_request;
    QList<Volume> m_volumes;
    Findings m_findings; ///< findings under data_volumes, refreshed with the request's
};
