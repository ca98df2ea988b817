#include "mainwindow.h"

#include "changepassworddialog.h"
#include "storage/encryptedstore.h"

#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace clinic::ui {

MainWindow::MainWindow(const QString &username, std::shared_ptr<EncryptedStore> store,
                       QWidget *parent)
    : QMainWindow(parent), m_username(username), m_store(std::move(store))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Clinic — %1").arg(m_username));
    createMenus();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 20, 24, 20);
    auto *welcome = new QLabel(tr("Welcome, %1").arg(m_username), central);
    QFont font = welcome->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    welcome->setFont(font);
    layout->addWidget(welcome);
    layout->addWidget(createStorePanel());
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("Working on this computer"));
    resize(720, 480);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change &password…"), this, [this] {
        ChangePasswordDialog dialog(*m_store, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Password changed."), 5000);
    });
    file->addSeparator();
    QAction *signOut = file->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Clinic"), this, &MainWindow::showAbout);
}

QWidget *MainWindow::createStorePanel()
{
    const StoreDescription description = m_store->describe();
    auto *box = new QGroupBox(tr("Your records on this computer"), this);
    auto *form = new QFormLayout(box);
    const auto addRow = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value, box);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        form->addRow(label, field);
    };
    addRow(tr("Encryption:"),
           tr("SQLCipher %1, 256-bit AES, %2-byte pages")
                   .arg(description.cipherVersion)
                   .arg(description.pageSize));
    addRow(tr("Location:"), QDir::toNativeSeparators(m_store->databasePath()));
    addRow(tr("Size:"), QLocale().formattedDataSize(description.sizeBytes));
    addRow(tr("Schema version:"), QString::number(description.schemaVersion));
    return box;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Clinic"),
                       tr("<h3>Clinic %1</h3><p>Offline-first clinic software. Your records are "
                          "kept in an encrypted store on this computer.</p>")
                               .arg(QApplication::applicationVersion()));
}

} // namespace clinic::ui
