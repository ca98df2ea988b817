<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>clinic::Aead</name>
    <message>
        <source>The encrypted data is malformed.</source>
        <translation>Los datos cifrados están mal formados.</translation>
    </message>
    <message>
        <source>The data could not be decrypted.</source>
        <translation>No se pudieron descifrar los datos.</translation>
    </message>
</context>
<context>
    <name>clinic::AtomicFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>clinic::EncryptedStore</name>
    <message>
        <source>The store %1 is damaged or does not belong to its key file. It has been left exactly as it was; restore it from a backup.</source>
        <translation>El almacén %1 está dañado o no corresponde a su archivo de clave. Se ha dejado exactamente como estaba; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>No se puede abrir el almacén %1.</translation>
    </message>
    <message>
        <source>A store already exists at %1.</source>
        <translation>Ya existe un almacén en %1.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>No hay ningún almacén en %1.</translation>
    </message>
    <message>
        <source>The store %1 cannot be prepared for use.</source>
        <translation>No se puede preparar el almacén %1 para su uso.</translation>
    </message>
</context>
<context>
    <name>clinic::KeyFile</name>
    <message>
        <source>The key file %1 is damaged or is not a Clinic key file. Restore it from a backup.</source>
        <translation>El archivo de clave %1 está dañado o no es un archivo de clave de Clinic. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file %1 was written by a newer version of Clinic. Update Clinic to open this store.</source>
        <translation>El archivo de clave %1 lo escribió una versión más reciente de Clinic. Actualice Clinic para abrir este almacén.</translation>
    </message>
    <message>
        <source>The key file %1 is missing. Without it this store cannot be opened; restore it from a backup.</source>
        <translation>Falta el archivo de clave %1. Sin él no se puede abrir este almacén; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>clinic::Migrator</name>
    <message>
        <source>The schema files shipped with Clinic are inconsistent. Reinstall Clinic.</source>
        <translation>Los archivos de esquema incluidos con Clinic son incoherentes. Reinstale Clinic.</translation>
    </message>
    <message>
        <source>The store&apos;s schema version cannot be read.</source>
        <translation>No se puede leer la versión del esquema del almacén.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of Clinic (schema %1; this version knows up to %2). Update Clinic to open it.</source>
        <translation>Este almacén lo escribió una versión más reciente de Clinic (esquema %1; esta versión conoce hasta el %2). Actualice Clinic para abrirlo.</translation>
    </message>
    <message>
        <source>The store could not be locked for an update.</source>
        <translation>No se pudo bloquear el almacén para actualizarlo.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 (%2) failed and was undone; the store is unchanged at schema %3.</source>
        <translation>La actualización del almacén al esquema %1 (%2) falló y se deshizo; el almacén sigue sin cambios en el esquema %3.</translation>
    </message>
</context>
<context>
    <name>clinic::PasswordKdf</name>
    <message>
        <source>The key derivation settings are invalid.</source>
        <translation>La configuración de derivación de claves no es válida.</translation>
    </message>
    <message>
        <source>Not enough memory to check the password. Close other programs and try again.</source>
        <translation>No hay memoria suficiente para comprobar la contraseña. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>clinic::PatientRepository</name>
    <message>
        <source>That patient is not in the register.</source>
        <translation>Ese paciente no está en el registro.</translation>
    </message>
    <message>
        <source>The patient register cannot be read.</source>
        <translation>No se puede leer el registro de pacientes.</translation>
    </message>
    <message>
        <source>The patient record could not be saved or read.</source>
        <translation>No se pudo guardar ni leer la ficha del paciente.</translation>
    </message>
