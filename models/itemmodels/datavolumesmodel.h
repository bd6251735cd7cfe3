#pragma once

#include "requestlistmodel.h"

#include "models/domain/volume.h"
#include "models/rules/apilimits.h"

namespace wsc {

/**
 * The data disks of the request being created, as an editable table (type, size in GB, IOPS and
 * throughput where the type is provisioned by them, KMS key for encryption) bound
 * to a CreateRequestModel: edits go straight to the request, and each cell carries the
 * findings of its field (SeverityRole, tooltip) so the view can mark it at once.
 */
class DataVolumesModel : public RequestListModel<Volume>
{
    Q_OBJECT
public:
    enum Column { TypeColumn, SizeColumn, IopsColumn, ThroughputColumn, KmsColumn, ColumnCount };
    Q_ENUM(Column)

    /**
     * At most this many data disks per desktop (CreateRules: data_volumes.too_many); new ones
     * have the system disk's type and DefaultSize.
     */
    static constexpr int MaxVolumes = ApiLimits::DataVolumesMax;
    /** Size of a newly added disk, GB. */
    static constexpr int DefaultSize = 100;

    explicit DataVolumesModel(CreateRequestModel *request, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** IOPS and throughput are editable only on disks whose type is provisioned by them. */
    bool takesPerformance(int row) const;
    Findings cellFindings(int row, int column) const override;

protected:
    Volume newItem() const override;

private:
    static int columnOf(const QString &field);
};

} // namespace wsc
