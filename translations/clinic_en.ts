<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GattDecoder</name>
    <message>
        <source>Heart Rate Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood Pressure Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate Cuff Pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glucose Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLX Spot-Check Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLX Continuous Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight Measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MderFloat</name>
    <message>
        <source>An IEEE 11073 %1 is exactly %2 octets; got %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicaApplier</name>
    <message>
        <source>An earlier batch failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>%1 has RR-Interval octets of odd length (%2 octet(s) from octet %3); each interval is 2 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines reference data is missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is recorded as allergic to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not give it. Choose another medicine, or confirm the allergy with the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is recorded as allergic to %1, and this medicine is in that class (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not give it. Choose a medicine of another class, or confirm the allergy with the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>clinic::AppointmentArgs</name>
    <message>
        <source>The appointment id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be done to an appointment that is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor does not offer this time (or it has passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient or doctor is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment was already requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits can be cancelled or moved up to one hour before they start. Please call the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits can be cancelled or moved up to %1 hours before they start. Please call the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits can be requested up to a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient already has %1 visits to come; one of them must take place or be cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::AppointmentRepository</name>
    <message>
        <source>The appointments cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rating could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit summary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s calls could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s chat could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::AtomicFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::AvailabilityArgs</name>
    <message>
        <source>The id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours are not valid: a day, a start before the end in HH:mm, a slot of 5 to 480 minutes that fits, a known time zone, and a location and modality are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exception is not valid: time off or extra hours, with an end after its start, within a year; extra hours also need a location, a modality and a slot length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active, verified doctor has hours to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hours are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hours belong to another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra hours can last up to %1 days; add more for a longer time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider can have up to %1 weekly hours; remove some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider can have up to %1 exceptions; remove some that have passed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::BluetoothHealthDevices</name>
    <message>
        <source>The device offers none of the health services Clinic reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device cannot be reached (%1). Check that it is on and near this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device refused a request (Bluetooth service error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::BodyReader</name>
    <message>
        <source>The message is not a well-formed protocol message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::CallIdentity</name>
    <message>
        <source>This computer&apos;s key for video calls could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key for video calls is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key for video calls could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of earlier calls could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of earlier calls could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::CallKeys</name>
    <message>
        <source>The call&apos;s keys could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s call key is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key or the call id has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s key arrived damaged; the call cannot be joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s key could not be opened: it was not sealed for this account by the caller, or it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s key belongs to another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call secret or the call id has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::CareTeamArgs</name>
    <message>
        <source>The patient or staff id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active doctor or nurse can join a care team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::CareTeamRepository</name>
    <message>
        <source>The care teams cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ChatArgs</name>
    <message>
        <source>The message has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat message is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a video visit has a call chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a confirmed, checked-in or completed visit has a call chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat message is kept as it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s chat holds the most messages one person may keep with it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ChunkManifest</name>
    <message>
        <source>The document&apos;s transfer description is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no transfer chunk with that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the document arrived damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ClinicArgs</name>
    <message>
        <source>A location needs a name of up to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location id is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location id is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancellation window is 0 to %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ClinicLocations</name>
    <message>
        <source>The clinic&apos;s locations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DeviceManager</name>
    <message>
        <source>%1 sent a measurement that was not recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading from %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DeviceReadings</name>
    <message>
        <source>The device sent no value for %1 (%2): the measurement did not succeed. Measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pulse oximeter marked its measurement as unavailable or invalid. Measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device sent a reading that cannot be right (%1). It was not recorded; measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale says the weighing did not succeed. Step on it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, pulse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DocumentCipher</name>
    <message>
        <source>The document could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DocumentDecryptor</name>
    <message>
        <source>This is not a Clinic document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document was stored by a newer version of Clinic. Update Clinic to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be opened with the key it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is damaged or incomplete; it cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DocumentEncryptor</name>
    <message>
        <source>The document could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document changed while it was being encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DocumentLimits</name>
    <message>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1, but this patient&apos;s documents already take %2 of the %3 allowed. Remove documents that are no longer needed first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::DocumentType</name>
    <message>
        <source>an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word (RTF) document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted Clinic document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged or incomplete PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incomplete or damaged JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an incomplete PDF (its end is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF documents and JPEG or PNG images can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a document Clinic recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be examined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
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
    <name>clinic::EntryReader</name>
    <message>
        <source>The medicines reference data is damaged: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity “%1” is not contraindicated, major, moderate or minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::GlucoseRecordAccess</name>
    <message>
        <source>The glucose meter did not send its stored readings (response %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::HealthDeviceKinds</name>
    <message>
        <source>Blood pressure monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glucose meter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse oximeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::HealthDeviceSource</name>
    <message>
        <source>This computer has no Bluetooth adapter, or its Bluetooth service is not running. Plug in a Bluetooth adapter (or start the Bluetooth service), then open this page again. You can still enter your readings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth is switched off. Switch it on in the system settings, then open this page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic is not allowed to use Bluetooth. Allow it in the system&apos;s privacy settings, then open this page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth Low Energy cannot be used on this computer. You can still enter your readings by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::Hkdf</name>
    <message>
        <source>A key could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::InventoryRepository</name>
    <message>
        <source>The pharmacy&apos;s queue could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fill could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fill is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lots could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot&apos;s adjustments could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ItemArgs</name>
    <message>
        <source>The item id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date like 2027-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item belongs to another patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer there.</source>
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
    <name>clinic::KnownServers</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; no server is trusted until you confirm it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::LocalAccount</name>
    <message>
        <source>This computer&apos;s record of your account cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::LocalReplica</name>
    <message>
        <source>The local sync data could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a bucket without a name.</source>
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
    <name>clinic::MutationArgs</name>
    <message>
        <source>The location is not a place on Earth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time “%1” is missing, or not between the years 2000 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::MutationContext</name>
    <message>
        <source>Unknown table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the server records this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::Mutations</name>
    <message>
        <source>This version of Clinic does not know the change “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::NoteArgs</name>
    <message>
        <source>The note&apos;s ids are missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was already added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::NoteRepository</name>
    <message>
        <source>The notes cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::NotificationFeed</name>
    <message>
        <source>Notifications cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit with %1 was booked for you: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a visit: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the visit with %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposes another time: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the visit with %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined the other time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: the visit with %1 is now on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: your visit with %1 is on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier time with %1 is free: %2. Book it before someone else does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 below its threshold (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 above its threshold (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your refill of %1 was sent to the pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prescription for %1 was sent to the pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pharmacy is preparing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready for pick-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready for pick-up at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was handed out by the pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy cannot fill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the pharmacy asked your doctor a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks about %2 for %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for a refill of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::OctetReader</name>
    <message>
        <source>%1 is truncated: %2 (%3 octets) should start at octet %4, but the payload has only %5 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an impossible %2: %3 %4 (octet %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 unexpected octet(s) after its last field (octet %3 on); the flags promise nothing there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PairedDevices</name>
    <message>
        <source>Your devices cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Bluetooth device address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device reported a battery level that cannot be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PasswordInput</name>
    <message>
        <source>The password could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
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
    <name>clinic::PasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too close to your name or user name. Try a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common or easy to guess. Try a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PatientMedications</name>
    <message>
        <source>The patient&apos;s medicines cannot be read.</source>
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
        <source>The patient register could not be saved or read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient record could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PharmacyArgs</name>
    <message>
        <source>There is no such pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“active” is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network holds the most pharmacies it may (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacist is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which pharmacy, or none to take the pharmacist off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pharmacist&apos;s account can work at a pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pharmacy takes no new prescriptions; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a doctor the administrator has verified can register a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PrescriberKeys</name>
    <message>
        <source>Your prescribing key cannot be read or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prescribing key in this store is damaged; make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no prescribing key on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PrescriptionRepository</name>
    <message>
        <source>The prescriptions cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::PrescriptionSignature</name>
    <message>
        <source>the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber has no registered key here: the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription is signed with a key %1 no longer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key registered for %1 is damaged: the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription was altered since it was signed, or %1 did not sign it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ProfileArgs</name>
    <message>
        <source>The patient id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient needs a given and a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date must be a date like 1984-03-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address needs an “@”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 preferred doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred doctor is not a valid id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ProviderArgs</name>
    <message>
        <source>The name must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits are in person or by video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a verified doctor is listed in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience are 0 to 70.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee needs a currency such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 clinic locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such clinic location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor is not listed in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ProviderDirectory</name>
    <message>
        <source>The directory could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::QrCode</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::RatingArgs</name>
    <message>
        <source>The visit is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a completed visit can be rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ReferenceData</name>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind “%1” is not pharmacological or mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate class id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines reference data has no drugs directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no generic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATC code “%1” is not a letter, two digits, two letters and two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate drug id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown class “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate name “%1” (also drug “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drug cannot be its own component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown drug id “%1” in components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component “%1” is itself a combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cross-sensitivity must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown class “%1” in cross_sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate allergy class id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown drug id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pair is written twice (also entry %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ReferenceRepository</name>
    <message>
        <source>The medicines reference cannot be read from this computer&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines reference could not be loaded into this computer&apos;s store; the previous one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines reference data is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines reference data is missing %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ReminderArgs</name>
    <message>
        <source>The reminder&apos;s id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a date like 2027-03-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule belongs to another patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the current medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That medication is no longer in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That medication is in another patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“active” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has as many medication schedules as it can keep (%1): remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This medication schedule is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose is either taken or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose&apos;s time must be a local date and time like 2027-03-28T08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose is scheduled at %1 on this schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule starts on %1, after that dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose more than a day ahead cannot be recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses more than a month ago can no longer be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up belongs to another patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is due from today up to five years ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the patient should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has as many follow-ups as it can keep (%1): remove old ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“done” must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule is paused: no dose is due on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule ended on %1, before that dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule does not run on %1 (it runs on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record took as many doses as it can in a day (%1): try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ReminderRules</name>
    <message>
        <source>“%1” is not a time of day like 08:00 or 20:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many times of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 times a day can be reminded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many days of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ReminderSchedule</name>
    <message>
        <source>The medication schedules cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medications cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doses taken cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders shown cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up reminders cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your medicine: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::Roles</name>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::RowStore</name>
    <message>
        <source>Could not read or write synced data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced row has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced row was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::RxArgs</name>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fill of this prescription was dispensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pharmacy it goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note to the pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference data&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the pharmacy may substitute a generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s findings are not a JSON list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription belongs to another patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s record is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s record changed since this prescription was written (%1): check it again and sign anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 is %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Give a reason to override it (%2 to %3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prescription is never changed once issued; write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription&apos;s time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This medicine is not in Clinic&apos;s reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not come as %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pharmacy takes no new prescriptions; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient holds the most active prescriptions Clinic keeps (%1); cancel old ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient&apos;s record holds the most prescriptions Clinic keeps (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your signing key before you prescribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription is signed with a key that is not your registered one; sign it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refill request has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refill request belongs to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refill request is for another prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 fills authorised are used; ask your doctor for a new prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refill of this prescription is already waiting for the doctor&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prescription has had the most refill requests Clinic keeps (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refill request is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such refill request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the refill is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for denying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refill request was already approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refill request was already denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 fills authorised are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refill was already made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fill is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fill is not waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SFrame</name>
    <message>
        <source>The call key is too short to protect the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SFrameOpener</name>
    <message>
        <source>This call already has a key for that participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call frame&apos;s metadata is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A damaged call frame was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call frame for an unknown key was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repeated call frame was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call frame that arrived too late was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call frame that failed its integrity check was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SFrameSealer</name>
    <message>
        <source>This call key has sealed all the frames it may; the call needs a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call frame is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call frame could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ServerConnection</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SignInFlow</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like clinic.example.org:7443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Opening your records on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and you have not signed in on this computer before, so there is nothing to open offline. Try again when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing this computer for you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not know your account yet. Sign in once while the server is reachable.</source>
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
    <message>
        <source>No store key was given.</source>
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
    <message>
        <source>The statement contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::StockArgs</name>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fill is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing or has a “|”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This belongs to another pharmacy than the one you work at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready for pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription of this fill is not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescriber cancelled this prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fill is %1; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fill&apos;s status is set to in progress, ready, rejected or returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fill is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fill that is %1 cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the fill is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question the prescriber is to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fill that is %1 cannot be dispensed; start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription has no quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 units of %2 are in stock (unexpired); %3 are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drug is not in Clinic&apos;s reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not come as %2 %3 in the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pharmacy stocks the most items it may (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock item is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such stock item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot belongs to another stock item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be a date (yyyy-MM-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot expired on %1; expired stock is not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot was already received; adjust its units instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item holds the most lots it may (%1); write off empty ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This adjustment is of another lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment changes the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment&apos;s reason is count, damaged, expired, returned or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a note what the adjustment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment is kept as made; make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot %1 has %2 units; stock never goes below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot holds at most %1 units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot holds the most adjustments it may (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::SyncEngine</name>
    <message>
        <source>Sync is under way; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::VisitArgs</name>
    <message>
        <source>The visit is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a confirmed, checked-in or completed visit can have a summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::VitalArgs</name>
    <message>
        <source>The patient is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of reading is not one Clinic knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value of the reading is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading&apos;s source is “manual” or “device”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record holds the most alerts of this kind it may keep (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading belongs to another patient&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading&apos;s time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading is kept as it was taken; record a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record already holds %1 readings of this kind within a day of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record holds the most readings of this kind it may keep (%1); remove old ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bound of the threshold is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only blood pressure has a second (diastolic) bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bound of the threshold is outside what a reading can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a note what was done about the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alert was already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not measured in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::VitalKinds</name>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::VitalLimits</name>
    <message>
        <source>systolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood glucose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oxygen saturation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean arterial pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body mass index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading of this kind has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blood pressure needs its diastolic (lower) value too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic pressure must be below the systolic; check the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is not a possible %1; check the reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is an unusually low %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 is an unusually high %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::VitalRepository</name>
    <message>
        <source>The vital signs cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vital signs&apos; chart summary cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::WaitlistArgs</name>
    <message>
        <source>Visits are in person or by video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when you could come: a period up to six months, not past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient or doctor is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waitlist entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is another patient&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can wait for up to %1 times at once; leave a list you no longer need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 waiting-list entries; remove some you no longer need first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doctor&apos;s waiting list is full; please choose a time that is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::WaitlistRepository</name>
    <message>
        <source>The waitlist could not be read.</source>
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
    <name>clinic::calls::CallClient</name>
    <message>
        <source>The call ended: you were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is already under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the visit&apos;s doctor can start its video call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has not signed in to Clinic since video visits came, so the call cannot be secured yet. Ask them to sign in once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video call from %1 could not be taken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s records of the visit do not match the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was secured for another computer you signed in on since. Answer it there, or sign in again here before the next call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key has changed since your last call. Compare the safety code with them, and accept the new key before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave the call no media channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended: the connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was missed: the connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hung up before you answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You missed a call from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended: the connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended: %1 signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was answered on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call moved to another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::AudioJitterBuffer</name>
    <message>
        <source>The sound buffer cannot use these delays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::CallMedia</name>
    <message>
        <source>The call&apos;s media cannot start without its devices and its peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long to send; split it in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::CameraFrameConverter</name>
    <message>
        <source>The camera sent an empty picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s picture could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::CameraVideoSource</name>
    <message>
        <source>The camera stopped working. Check that no other program is using it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::MediaDeviceList</name>
    <message>
        <source>No camera was found. Connect one, or turn the camera off for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen camera is not connected. Pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or use the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen microphone is not connected. Pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker was found. Connect speakers or headphones, or use the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen speaker is not connected. Pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::MicrophoneAudioSource</name>
    <message>
        <source>The microphone &quot;%1&quot; cannot record the call&apos;s sound (48 kHz mono).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone could not start. Check that no other program is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone stopped working. Check that it is still connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::OpusAudioDecoder</name>
    <message>
        <source>The audio decoder cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sound packet was damaged and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::OpusAudioEncoder</name>
    <message>
        <source>The audio encoder cannot use these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio encoder cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio encoder cannot use this bit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio encoder refused a new bit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound frame does not have the length the encoder expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio encoder failed on a frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::SpeakerAudioSink</name>
    <message>
        <source>The speaker &quot;%1&quot; cannot play the call&apos;s sound (48 kHz mono).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker could not start. Check that no other program is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker stopped working. Check that it is still connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::Vp8Decoder</name>
    <message>
        <source>The video decoder cannot use these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video decoder cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video frame was damaged and skipped; the picture resumes with the next full frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video frame arrived twice or out of order and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video frames were lost; the picture resumes with the next full frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::media::Vp8Encoder</name>
    <message>
        <source>The video encoder cannot use these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video encoder cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video encoder refused a new bit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video frame does not have the size the encoder expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video encoder failed on a frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui</name>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allergy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AccountListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence, specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AccountPage</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password and 2-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;2-step sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-step sign-in is on: from now on Clinic also asks for a code from your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-step sign-in is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: these settings need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-step sign-in is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of Clinic on every computer and phone, this one included?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AcknowledgeAlertDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 since %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done or decided (kept in the record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust lot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, lot %2: %n unit(s) on hand.</source>
        <translation>
            <numerusform>%1, lot %2: %n unit on hand.</numerusform>
            <numerusform>%1, lot %2: %n units on hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change in units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted (correct the count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired (write off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many units to add (+) or remove (−).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot cannot go below zero units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why in the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentListModel</name>
    <message>
        <source>Waiting for the doctor to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor proposes another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments yet. Find a doctor to book one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the new time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export upcoming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export upcoming visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate this visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: the doctor will confirm the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you: your rating was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AssignPharmacistDialog</name>
    <message>
        <source>Assign a pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: remove from their pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;harmacist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pharmacist. Pharmacists&apos; accounts are made on the Users page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityExceptionDialog</name>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be booked in this time. Visits already booked in it stay: move or cancel them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients can book these hours once, besides your weekly hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Lisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time off ends before it starts: the end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off can be a year at most; add another for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityExceptionModel</name>
    <message>
        <source>%1 (all day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (all days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n-minute slots</source>
        <translation>
            <numerusform>%1 at %2, %n-minute slots</numerusform>
            <numerusform>%1 at %2, %n-minute slots</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityFields</name>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example main-clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the location, for example main-clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A location&apos;s name is letters, digits, - and _ only, for example main-clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours end at %1, before they start at %2: the end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot is 5 to 480 minutes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-minute slot does not fit between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 is not a whole number of %3-minute slots: the last %4 minutes could never be booked. Change the end or the slot length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityPage</name>
    <message>
        <source>My availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no weekly hours yet, so patients cannot book you. Add the hours you see patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off and extra hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add extra hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time off or extra hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times here are in this computer&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed your hours on %1. Visits already booked in them stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityRuleDialog</name>
    <message>
        <source>Weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients can book these hours every week, in slots of the length you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave both unticked for hours that apply every week from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change weekly hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Lisbon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours would end before they begin: the last day they apply is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hours are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityRuleModel</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CalendarPage</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: waiting for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit in the calendar to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CallChatModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CallDevices</name>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CallWindow</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video visit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call quality details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this code with %1, read aloud: if it differs, the call is not private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety code: %1&lt;br&gt;Read it aloud to %2: it must match theirs exactly. If it does not, end the call: someone may be listening in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud %1 sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;amera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call&apos;s media is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 hear you again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 hearing you (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn camera on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending your picture (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your picture again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbit/s · %2 frames/s · round trip %3 · %4 frames lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call quality: %1
Received: %2 kbit/s, %3 frames a second
Sent: %4 kbit/s, %5 frames a second
Round trip: %6
Lost on the way here: %7%
Video frames lost: %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CareTeamBox</name>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor or nurse is on this patient&apos;s care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor or nurse to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctors and nurses on any care team on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stop receiving this patient&apos;s profile and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors and nurses can be chosen here once one of them is on any patient&apos;s care team on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a doctor or nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::CareTeamModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync: the server has not confirmed this change.</source>
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
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password works everywhere you use Clinic. Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password needs the server, which cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed on the server, but not yet on this computer: %1 At your next sign-in Clinic asks for the old password once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClientShell</name>
    <message>
        <source>“%1” is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicPage</name>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where patients come for their visits, with opening hours and how to reach you. Everyone using Clinic sees these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locations yet. Add the clinic&apos;s first location so patients know where to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients can cancel or move a visit themselves until this many hours before it starts; after that they call the clinic, and the front desk can still change it. 0: any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation window in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients may cancel up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: patients can cancel any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: until %1 h before a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Saved on this computer; it goes to the clinic&apos;s server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the clinic&apos;s locations? Patients no longer see it, and doctors can no longer list it as where they work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the window is already %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients can now cancel any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients can now cancel until %1 h before a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change to the clinic: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicsPage</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your city, to see the centres there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic has not listed its centres yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centres: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::DeskScheduleModel</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free · video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1–%2 with %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::DeviceTestDialog</name>
    <message>
        <source>Test camera and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak: the bar moves when the microphone hears you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the other person will see and hear you before the visit starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test speaker plays nothing: the tone goes to it for two seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You should hear a steady tone for two seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::DevicesPage</name>
    <message>
        <source>Blood pressure monitors, thermometers, glucose meters, pulse oximeters, scales and heart rate straps with Bluetooth send their readings to Clinic by themselves once they are paired here. Your care team sees them with the readings you type in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is paired yet. Switch your device on (or start a measurement) and choose Scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuff pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair the selected device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new device was found. Switch the device on or start a measurement on it, bring it close, and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuff pressure: %1 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluetooth cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is paired yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Out of reach, trying again in %n s</source>
        <translation>
            <numerusform>Out of reach, trying again in %n s</numerusform>
            <numerusform>Out of reach, trying again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paired. Take a measurement: it is recorded by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::DispensingPage</name>
    <message>
        <source>Dr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patient or drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by patient or drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start filling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start filling the prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for &amp;pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ready for pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispense to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;prescriber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the prescriber with a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it rejected? The prescriber and the patient see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question to the prescriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not assigned to a pharmacy yet: the clinic&apos;s administrator assigns you to one on their Clinic page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prescriptions yet: those routed to your pharmacy appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: the %1 most recently changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · open: %2 · all fills: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prescription in the queue to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prescription has not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1, verified (key %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fill: the signature does not check out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: dispense as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber&apos;s answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check findings (reference data %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber&apos;s override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pick-up: the patient is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed. Stock is deducted from the lots expiring first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the prescription is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the question for the prescriber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the prescriber with your question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::FillQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::FindDoctorPage</name>
    <message>
        <source>Doctor or specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or a specialty, e.g. cardiology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a doctor to see their free times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor with free times in the next %1 days matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested: %1 with %2. The doctor will confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find them in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient the visit is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be told when an earlier time with this doctor frees up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ 3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ 4 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ 4.5 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soonest free first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best rated first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from my doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now among your doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer among your doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient who waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1&apos;s waitlist for the next %2 days: a notice comes when an earlier time frees up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s doctors are on their way to this computer; they show here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up reminder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a blood test before your next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s computer reminds them when it is due (at %2 when no time is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the patient should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters, please (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::HealthItemDialog</name>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date like 2027-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::HealthRecordPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be read from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::HomePage</name>
    <message>
        <source>Good morning, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as a patient of this clinic. Your appointments, messages, prescriptions and bills will appear in Clinic as your clinic uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users, verification requests and the security policy are in the pages on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not reachable: working on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted store (SQLCipher %1, 256-bit AES), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patients whose care team you are on are under My patients, with their records and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pharmacy&apos;s prescriptions are under Prescriptions, its stock under Inventory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::IncomingCallDialog</name>
    <message>
        <source>Incoming video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is calling you for your video visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the video call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::InventoryPage</name>
    <message>
        <source>Stock items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the selected lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;order at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots, expiring first first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not assigned to a pharmacy yet: the clinic&apos;s administrator assigns you to one on their Clinic page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in stock yet: Receive stock adds a delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 · at or below their reorder level: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item to see its lots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::LocationDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New clinic location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 08:00–19:00, Sat 09:00–13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 38.7101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. -9.1388</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code, city:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, optional: with them patients find the nearest location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude are numbers of degrees, such as 38.7101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude is -90 to 90 degrees and longitude -180 to 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening hours have at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::LocationListModel</name>
    <message>
        <source>%1 (waiting for the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::LockScreen</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was away. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>Change &amp;password…</source>
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
        <source>About Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic — %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;2-step sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up 2-step sign-in needs the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clinic %1&lt;/h3&gt;&lt;p&gt;Your clinic&apos;s records, appointments and visits. Everything Clinic keeps on this computer is encrypted with your password.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: working on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server ended your session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting room (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reached: sign in again to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test camera and sound…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MediaProvider</name>
    <message>
        <source>Test pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tone (440 Hz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent test speaker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MedicationGuideDialog</name>
    <message>
        <source>This medicine is not in the medicines reference on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and while you take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get help at once if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Also sold as %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;From the clinic&apos;s medicines reference, version %1. Ask your doctor or pharmacist if anything is unclear.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MonitoringModel</name>
    <message>
        <source>%1 %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALERT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> +%n more</source>
        <translation>
            <numerusform> +%n more</numerusform>
            <numerusform> +%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>no readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ %1 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ %1 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MonitoringPage</name>
    <message>
        <source>Monitored patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open vitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet. Your care-team patients&apos; vital signs appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients: %1 · with an alert to acknowledge: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MyDirectoryPage</name>
    <message>
        <source>What patients read about you when they look for a doctor. Your changes reach them when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: your page as patients see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of your page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync: patients see your changes once the server has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet: patients cannot find you until you save this page. We filled in what you registered with; check it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: patients see this page when they look for a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown here once you are online (the clinic verifies it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, verified by the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (ratings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet. Patients rate you after their visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused your page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MyPatientsPage</name>
    <message>
        <source>My patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient to see their profile and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet. The front desk adds you to a patient&apos;s care team; their records then arrive here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients on your care team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up reminder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a follow-up reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rescriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::MyPrescriptionsPage</name>
    <message>
        <source>My prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my prescriptions to the pharmacy chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my prescriptions to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication guide of the selected medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the doctor for a refill of the selected prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected prescription as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for your doctor (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescription-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your pharmacy:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;It takes no new prescriptions: choose another.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No pharmacy chosen.&lt;/b&gt; Choose the one your prescriptions go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prescriptions yet. When your doctor prescribes a medicine, it appears here and goes to your pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a prescription to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) per fill</source>
        <translation>
            <numerusform>%n unit per fill</numerusform>
            <numerusform>%n units per fill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refill(s) authorised</source>
        <translation>
            <numerusform>%n refill authorised</numerusform>
            <numerusform>%n refills authorised</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;br&gt;Refill requested on %1: waiting for your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Your last refill request was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Your last refill request was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refills are left on this prescription: ask your doctor for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refill is already requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill requested: your doctor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this version of the medicines reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm first password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give them this first password in person; Clinic asks them to choose their own when they first sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NoteListModel</name>
    <message>
        <source>%1 · %2 · waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NotesPanel</name>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NotificationListModel</name>
    <message>
        <source>New: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new. Bookings, confirmations, changes, cancellations and reminders of your visits appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync: the server has not confirmed the latest change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientPrescriptionsPanel</name>
    <message>
        <source>What you prescribed for this patient, and where it stands at the pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prescription for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientsPage</name>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of each name is enough: “ann smi” finds Ann Smithers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a patient by name and select them to see and edit their details, or register a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to find a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient by that name on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 patients found; type more of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no detail was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmaciesBox</name>
    <message>
        <source>Pharmacies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacies prescriptions are sent to, and the pharmacists who work at each. Patients choose theirs; an inactive pharmacy takes no new prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pharmacies yet. Add one so doctors can send prescriptions to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;pharmacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit p&amp;harmacy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a pharma&amp;cist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy saved on this computer; it goes to the clinic&apos;s server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyAlerts</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2: %3, &lt;b style=&quot;color:#a01010&quot;&gt;expired&lt;/b&gt; %4: write them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2: %3, expires %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more (Inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring in 31 to 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not assigned to a pharmacy yet: the clinic&apos;s administrator assigns you to one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: &lt;b&gt;%1&lt;/b&gt; · in progress: &lt;b&gt;%2&lt;/b&gt; · ready for pick-up: &lt;b&gt;%3&lt;/b&gt; · returned to the prescriber: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 usable, reorder at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is above its reorder level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot expires within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other lot expires within 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon–Fri 08:00–19:00, Sat 09:00–13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes new prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the pharmacy&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyFormat</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyListModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescribeDialog</name>
    <message>
        <source>Prescribe for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic or brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual adult dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a day in the morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity (units per fill)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy may substitute a generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitution allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note to the pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why prescribe it all the same? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of medicines is not on this computer yet. Sign out and sign in again to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the patient&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and issue the prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a medicine: it is checked against %1&apos;s allergies, current medications and prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medicine in the reference is called “%1”. Try the generic name or another spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual adult dose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 cannot be checked&lt;/b&gt;: it is not in this program&apos;s medicines reference (%2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No interactions or allergies found&lt;/b&gt; for %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Not checked (not in the reference data): %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;Reference data %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the most severe %1</source>
        <translation>
            <numerusform>%n finding, the most severe %1</numerusform>
            <numerusform>%n findings, the most severe %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked by this version of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dose and the directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pharmacy the prescription goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 finding: say why you prescribe it all the same (%2 to %3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescriptionListModel</name>
    <message>
        <source>Note to the pharmacist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n unit(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n unit</numerusform>
            <numerusform>%1 · %2 · %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose and directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescriptionPdf</name>
    <message>
        <source>Prescription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy for your records. The pharmacy receives the signed prescription from the clinic directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescriptionsPage</name>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions from pharmacies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel prescription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cancel %1 for %2? The pharmacy and the patient see the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Asked %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a refill of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny a refill of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not refill %1? The patient sees the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refill requests waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (fill %3)&lt;br&gt;%4 asks: “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the pharmacy&apos;s question on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pharmacy asks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions from pharmacies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the refill is denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer for the pharmacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the prescription is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProfileForm</name>
    <message>
        <source>Waiting to sync: saved on this computer, not yet confirmed by the clinic&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, month and day, for example 1984-03-21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the clinic should speak and write to you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mother, partner, neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on your record, for you and your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your details and save them to create your profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: your details are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details are on their way from the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details arrive from the clinic when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProposeTimeDialog</name>
    <message>
        <source>Propose another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no free times in the next two weeks to offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time to offer %1 instead. They can accept or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no free times in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new time with %1. The visit becomes a request again, which the doctor confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProviderListModel</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next free %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProviderPageForm</name>
    <message>
        <source>From the clinic and your patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name patients see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr Ana Silva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cardiology, Sports medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several with commas. Patients search by these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages you see patients in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees, board certifications, memberships: one to a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you work with patients, what you treat most, your interests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials and
certifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic locations where you see patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see patients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic l&amp;ocations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation &amp;fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a clinic location&apos;s name — its address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic has no locations yet; an admin adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the consultation fee as an amount, such as 60 or 60.50, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProviderPageView</name>
    <message>
        <source>Doctor&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a doctor to read their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (ratings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence %1, verified by the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years of experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation fee: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees patients %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office hours (%1 time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::RateVisitDialog</name>
    <message>
        <source>Rate your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was your visit with %1? Other patients see only the average of the stars; your words go to the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ReceiveStockDialog</name>
    <message>
        <source>Receive stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drug from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the form and strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lot has already expired: do not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::RegisterPatientDialog</name>
    <message>
        <source>Register a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::RejectionDialog</name>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1&apos;s registration rejected? They see this reason when they try to sign in, so say what they can do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The licence number is not in the medical register. Register again with the number on your certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::RemindersPage</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to take your medicines, and what your doctor asked you to do. Clinic reminds you on this computer when the time comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups from your doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedules yet. Add one for a medication in your health record to be reminded of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the medication to your health record first (My profile, Health record), then its schedule here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reminding you of %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::RxFormat</name>
    <message>
        <source>Sent to the pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back with the doctor: the pharmacy asked a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at the pharmacy yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>08:00, 20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are this computer&apos;s local time, up to %1 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits and no free times on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in opens on the day of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be marked missed once its time has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 · %3 · %4–%5 · %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at %1. Use Book a visit… to give this time to a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit to check the patient in, mark a missed visit, complete or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SecurityPolicyPage</name>
    <message>
        <source>Staff must use 2-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock an unused desktop after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With 2-step sign-in required, staff without it are asked to set it up at their next sign-in before they can do anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock an unused desktop after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the policy needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It applies from each user&apos;s next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ServerBehindNotice</name>
    <message>
        <source>Nothing is sent or fetched until this is sorted out, so nothing on this computer is overwritten, and changes you make wait here. Tell your clinic&apos;s administrator: the best fix is to bring the server back from its newest backup. If that cannot be done, fetch everything again: this computer then shows what the server has and sends the changes waiting here again; what the server lost since its backup is lost here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch everything again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync has stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer will show what the clinic&apos;s server has now. Changes waiting here are sent again; what the server lost since its backup is lost here too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SessionListModel</name>
    <message>
        <source>%1 (this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SignInAgainBar</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server ended your session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to sync; your changes wait on this computer until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server went away again. Clinic keeps trying, and asks again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
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
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clinic.example.org:7443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here? &amp;Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the account your clinic gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed since you last used Clinic on this computer. Enter the password you used here before, once, so your records here open with your new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A doctor (verified by the clinic before you can sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your account with the clinic at %1. Use a password of at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server you enter on the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1. Your account is ready: sign in with your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first time this computer connects to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure its certificate fingerprint is the one your clinic gave you:

%1

Trust it only if they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are the same: &amp;trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STOP: %1 presented a different certificate than the one this computer trusts. Someone may be intercepting the connection, so nothing was sent. Tell your clinic&apos;s administrator.

Trusted: %2
Presented: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cardiology, Sports medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees, board certifications, registrations — with the issuing body and year, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre&amp;dentials and
certifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials and certifications: at most %1 characters (now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, %1. The clinic will check your licence, specialties and credentials; you can sign in once an administrator has verified you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SlotListModel</name>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::StockItemModel</name>
    <message>
        <source>⚠ Low: reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::StockLotModel</name>
    <message>
        <source>Expired: do not dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncActivityDialog</name>
    <message>
        <source>Sync activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on this computer and the clinic server&apos;s answer to each. A refused change has been taken back here; the reason says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the clinic&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: changes wait on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncIndicator</name>
    <message>
        <source>The server refused changes made here. Show why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed, trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending them to the clinic&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They go to the clinic&apos;s server when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s server needs your attention. Show why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncOutcomeModel</name>
    <message>
        <source>Patient registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::ThresholdDialog</name>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 low (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reading outside these bounds opens an alert for the care team. Leave a field empty for no bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter a number from %2 to %3, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the low bound must be below the high bound.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayAgenda</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s visits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests wait for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (%1 new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::TotpSetupDialog</name>
    <message>
        <source>Set up 2-step sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app on your phone (or type the key below into it).
2. Enter the 6-digit code the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move 2-step sign-in to another authenticator app, confirm it is you: enter your password and a code from the app you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To turn on 2-step sign-in, confirm it is you: enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your current app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ode from your current app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up 2-step sign-in needs the server, which cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code from the authenticator app you use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::UsersPage</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New staff account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the user list needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? %1 sees this when signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s registration was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset %1&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in with this password once and then chooses their own. All their sessions end now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s account was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now disabled and signed out everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VerificationPage</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors waiting for verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for verification. Doctors who register appear here until you approve or reject them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors who registered, longest waiting first. Check their licence and credentials with the issuing bodies; until you approve them they cannot sign in, be listed or be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials and certifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: verification needs it. The list is as it was when last online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified: they can sign in and publish their page in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s registration was rejected; they see your reason when they try to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VideoVisitButton</name>
    <message>
        <source>Join video visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the video visit: your doctor is calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start video visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the video visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VideoVisits</name>
    <message>
        <source>Video visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can start the call from 15 minutes before the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit&apos;s time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is on already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is calling you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s security key is not the one of your last call with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happens when they use a new computer, or when someone is trying to listen in. Before you talk about anything private, read the safety code to each other: it must be the same on both screens.

Safety code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call with %1 has ended. Complete the visit and write its summary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete and write summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video visit, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video visit, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VisitCallPanel</name>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat during the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient was in another call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1, still going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 to %2, under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Call from %1 to %2, %n minute(s)</source>
        <translation>
            <numerusform>Call from %1 to %2, %n minute</numerusform>
            <numerusform>Call from %1 to %2, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VisitSummaryDialog</name>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found and what you agreed with %1. They will read it in their appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VisitSummaryPanel</name>
    <message>
        <source>Visit summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary yet. Write what you found and agreed; the patient reads it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalChart</name>
    <message>
        <source>Low threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic low threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic high threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readings in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from %1 to %2; the table beside lists each.</source>
        <translation>
            <numerusform>%n reading from %1 to %2; the table beside lists it.</numerusform>
            <numerusform>%n readings from %1 to %2; the table beside lists each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalEntryDialog</name>
    <message>
        <source>Systolic (upper):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood glucose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic (lower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. after exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic (lower):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulse (bpm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time taken is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalFormat</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systolic %1, diastolic %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All readings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalReadingModel</name>
    <message>
        <source>, pulse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, BMI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalsPage</name>
    <message>
        <source>Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalsPanel</name>
    <message>
        <source>Vital sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vital sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ▲ high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ▼ low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds: none set by the doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading readings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitingRoomModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, for %2 at %3, waiting %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitingRoomPage</name>
    <message>
        <source>Waiting room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting. Patients checked in on the Schedule page appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest waiting: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 patient waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 patients waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitlistBox</name>
    <message>
        <source>Waiting lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the time on offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested. The doctor will confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitlistModel</name>
    <message>
        <source>a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waits for %2, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free now: %1 — book it before someone else does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: a visit with this doctor was requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic::ui::WeekCalendarModel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for this time: confirm it or propose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for %1; you offered this time instead, waiting for the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
