#pragma once

#include <QMainWindow>

#include <memory>

namespace clinic {
class EncryptedStore;
}

namespace clinic::ui {

// The signed-in window: who is signed in and the state of their store on this computer.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QString &username, std::shared_ptr<EncryptedStore> store,
               QWidget *parent = nullptr);
    ~MainWindow() override;

signals:
    void signOutRequested();

private:
    void createMenus();
    QWidget *createStorePanel();
    void showAbout();

    QString m_username;
    std::shared_ptr<EncryptedStore> m_store;
};

} // namespace clinic::ui
