#pragma once

#include "api/profiles/profile.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace wsc {

class FieldMessage;

/**
 * The form of one connection profile: name, region, authentication (AK/SK with an optional
 * security token, or IAM account + user + password), endpoints and project, proxy, TLS and the
 * per-request caps. Each field is checked as it changes (Profile::check through a checker the
 * dialog gives) and says what is wrong right under it. The Sandbox's form is read-only.
 */
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    using Checker = std::function<Findings(const Profile &)>;

    explicit ProfileEditor(QWidget *parent = nullptr);

    /** Shows @p profile (with its secrets, when they were read). */
    void setProfile(const Profile &profile);
    /** The profile as the fields say now (id and sandbox flag kept from setProfile()). */
    Profile profile() const;
    /** The checks to run (default Profile::check). */
    void setChecker(Checker checker);
    Findings findings() const { return m_findings; }
    /** Fills region, endpoints, project and credentials from HUAWEICLOUD_SDK_* variables. */
    QStringList applyEnvironment(const QProcessEnvironment &environment);
    /** Says where secrets are kept (keychain, or memory for this run). */
    void setSecretsPersistent(bool persistent);
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void validate();
    void updateVisibility();
    void onEdited();
    void showLearnedRate();

    Profile m_profile;
    Checker m_checker;
    Findings m_findings;
    bool m_loading = false;
    bool m_editable = false; ///< a profile is shown (not "nothing selected")
    bool m_modified = false;
    bool m_persistent = true;
    QList<FieldMessage *> m_messages;

    QLabel *m_sandboxNote = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QGroupBox *m_authBox = nullptr;
    QLabel *m_authLabel = nullptr;
    QComboBox *m_auth = nullptr;
    QStackedWidget *m_authStack = nullptr;
    QLabel *m_akLabel = nullptr;
    QLineEdit *m_ak = nullptr;
    QLabel *m_skLabel = nullptr;
    QLineEdit *m_sk = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_domainLabel = nullptr;
    QLineEdit *m_domain = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_secretsNote = nullptr;
    QPushButton *m_environmentButton = nullptr;
    QGroupBox *m_advancedBox = nullptr;
    QLabel *m_workspaceEndpointLabel = nullptr;
    QLineEdit *m_workspaceEndpoint = nullptr;
    QLabel *m_iamEndpointLabel = nullptr;
    QLineEdit *m_iamEndpoint = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLineEdit *m_project = nullptr;
    QLabel *m_proxyLabel = nullptr;
    QComboBox *m_proxy = nullptr;
    QWidget *m_proxyManual = nullptr;
    QLineEdit *m_proxyHost = nullptr;
    QSpinBox *m_proxyPort = nullptr;
    QLineEdit *m_proxyUser = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QLabel *m_caLabel = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLabel *m_createCapLabel = nullptr;
    QSpinBox *m_createCap = nullptr;
    QLabel *m_attachCapLabel = nullptr;
    QSpinBox *m_attachCap = nullptr;
    QLabel *m_rateLabel = nullptr;
    QSpinBox *m_rate = nullptr;
    QLabel *m_ceilingLabel = nullptr;
    QSpinBox *m_ceiling = nullptr;
    QLabel *m_learnedLabel = nullptr;
    QLabel *m_learned = nullptr;
    QPushButton *m_learnedReset = nullptr;
    bool m_learnedCleared = false; ///< Reset pressed: the saved profile forgets its learned pace
};

} // namespace wsc