</context>
<context>
    <name>clinic::SqlCipherDriver</name>
    <message>
        <source>Give the store key with SqlCipherDriver::setKey(), not as a password.</source>
        <translation>Indique la clave del almacén con SqlCipherDriver::setKey(), no como contraseña.</translation>
    </message>
    <message>
        <source>Unable to open the database file.</source>
        <translation>No se puede abrir el archivo de base de datos.</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher, so the store cannot be encrypted. Reinstall Clinic.</source>
        <translation>La biblioteca SQLite en uso no es SQLCipher, por lo que el almacén no se puede cifrar. Reinstale Clinic.</translation>
    </message>
    <message>
        <source>The database cannot be read: it is damaged, or the key does not match it.</source>
        <translation>No se puede leer la base de datos: está dañada o la clave no le corresponde.</translation>
    </message>
    <message>
        <source>Unable to apply the store key.</source>
        <translation>No se puede aplicar la clave del almacén.</translation>
    </message>
    <message>
        <source>Unable to set the store page size.</source>
        <translation>No se puede establecer el tamaño de página del almacén.</translation>
    </message>
    <message>
        <source>Unable to begin the transaction.</source>
        <translation>No se puede iniciar la transacción.</translation>
    </message>
    <message>
        <source>Unable to commit the transaction.</source>
        <translation>No se puede confirmar la transacción.</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction.</source>
        <translation>No se puede deshacer la transacción.</translation>
    </message>
</context>
<context>
    <name>clinic::SqlCipherResult</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Unable to prepare the statement.</source>
        <translation>No se puede preparar la instrucción.</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time.</source>
        <translation>Solo se puede ejecutar una instrucción a la vez.</translation>
    </message>
    <message>
        <source>No statement was prepared.</source>
        <translation>No se preparó ninguna instrucción.</translation>
    </message>
    <message>
        <source>Parameter count mismatch: the statement has %1, %2 bound.</source>
        <translation>El número de parámetros no coincide: la instrucción tiene %1 y se enlazaron %2.</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1 (type %2).</source>
        <translation>No se puede enlazar el parámetro %1 (tipo %2).</translation>
    </message>
    <message>
        <source>Unable to execute the statement.</source>
        <translation>No se puede ejecutar la instrucción.</translation>
    </message>
</context>
<context>
    <name>clinic::WriteTransaction</name>
    <message>
        <source>The store is busy; try again in a moment.</source>
        <translation>El almacén está ocupado; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The transaction is already closed.</source>
        <translation>La transacción ya está cerrada.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar la contraseña nueva</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirmar la contraseña nueva:</translation>
    </message>
    <message>
        <source>The new password replaces the old one on this computer. Your records stay as they are.</source>
        <translation>La contraseña nueva sustituye a la anterior en este equipo. Sus datos se mantienen tal como están.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>Clinic — %1</source>
        <translation>Clinic — %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Hola, %1</translation>
    </message>
    <message>
        <source>Working on this computer</source>
        <translation>Trabajando en este equipo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Clinic</source>
        <translation>&amp;Acerca de Clinic</translation>
    </message>
    <message>
        <source>Your records on this computer</source>
        <translation>Sus datos en este equipo</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Cifrado:</translation>
    </message>
    <message>
        <source>SQLCipher %1, 256-bit AES, %2-byte pages</source>
        <translation>SQLCipher %1, AES de 256 bits, páginas de %2 bytes</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión del esquema:</translation>
    </message>
    <message>
        <source>About Clinic</source>
        <translation>Acerca de Clinic</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clinic %1&lt;/h3&gt;&lt;p&gt;Offline-first clinic software. Your records are kept in an encrypted store on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clinic %1&lt;/h3&gt;&lt;p&gt;Software para clínicas que funciona sin conexión. Sus datos se guardan en un almacén cifrado en este equipo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SignInWindow</name>
    <message>
        <source>Clinic — Sign in</source>
        <translation>Clinic — Iniciar sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar la contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>C&amp;onfirmar la contraseña:</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Everything Clinic keeps on this computer is encrypted with your password.</source>
        <translation>Todo lo que Clinic guarda en este equipo está cifrado con su contraseña.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>There is no store for “%1” on this computer yet. Enter a password of at least %2 characters twice to create one.</source>
        <translation>Todavía no hay ningún almacén para «%1» en este equipo. Escriba dos veces una contraseña de al menos %2 caracteres para crearlo.</translation>
    </message>
    <message>
        <source>Sign in to open your records on this computer.</source>
        <translation>Inicie sesión para abrir sus datos en este equipo.</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Crear almacén</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
</TS>
