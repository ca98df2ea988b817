<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>clinic::Aead</name>
    <message>
        <source>The encrypted data is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::AtomicFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::EncryptedStore</name>
    <message>
        <source>The store %1 is damaged or does not belong to its key file. It has been left exactly as it was; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be prepared for use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::KeyFile</name>
    <message>
        <source>The key file %1 is damaged or is not a Clinic key file. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Clinic. Update Clinic to open this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing. Without it this store cannot be opened; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::Migrator</name>
    <message>
        <source>The schema files shipped with Clinic are inconsistent. Reinstall Clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s schema version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was written by a newer version of Clinic (schema %1; this version knows up to %2). Update Clinic to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be locked for an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the store to schema %1 (%2) failed and was undone; the store is unchanged at schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PasswordKdf</name>
    <message>
        <source>The key derivation settings are invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PatientRepository</name>
    <message>
        <source>That patient is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient register cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient record could not be saved or read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SqlCipherDriver</name>
    <message>
        <source>Give the store key with SqlCipherDriver::setKey(), not as a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher, so the store cannot be encrypted. Reinstall Clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be read: it is damaged, or the key does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the store key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to set the store page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1, %2 bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind parameter %1 (type %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::WriteTransaction</name>
    <message>
        <source>The store is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password replaces the old one on this computer. Your records stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>Clinic — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLCipher %1, 256-bit AES, %2-byte pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clinic %1&lt;/h3&gt;&lt;p&gt;Offline-first clinic software. Your records are kept in an encrypted store on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SignInWindow</name>
    <message>
        <source>Clinic — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Clinic keeps on this computer is encrypted with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store for “%1” on this computer yet. Enter a password of at least %2 characters twice to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to open your records on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
