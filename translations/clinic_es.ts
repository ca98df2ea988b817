<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>GattDecoder</name>
    <message>
        <source>Heart Rate Measurement</source>
        <translation>Medición de frecuencia cardíaca</translation>
    </message>
    <message>
        <source>Blood Pressure Measurement</source>
        <translation>Medición de presión arterial</translation>
    </message>
    <message>
        <source>Intermediate Cuff Pressure</source>
        <translation>Presión intermedia del manguito</translation>
    </message>
    <message>
        <source>Temperature Measurement</source>
        <translation>Medición de temperatura</translation>
    </message>
    <message>
        <source>Glucose Measurement</source>
        <translation>Medición de glucosa</translation>
    </message>
    <message>
        <source>PLX Spot-Check Measurement</source>
        <translation>Medición puntual de pulsioximetría (PLX)</translation>
    </message>
    <message>
        <source>PLX Continuous Measurement</source>
        <translation>Medición continua de pulsioximetría (PLX)</translation>
    </message>
    <message>
        <source>Weight Measurement</source>
        <translation>Medición de peso</translation>
    </message>
</context>
<context>
    <name>MderFloat</name>
    <message>
        <source>An IEEE 11073 %1 is exactly %2 octets; got %3.</source>
        <translation>Un %1 de IEEE 11073 tiene exactamente %2 octetos; se recibieron %3.</translation>
    </message>
</context>
<context>
    <name>QLabel</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>ReplicaApplier</name>
    <message>
        <source>An earlier batch failed.</source>
        <translation>Falló un lote anterior.</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>%1 has RR-Interval octets of odd length (%2 octet(s) from octet %3); each interval is 2 octets.</source>
        <translation>%1 tiene octetos de intervalos RR de longitud impar (%2 octeto(s) desde el octeto %3); cada intervalo ocupa 2 octetos.</translation>
    </message>
    <message>
        <source>The medicines reference data is missing %1.</source>
        <translation>A los datos de referencia de medicamentos les falta %1.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>no es JSON válido (%1 en la posición %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>entry %1 (%2)</source>
        <translation>entrada %1 (%2)</translation>
    </message>
    <message>
        <source>The patient is recorded as allergic to %1.</source>
        <translation>Consta que el paciente es alérgico a %1.</translation>
    </message>
    <message>
        <source>Do not give it. Choose another medicine, or confirm the allergy with the patient first.</source>
        <translation>No lo administre. Elija otro medicamento o confirme antes la alergia con el paciente.</translation>
    </message>
    <message>
        <source>The patient is recorded as allergic to %1, and this medicine is in that class (%2).</source>
        <translation>Consta que el paciente es alérgico a %1, y este medicamento pertenece a esa clase (%2).</translation>
    </message>
    <message>
        <source>Do not give it. Choose a medicine of another class, or confirm the allergy with the patient first.</source>
        <translation>No lo administre. Elija un medicamento de otra clase o confirme antes la alergia con el paciente.</translation>
    </message>
</context>
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
    <name>clinic::AppointmentArgs</name>
    <message>
        <source>The appointment id is missing or malformed.</source>
        <translation>Falta el identificador de la cita o está mal formado.</translation>
    </message>
    <message>
        <source>This cannot be done to an appointment that is %1.</source>
        <translation>Esto no se puede hacer con una cita en estado «%1».</translation>
    </message>
    <message>
        <source>This slot is already taken.</source>
        <translation>Este hueco ya está ocupado.</translation>
    </message>
    <message>
        <source>The doctor does not offer this time (or it has passed).</source>
        <translation>El médico no ofrece esta hora (o ya ha pasado).</translation>
    </message>
    <message>
        <source>There is no such appointment.</source>
        <translation>No existe esa cita.</translation>
    </message>
    <message>
        <source>The patient or doctor is missing.</source>
        <translation>Falta el paciente o el médico.</translation>
    </message>
    <message>
        <source>This appointment was already requested.</source>
        <translation>Esta cita ya se había solicitado.</translation>
    </message>
    <message>
        <source>This doctor cannot be booked.</source>
        <translation>No se pueden reservar citas con este médico.</translation>
    </message>
    <message>
        <source>There is no such patient.</source>
        <translation>No existe ese paciente.</translation>
    </message>
    <message>
        <source>Visits can be cancelled or moved up to one hour before they start. Please call the clinic.</source>
        <translation>Las citas se pueden cancelar o cambiar hasta una hora antes de que empiecen. Por favor, llame a la clínica.</translation>
    </message>
    <message>
        <source>Visits can be cancelled or moved up to %1 hours before they start. Please call the clinic.</source>
        <translation>Las citas se pueden cancelar o cambiar hasta %1 horas antes de que empiecen. Por favor, llame a la clínica.</translation>
    </message>
    <message>
        <source>Visits can be requested up to a year ahead.</source>
        <translation>Las citas se pueden solicitar con un año de antelación como máximo.</translation>
    </message>
    <message>
        <source>This patient already has %1 visits to come; one of them must take place or be cancelled first.</source>
        <translation>Este paciente ya tiene %1 citas pendientes; antes debe celebrarse o cancelarse alguna.</translation>
    </message>
</context>
<context>
    <name>clinic::AppointmentRepository</name>
    <message>
        <source>The appointments cannot be read.</source>
        <translation>No se pueden leer las citas.</translation>
    </message>
    <message>
        <source>The rating could not be read.</source>
        <translation>No se pudo leer la valoración.</translation>
    </message>
    <message>
        <source>The visit summary could not be read.</source>
        <translation>No se pudo leer el resumen de la visita.</translation>
    </message>
    <message>
        <source>The visit&apos;s calls could not be read.</source>
        <translation>No se pudieron leer las llamadas de la consulta.</translation>
    </message>
    <message>
        <source>The visit&apos;s chat could not be read.</source>
        <translation>No se pudo leer el chat de la consulta.</translation>
    </message>
</context>
<context>
    <name>clinic::AtomicFile</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
</context>
<context>
    <name>clinic::AvailabilityArgs</name>
    <message>
        <source>The id is missing or malformed.</source>
        <translation>Falta el identificador o está mal formado.</translation>
    </message>
    <message>
        <source>The provider is missing or malformed.</source>
        <translation>Falta el profesional o está mal formado.</translation>
    </message>
    <message>
        <source>The hours are not valid: a day, a start before the end in HH:mm, a slot of 5 to 480 minutes that fits, a known time zone, and a location and modality are needed.</source>
        <translation>El horario no es válido: hacen falta un día, un inicio anterior al final en formato HH:mm, una duración de cita de 5 a 480 minutos que quepa, una zona horaria conocida, un centro y una modalidad.</translation>
    </message>
    <message>
        <source>The exception is not valid: time off or extra hours, with an end after its start, within a year; extra hours also need a location, a modality and a slot length.</source>
        <translation>La excepción no es válida: ausencia u horas adicionales, con el final después del inicio y dentro de un año; las horas adicionales necesitan además un centro, una modalidad y una duración de cita.</translation>
    </message>
    <message>
        <source>Only an active, verified doctor has hours to set.</source>
        <translation>Solo un médico activo y verificado puede tener horario.</translation>
    </message>
    <message>
        <source>These hours are gone.</source>
        <translation>Este horario ya no existe.</translation>
    </message>
    <message>
        <source>These hours belong to another provider.</source>
        <translation>Este horario pertenece a otro profesional.</translation>
    </message>
    <message>
        <source>Extra hours can last up to %1 days; add more for a longer time.</source>
        <translation>Las horas adicionales pueden durar hasta %1 días; añada más para un periodo más largo.</translation>
    </message>
    <message>
        <source>A provider can have up to %1 weekly hours; remove some first.</source>
        <translation>Un profesional puede tener hasta %1 horarios semanales; elimine alguno antes.</translation>
    </message>
    <message>
        <source>A provider can have up to %1 exceptions; remove some that have passed first.</source>
        <translation>Un profesional puede tener hasta %1 excepciones; elimine antes alguna que ya haya pasado.</translation>
    </message>
</context>
<context>
    <name>clinic::BluetoothHealthDevices</name>
    <message>
        <source>The device offers none of the health services Clinic reads.</source>
        <translation>El dispositivo no ofrece ninguno de los servicios de salud que lee Clinic.</translation>
    </message>
    <message>
        <source>The device cannot be reached (%1). Check that it is on and near this computer.</source>
        <translation>No se puede conectar con el dispositivo (%1). Compruebe que está encendido y cerca de este equipo.</translation>
    </message>
    <message>
        <source>The device refused a request (Bluetooth service error %1).</source>
        <translation>El dispositivo rechazó una solicitud (error del servicio Bluetooth %1).</translation>
    </message>
    <message>
        <source>Scanning stopped: %1</source>
        <translation>Búsqueda detenida: %1</translation>
    </message>
</context>
<context>
    <name>clinic::BodyReader</name>
    <message>
        <source>The message is not a well-formed protocol message.</source>
        <translation>El mensaje no es un mensaje de protocolo bien formado.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>«%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>«%1» debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>«%1» debe ser verdadero o falso.</translation>
    </message>
</context>
<context>
    <name>clinic::CallIdentity</name>
    <message>
        <source>This computer&apos;s key for video calls could not be read.</source>
        <translation>No se pudo leer la clave de este ordenador para las videollamadas.</translation>
    </message>
    <message>
        <source>This computer&apos;s key for video calls is damaged.</source>
        <translation>La clave de este ordenador para las videollamadas está dañada.</translation>
    </message>
    <message>
        <source>This computer&apos;s key for video calls could not be saved.</source>
        <translation>No se pudo guardar la clave de este ordenador para las videollamadas.</translation>
    </message>
    <message>
        <source>The keys of earlier calls could not be read.</source>
        <translation>No se pudieron leer las claves de llamadas anteriores.</translation>
    </message>
    <message>
        <source>The keys of earlier calls could not be saved.</source>
        <translation>No se pudieron guardar las claves de llamadas anteriores.</translation>
    </message>
</context>
<context>
    <name>clinic::CallKeys</name>
    <message>
        <source>The call&apos;s keys could not be set up: %1</source>
        <translation>No se pudieron preparar las claves de la llamada: %1</translation>
    </message>
    <message>
        <source>The participant&apos;s call key is not a valid key.</source>
        <translation>La clave de llamada del participante no es una clave válida.</translation>
    </message>
    <message>
        <source>a key or the call id has the wrong size.</source>
        <translation>una clave o el identificador de la llamada tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The call&apos;s key arrived damaged; the call cannot be joined.</source>
        <translation>La clave de la llamada llegó dañada; no es posible unirse a la llamada.</translation>
    </message>
    <message>
        <source>The call&apos;s key could not be opened: it was not sealed for this account by the caller, or it was altered.</source>
        <translation>No se pudo abrir la clave de la llamada: quien llama no la selló para esta cuenta, o fue alterada.</translation>
    </message>
    <message>
        <source>The call&apos;s key belongs to another call.</source>
        <translation>La clave de la llamada pertenece a otra llamada.</translation>
    </message>
    <message>
        <source>the call secret or the call id has the wrong size.</source>
        <translation>el secreto o el identificador de la llamada tiene un tamaño incorrecto.</translation>
    </message>
</context>
<context>
    <name>clinic::CareTeamArgs</name>
    <message>
        <source>The patient or staff id is missing or malformed.</source>
        <translation>Falta el identificador del paciente o del profesional, o está mal formado.</translation>
    </message>
    <message>
        <source>This patient is not registered.</source>
        <translation>Este paciente no está registrado.</translation>
    </message>
    <message>
        <source>Only an active doctor or nurse can join a care team.</source>
        <translation>Solo el personal médico o de enfermería en activo puede formar parte de un equipo asistencial.</translation>
    </message>
</context>
<context>
    <name>clinic::CareTeamRepository</name>
    <message>
        <source>The care teams cannot be read.</source>
        <translation>No se pueden leer los equipos asistenciales.</translation>
    </message>
</context>
<context>
    <name>clinic::ChatArgs</name>
    <message>
        <source>The message has no id.</source>
        <translation>El mensaje no tiene identificador.</translation>
    </message>
    <message>
        <source>The call is missing.</source>
        <translation>Falta la llamada.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>El mensaje está vacío.</translation>
    </message>
    <message>
        <source>A chat message is at most %1 characters.</source>
        <translation>Un mensaje de chat tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Only a video visit has a call chat.</source>
        <translation>Solo una videoconsulta tiene chat de llamada.</translation>
    </message>
    <message>
        <source>Only a confirmed, checked-in or completed visit has a call chat.</source>
        <translation>Solo una consulta confirmada, con llegada registrada o completada tiene chat de llamada.</translation>
    </message>
    <message>
        <source>The message&apos;s time is in the future.</source>
        <translation>La hora del mensaje está en el futuro.</translation>
    </message>
    <message>
        <source>This message is someone else&apos;s.</source>
        <translation>Este mensaje es de otra persona.</translation>
    </message>
    <message>
        <source>A chat message is kept as it was sent.</source>
        <translation>Un mensaje de chat se guarda tal como se envió.</translation>
    </message>
    <message>
        <source>This visit&apos;s chat holds the most messages one person may keep with it (%1).</source>
        <translation>El chat de esta consulta ya tiene el máximo de mensajes que una persona puede guardar en ella (%1).</translation>
    </message>
</context>
<context>
    <name>clinic::ChunkManifest</name>
    <message>
        <source>The document&apos;s transfer description is not valid.</source>
        <translation>La descripción de transferencia del documento no es válida.</translation>
    </message>
    <message>
        <source>The document has no transfer chunk with that number.</source>
        <translation>El documento no tiene ningún fragmento de transferencia con ese número.</translation>
    </message>
    <message>
        <source>A part of the document arrived damaged.</source>
        <translation>Una parte del documento llegó dañada.</translation>
    </message>
</context>
<context>
    <name>clinic::ClinicArgs</name>
    <message>
        <source>A location needs a name of up to 120 characters.</source>
        <translation>Un centro necesita un nombre de hasta 120 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>«%1» no es una zona horaria.</translation>
    </message>
    <message>
        <source>The location id is malformed.</source>
        <translation>El identificador del centro está mal formado.</translation>
    </message>
    <message>
        <source>The location id is missing.</source>
        <translation>Falta el identificador del centro.</translation>
    </message>
    <message>
        <source>There is no such location.</source>
        <translation>No existe ese centro.</translation>
    </message>
    <message>
        <source>The cancellation window is 0 to %1 hours.</source>
        <translation>El plazo de cancelación es de 0 a %1 horas.</translation>
    </message>
</context>
<context>
    <name>clinic::ClinicLocations</name>
    <message>
        <source>The clinic&apos;s locations could not be read.</source>
        <translation>No se pudieron leer los centros de la clínica.</translation>
    </message>
    <message>
        <source>The clinic&apos;s settings could not be read.</source>
        <translation>No se pudo leer la configuración de la clínica.</translation>
    </message>
</context>
<context>
    <name>clinic::DeviceManager</name>
    <message>
        <source>%1 sent a measurement that was not recorded: %2</source>
        <translation>%1 envió una medición que no se registró: %2</translation>
    </message>
    <message>
        <source>A reading from %1 could not be recorded: %2</source>
        <translation>No se pudo registrar una lectura de %1: %2</translation>
    </message>
</context>
<context>
    <name>clinic::DeviceReadings</name>
    <message>
        <source>The device sent no value for %1 (%2): the measurement did not succeed. Measure again.</source>
        <translation>El dispositivo no envió ningún valor de %1 (%2): la medición no se completó. Vuelva a medir.</translation>
    </message>
    <message>
        <source>The pulse oximeter marked its measurement as unavailable or invalid. Measure again.</source>
        <translation>El pulsioxímetro marcó su medición como no disponible o no válida. Vuelva a medir.</translation>
    </message>
    <message>
        <source>The device sent a reading that cannot be right (%1). It was not recorded; measure again.</source>
        <translation>El dispositivo envió una lectura que no puede ser correcta (%1). No se ha registrado; vuelva a medir.</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>sistólica</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastólica</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>glucosa</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>The scale says the weighing did not succeed. Step on it again.</source>
        <translation>La báscula indica que el pesaje no se completó. Vuelva a subirse a ella.</translation>
    </message>
    <message>
        <source>%1/%2 mmHg</source>
        <translation>%1/%2 mmHg</translation>
    </message>
    <message>
        <source>, pulse %1</source>
        <translation>, pulso %1</translation>
    </message>
    <message>
        <source>%1 bpm</source>
        <translation>%1 bpm</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>%1 mmol/L</source>
        <translation>%1 mmol/L</translation>
    </message>
    <message>
        <source>SpO2 %1 %</source>
        <translation>SpO2 %1 %</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
<context>
    <name>clinic::DocumentCipher</name>
    <message>
        <source>The document could not be read or written.</source>
        <translation>No se pudo leer ni escribir el documento.</translation>
    </message>
    <message>
        <source>The document could not be encrypted.</source>
        <translation>No se pudo cifrar el documento.</translation>
    </message>
</context>
<context>
    <name>clinic::DocumentDecryptor</name>
    <message>
        <source>This is not a Clinic document.</source>
        <translation>Esto no es un documento de Clinic.</translation>
    </message>
    <message>
        <source>This document was stored by a newer version of Clinic. Update Clinic to open it.</source>
        <translation>Este documento lo guardó una versión más reciente de Clinic. Actualice Clinic para abrirlo.</translation>
    </message>
    <message>
        <source>This document cannot be opened with the key it was given.</source>
        <translation>Este documento no se puede abrir con la clave recibida.</translation>
    </message>
    <message>
        <source>The document is damaged or incomplete; it cannot be shown.</source>
        <translation>El documento está dañado o incompleto; no se puede mostrar.</translation>
    </message>
    <message>
        <source>The document is too large.</source>
        <translation>El documento es demasiado grande.</translation>
    </message>
    <message>
        <source>The document could not be read or written.</source>
        <translation>No se pudo leer ni escribir el documento.</translation>
    </message>
</context>
<context>
    <name>clinic::DocumentEncryptor</name>
    <message>
        <source>The document could not be encrypted.</source>
        <translation>No se pudo cifrar el documento.</translation>
    </message>
    <message>
        <source>The document changed while it was being encrypted.</source>
        <translation>El documento cambió mientras se cifraba.</translation>
    </message>
</context>
<context>
    <name>clinic::DocumentLimits</name>
    <message>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is %1; the limit is %2.</source>
        <translation>El archivo ocupa %1; el límite es %2.</translation>
    </message>
    <message>
        <source>The file is %1, but this patient&apos;s documents already take %2 of the %3 allowed. Remove documents that are no longer needed first.</source>
        <translation>El archivo ocupa %1, pero los documentos de este paciente ya ocupan %2 de los %3 permitidos. Elimine primero los documentos que ya no se necesiten.</translation>
    </message>
</context>
<context>
    <name>clinic::DocumentType</name>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>an executable</source>
        <translation>un ejecutable</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>un script</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <source>an old Microsoft Office document</source>
        <translation>un documento antiguo de Microsoft Office</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>una imagen BMP</translation>
    </message>
    <message>
        <source>a Word (RTF) document</source>
        <translation>un documento de Word (RTF)</translation>
    </message>
    <message>
        <source>an encrypted Clinic document</source>
        <translation>un documento cifrado de Clinic</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>una foto HEIC</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <source>a damaged or incomplete PNG image</source>
        <translation>una imagen PNG dañada o incompleta</translation>
    </message>
    <message>
        <source>an incomplete or damaged JPEG image</source>
        <translation>una imagen JPEG incompleta o dañada</translation>
    </message>
    <message>
        <source>an incomplete PDF (its end is missing)</source>
        <translation>un PDF incompleto (le falta el final)</translation>
    </message>
    <message>
        <source>a web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>an SVG drawing</source>
        <translation>un dibujo SVG</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>Only PDF documents and JPEG or PNG images can be added.</source>
        <translation>Solo se pueden añadir documentos PDF e imágenes JPEG o PNG.</translation>
    </message>
    <message>
        <source>This file is not a document Clinic recognises.</source>
        <translation>Este archivo no es un documento que Clinic reconozca.</translation>
    </message>
    <message>
        <source>This file looks like %1.</source>
        <translation>Este archivo parece %1.</translation>
    </message>
    <message>
        <source>The file could not be examined.</source>
        <translation>No se pudo examinar el archivo.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>No se pudo leer el archivo.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
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
    <name>clinic::EntryReader</name>
    <message>
        <source>The medicines reference data is damaged: %1: %2</source>
        <translation>Los datos de referencia de medicamentos están dañados: %1: %2</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation>«%1» está vacío</translation>
    </message>
    <message>
        <source>“%1” must be a list of text</source>
        <translation>«%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <source>“%1” must be a list of non-empty text</source>
        <translation>«%1» debe ser una lista de textos no vacíos</translation>
    </message>
    <message>
        <source>severity “%1” is not contraindicated, major, moderate or minor</source>
        <translation>la gravedad «%1» no es contraindicado, grave, moderada ni leve</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation>«%1» debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>clinic::GlucoseRecordAccess</name>
    <message>
        <source>The glucose meter did not send its stored readings (response %1).</source>
        <translation>El glucómetro no envió sus lecturas guardadas (respuesta %1).</translation>
    </message>
</context>
<context>
    <name>clinic::HealthDeviceKinds</name>
    <message>
        <source>Blood pressure monitor</source>
        <translation>Tensiómetro</translation>
    </message>
    <message>
        <source>Heart rate monitor</source>
        <translation>Pulsómetro</translation>
    </message>
    <message>
        <source>Thermometer</source>
        <translation>Termómetro</translation>
    </message>
    <message>
        <source>Glucose meter</source>
        <translation>Glucómetro</translation>
    </message>
    <message>
        <source>Pulse oximeter</source>
        <translation>Pulsioxímetro</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Báscula</translation>
    </message>
    <message>
        <source>Health device</source>
        <translation>Dispositivo de salud</translation>
    </message>
</context>
<context>
    <name>clinic::HealthDeviceSource</name>
    <message>
        <source>This computer has no Bluetooth adapter, or its Bluetooth service is not running. Plug in a Bluetooth adapter (or start the Bluetooth service), then open this page again. You can still enter your readings by hand.</source>
        <translation>Este equipo no tiene adaptador Bluetooth o su servicio Bluetooth no está en marcha. Conecte un adaptador Bluetooth (o inicie el servicio Bluetooth) y vuelva a abrir esta página. Puede seguir introduciendo sus lecturas a mano.</translation>
    </message>
    <message>
        <source>Bluetooth is switched off. Switch it on in the system settings, then open this page again.</source>
        <translation>El Bluetooth está desactivado. Actívelo en la configuración del sistema y vuelva a abrir esta página.</translation>
    </message>
    <message>
        <source>Clinic is not allowed to use Bluetooth. Allow it in the system&apos;s privacy settings, then open this page again.</source>
        <translation>Clinic no tiene permiso para usar el Bluetooth. Permítalo en la configuración de privacidad del sistema y vuelva a abrir esta página.</translation>
    </message>
    <message>
        <source>Bluetooth Low Energy cannot be used on this computer. You can still enter your readings by hand.</source>
        <translation>No se puede usar Bluetooth de baja energía en este equipo. Puede seguir introduciendo sus lecturas a mano.</translation>
    </message>
</context>
<context>
    <name>clinic::Hkdf</name>
    <message>
        <source>A key could not be derived.</source>
        <translation>No se pudo derivar una clave.</translation>
    </message>
</context>
<context>
    <name>clinic::InventoryRepository</name>
    <message>
        <source>The pharmacy&apos;s queue could not be read.</source>
        <translation>No se pudo leer la cola de la farmacia.</translation>
    </message>
    <message>
        <source>The fill could not be read.</source>
        <translation>No se pudo leer la dispensación.</translation>
    </message>
    <message>
        <source>This fill is not on this computer.</source>
        <translation>Esta dispensación no está en este equipo.</translation>
    </message>
    <message>
        <source>The stock could not be read.</source>
        <translation>No se pudieron leer las existencias.</translation>
    </message>
    <message>
        <source>The lots could not be read.</source>
        <translation>No se pudieron leer los lotes.</translation>
    </message>
    <message>
        <source>The lot&apos;s adjustments could not be read.</source>
        <translation>No se pudieron leer los ajustes del lote.</translation>
    </message>
    <message>
        <source>The pharmacy could not be read.</source>
        <translation>No se pudo leer la farmacia.</translation>
    </message>
</context>
<context>
    <name>clinic::ItemArgs</name>
    <message>
        <source>The item id is missing or malformed.</source>
        <translation>Falta el identificador del elemento o está mal formado.</translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation>Falta el paciente.</translation>
    </message>
    <message>
        <source>“%1” is needed.</source>
        <translation>«%1» es obligatorio.</translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation>«%1» es demasiado largo.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>«%1» debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>“%1” must be a date like 2027-12-31.</source>
        <translation>«%1» debe ser una fecha con un formato como 2027-12-31.</translation>
    </message>
    <message>
        <source>This item belongs to another patient&apos;s record.</source>
        <translation>Este elemento pertenece a la ficha de otro paciente.</translation>
    </message>
    <message>
        <source>This item is no longer there.</source>
        <translation>Este elemento ya no existe.</translation>
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
    <name>clinic::KnownServers</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; no server is trusted until you confirm it again.</source>
        <translation>%1 está dañado; no se confiará en ningún servidor hasta que vuelva a confirmarlo.</translation>
    </message>
    <message>
        <source>A certificate fingerprint is 64 hexadecimal digits.</source>
        <translation>La huella digital del certificado consta de 64 dígitos hexadecimales.</translation>
    </message>
</context>
<context>
    <name>clinic::LocalAccount</name>
    <message>
        <source>This computer&apos;s record of your account cannot be read.</source>
        <translation>No se pueden leer los datos de su cuenta guardados en este equipo.</translation>
    </message>
</context>
<context>
    <name>clinic::LocalReplica</name>
    <message>
        <source>The local sync data could not be saved.</source>
        <translation>No se pudieron guardar los datos de sincronización locales.</translation>
    </message>
    <message>
        <source>The change is too large.</source>
        <translation>El cambio es demasiado grande.</translation>
    </message>
    <message>
        <source>The server sent a bucket without a name.</source>
        <translation>El servidor ha enviado un grupo de datos sin nombre.</translation>
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
    <name>clinic::MutationArgs</name>
    <message>
        <source>The location is not a place on Earth.</source>
        <translation>La ubicación no es un lugar de la Tierra.</translation>
    </message>
    <message>
        <source>The time “%1” is missing, or not between the years 2000 and 2200.</source>
        <translation>Falta la hora «%1» o no está entre los años 2000 y 2200.</translation>
    </message>
</context>
<context>
    <name>clinic::MutationContext</name>
    <message>
        <source>Unknown table.</source>
        <translation>Tabla desconocida.</translation>
    </message>
    <message>
        <source>Only the server records this.</source>
        <translation>Solo el servidor registra esto.</translation>
    </message>
</context>
<context>
    <name>clinic::Mutations</name>
    <message>
        <source>This version of Clinic does not know the change “%1”.</source>
        <translation>Esta versión de Clinic no reconoce el cambio «%1».</translation>
    </message>
    <message>
        <source>Your role does not allow this change.</source>
        <translation>Su rol no permite este cambio.</translation>
    </message>
</context>
<context>
    <name>clinic::NoteArgs</name>
    <message>
        <source>The note&apos;s ids are missing or malformed.</source>
        <translation>Faltan los identificadores de la nota o están mal formados.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>This note was already added.</source>
        <translation>Esta nota ya se había añadido.</translation>
    </message>
</context>
<context>
    <name>clinic::NoteRepository</name>
    <message>
        <source>The notes cannot be read.</source>
        <translation>No se pueden leer las notas.</translation>
    </message>
</context>
<context>
    <name>clinic::NotificationFeed</name>
    <message>
        <source>Notifications cannot be saved.</source>
        <translation>No se pueden guardar las notificaciones.</translation>
    </message>
    <message>
        <source>Notifications cannot be read.</source>
        <translation>No se pueden leer las notificaciones.</translation>
    </message>
    <message>
        <source>The doctor</source>
        <translation>El médico</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Un paciente</translation>
    </message>
    <message>
        <source>A visit with %1 was booked for you: %2.</source>
        <translation>Se le ha reservado una cita con %1: %2.</translation>
    </message>
    <message>
        <source>%1 asks for a visit: %2.</source>
        <translation>%1 solicita una cita: %2.</translation>
    </message>
    <message>
        <source>Confirmed: the visit with %1 on %2.</source>
        <translation>Confirmada: la cita con %1 el %2.</translation>
    </message>
    <message>
        <source>%1 proposes another time: %2.</source>
        <translation>%1 propone otra hora: %2.</translation>
    </message>
    <message>
        <source>Cancelled: the visit with %1 on %2.</source>
        <translation>Cancelada: la cita con %1 el %2.</translation>
    </message>
    <message>
        <source>%1 declined the other time.</source>
        <translation>%1 ha rechazado la otra hora.</translation>
    </message>
    <message>
        <source>Moved: the visit with %1 is now on %2.</source>
        <translation>Cambiada: la cita con %1 es ahora el %2.</translation>
    </message>
    <message>
        <source>Reminder: your visit with %1 is on %2.</source>
        <translation>Recordatorio: su cita con %1 es el %2.</translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation>su médico</translation>
    </message>
    <message>
        <source>An earlier time with %1 is free: %2. Book it before someone else does.</source>
        <translation>Ha quedado libre una hora antes con %1: %2. Resérvela antes de que la ocupe otra persona.</translation>
    </message>
    <message>
        <source>%1: %2 below its threshold (%3).</source>
        <translation>%1: %2 por debajo de su umbral (%3).</translation>
    </message>
    <message>
        <source>%1: %2 above its threshold (%3).</source>
        <translation>%1: %2 por encima de su umbral (%3).</translation>
    </message>
    <message>
        <source>Your refill of %1 was sent to the pharmacy.</source>
        <translation>Su solicitud de renovación de %1 se ha enviado a la farmacia.</translation>
    </message>
    <message>
        <source>Your prescription for %1 was sent to the pharmacy.</source>
        <translation>Su receta de %1 se ha enviado a la farmacia.</translation>
    </message>
    <message>
        <source>%1: the pharmacy is preparing it.</source>
        <translation>%1: la farmacia la está preparando.</translation>
    </message>
    <message>
        <source>%1 is ready for pick-up.</source>
        <translation>Ya puede recoger %1.</translation>
    </message>
    <message>
        <source>%1 is ready for pick-up at %2.</source>
        <translation>Ya puede recoger %1 en %2.</translation>
    </message>
    <message>
        <source>%1 was handed out by the pharmacy.</source>
        <translation>La farmacia ha dispensado %1.</translation>
    </message>
    <message>
        <source>The pharmacy cannot fill %1: %2</source>
        <translation>La farmacia no puede dispensar %1: %2</translation>
    </message>
    <message>
        <source>%1: the pharmacy asked your doctor a question.</source>
        <translation>%1: la farmacia ha hecho una consulta a su médico.</translation>
    </message>
    <message>
        <source>%1 asks about %2 for %3: %4</source>
        <translation>%1 pregunta sobre %2 para %3: %4</translation>
    </message>
    <message>
        <source>A pharmacy</source>
        <translation>Una farmacia</translation>
    </message>
    <message>
        <source>%1 asks for a refill of %2.</source>
        <translation>%1 solicita una renovación de %2.</translation>
    </message>
</context>
<context>
    <name>clinic::OctetReader</name>
    <message>
        <source>%1 is truncated: %2 (%3 octets) should start at octet %4, but the payload has only %5 octets.</source>
        <translation>%1 está truncado: %2 (%3 octetos) debería empezar en el octeto %4, pero los datos solo tienen %5 octetos.</translation>
    </message>
    <message>
        <source>%1 has an impossible %2: %3 %4 (octet %5).</source>
        <translation>%1 tiene un valor imposible de %2: %3 %4 (octeto %5).</translation>
    </message>
    <message>
        <source>%1 has %2 unexpected octet(s) after its last field (octet %3 on); the flags promise nothing there.</source>
        <translation>%1 tiene %2 octeto(s) inesperado(s) después de su último campo (desde el octeto %3); los indicadores no anuncian nada ahí.</translation>
    </message>
</context>
<context>
    <name>clinic::PairedDevices</name>
    <message>
        <source>Your devices cannot be read.</source>
        <translation>No se pueden leer sus dispositivos.</translation>
    </message>
    <message>
        <source>This is not a Bluetooth device address.</source>
        <translation>Esta no es una dirección de dispositivo Bluetooth.</translation>
    </message>
    <message>
        <source>The device&apos;s name is too long.</source>
        <translation>El nombre del dispositivo es demasiado largo.</translation>
    </message>
    <message>
        <source>The device reported a battery level that cannot be right.</source>
        <translation>El dispositivo indicó un nivel de batería que no puede ser correcto.</translation>
    </message>
    <message>
        <source>Your devices cannot be saved.</source>
        <translation>No se pueden guardar sus dispositivos.</translation>
    </message>
</context>
<context>
    <name>clinic::PasswordInput</name>
    <message>
        <source>The password could not be read.</source>
        <translation>No se pudo leer la contraseña.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No se ha indicado ninguna contraseña.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>La contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
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
    <name>clinic::PasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>This password is too close to your name or user name. Try a few unrelated words.</source>
        <translation>Esta contraseña se parece demasiado a su nombre o a su nombre de usuario. Pruebe con varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This password is too common or easy to guess. Try a few unrelated words.</source>
        <translation>Esta contraseña es demasiado común o fácil de adivinar. Pruebe con varias palabras sin relación entre sí.</translation>
    </message>
</context>
<context>
    <name>clinic::PatientMedications</name>
    <message>
        <source>The patient&apos;s medicines cannot be read.</source>
        <translation>No se pueden leer los medicamentos del paciente.</translation>
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
        <source>The patient register could not be saved or read.</source>
        <translation>No se pudo guardar ni leer el registro de pacientes.</translation>
    </message>
    <message>
        <source>The patient record could not be saved.</source>
        <translation>No se pudo guardar la ficha del paciente.</translation>
    </message>
</context>
<context>
    <name>clinic::PharmacyArgs</name>
    <message>
        <source>There is no such pharmacy.</source>
        <translation>No existe esa farmacia.</translation>
    </message>
    <message>
        <source>The pharmacy has no id.</source>
        <translation>La farmacia no tiene identificador.</translation>
    </message>
    <message>
        <source>The pharmacy&apos;s name</source>
        <translation>El nombre de la farmacia</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <source>The postal code</source>
        <translation>El código postal</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>The opening hours</source>
        <translation>El horario de apertura</translation>
    </message>
    <message>
        <source>“active” is true or false.</source>
        <translation>«active» debe ser true o false.</translation>
    </message>
    <message>
        <source>The network holds the most pharmacies it may (%1).</source>
        <translation>La red ya tiene el máximo de farmacias permitido (%1).</translation>
    </message>
    <message>
        <source>The pharmacist is missing.</source>
        <translation>Falta el farmacéutico.</translation>
    </message>
    <message>
        <source>Say which pharmacy, or none to take the pharmacist off.</source>
        <translation>Indique qué farmacia, o ninguna para retirar al farmacéutico.</translation>
    </message>
    <message>
        <source>Only a pharmacist&apos;s account can work at a pharmacy.</source>
        <translation>Solo una cuenta de farmacéutico puede trabajar en una farmacia.</translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation>Falta el paciente.</translation>
    </message>
    <message>
        <source>Say which pharmacy.</source>
        <translation>Indique qué farmacia.</translation>
    </message>
    <message>
        <source>This pharmacy takes no new prescriptions; choose another.</source>
        <translation>Esta farmacia no acepta recetas nuevas; elija otra.</translation>
    </message>
    <message>
        <source>The signing key is not a valid key.</source>
        <translation>La clave de firma no es una clave válida.</translation>
    </message>
    <message>
        <source>Only a doctor the administrator has verified can register a signing key.</source>
        <translation>Solo un médico verificado por el administrador puede registrar una clave de firma.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 no se ha indicado.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>clinic::PrescriberKeys</name>
    <message>
        <source>Your prescribing key cannot be read or kept.</source>
        <translation>No se puede leer ni guardar su clave de prescripción.</translation>
    </message>
    <message>
        <source>Your prescribing key in this store is damaged; make a new one.</source>
        <translation>Su clave de prescripción en este almacén está dañada; cree una nueva.</translation>
    </message>
    <message>
        <source>You have no prescribing key on this computer yet.</source>
        <translation>Todavía no tiene ninguna clave de prescripción en este equipo.</translation>
    </message>
    <message>
        <source>The prescription could not be signed.</source>
        <translation>No se pudo firmar la receta.</translation>
    </message>
</context>
<context>
    <name>clinic::PrescriptionRepository</name>
    <message>
        <source>The prescriptions cannot be read.</source>
        <translation>No se pueden leer las recetas.</translation>
    </message>
</context>
<context>
    <name>clinic::PrescriptionSignature</name>
    <message>
        <source>the prescriber</source>
        <translation>el prescriptor</translation>
    </message>
    <message>
        <source>Dr %1</source>
        <translation>Dr. %1</translation>
    </message>
    <message>
        <source>This prescription is not signed.</source>
        <translation>Esta receta no está firmada.</translation>
    </message>
    <message>
        <source>The prescriber has no registered key here: the signature cannot be checked.</source>
        <translation>El prescriptor no tiene ninguna clave registrada aquí: no se puede comprobar la firma.</translation>
    </message>
    <message>
        <source>This prescription is signed with a key %1 no longer holds.</source>
        <translation>Esta receta está firmada con una clave que %1 ya no tiene.</translation>
    </message>
    <message>
        <source>The key registered for %1 is damaged: the signature cannot be checked.</source>
        <translation>La clave registrada para %1 está dañada: no se puede comprobar la firma.</translation>
    </message>
    <message>
        <source>This prescription was altered since it was signed, or %1 did not sign it.</source>
        <translation>Esta receta se ha modificado después de firmarse, o no la firmó %1.</translation>
    </message>
</context>
<context>
    <name>clinic::ProfileArgs</name>
    <message>
        <source>The patient id is missing or malformed.</source>
        <translation>Falta el identificador del paciente o está mal formado.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation>«%1» es demasiado largo.</translation>
    </message>
    <message>
        <source>The patient needs a given and a family name.</source>
        <translation>El paciente debe tener nombre y apellidos.</translation>
    </message>
    <message>
        <source>The birth date must be a date like 1984-03-21.</source>
        <translation>La fecha de nacimiento debe tener un formato como 1984-03-21.</translation>
    </message>
    <message>
        <source>The email address needs an “@”.</source>
        <translation>La dirección de correo electrónico debe contener una «@».</translation>
    </message>
    <message>
        <source>This patient is already registered.</source>
        <translation>Este paciente ya está registrado.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>This patient is not registered.</source>
        <translation>Este paciente no está registrado.</translation>
    </message>
    <message>
        <source>Up to 10 preferred doctors.</source>
        <translation>Como máximo 10 médicos preferidos.</translation>
    </message>
    <message>
        <source>A preferred doctor is not a valid id.</source>
        <translation>Un médico preferido no tiene un identificador válido.</translation>
    </message>
</context>
<context>
    <name>clinic::ProviderArgs</name>
    <message>
        <source>The name must have 1 to 100 characters.</source>
        <translation>El nombre debe tener entre 1 y 100 caracteres.</translation>
    </message>
    <message>
        <source>Visits are in person or by video.</source>
        <translation>Las consultas son presenciales o por vídeo.</translation>
    </message>
    <message>
        <source>The provider is missing.</source>
        <translation>Falta el profesional.</translation>
    </message>
    <message>
        <source>Only a verified doctor is listed in the directory.</source>
        <translation>Solo los médicos verificados aparecen en el directorio.</translation>
    </message>
    <message>
        <source>Years of experience are 0 to 70.</source>
        <translation>Los años de experiencia van de 0 a 70.</translation>
    </message>
    <message>
        <source>The fee is not a price.</source>
        <translation>La tarifa no es un precio.</translation>
    </message>
    <message>
        <source>The fee needs a currency such as EUR.</source>
        <translation>La tarifa necesita una moneda, como EUR.</translation>
    </message>
    <message>
        <source>Up to 10 clinic locations.</source>
        <translation>Como máximo 10 centros de la clínica.</translation>
    </message>
    <message>
        <source>There is no such clinic location.</source>
        <translation>No existe ese centro de la clínica.</translation>
    </message>
    <message>
        <source>This doctor is not listed in the directory.</source>
        <translation>Este médico no aparece en el directorio.</translation>
    </message>
</context>
<context>
    <name>clinic::ProviderDirectory</name>
    <message>
        <source>The directory could not be searched.</source>
        <translation>No se pudo buscar en el directorio.</translation>
    </message>
    <message>
        <source>The directory could not be read.</source>
        <translation>No se pudo leer el directorio.</translation>
    </message>
    <message>
        <source>This doctor is not in the directory.</source>
        <translation>Este médico no está en el directorio.</translation>
    </message>
</context>
<context>
    <name>clinic::QrCode</name>
    <message>
        <source>There is nothing to put in a QR code.</source>
        <translation>No hay nada que incluir en un código QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>El texto es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <source>The QR code could not be created.</source>
        <translation>No se pudo crear el código QR.</translation>
    </message>
</context>
<context>
    <name>clinic::RatingArgs</name>
    <message>
        <source>The visit is missing.</source>
        <translation>Falta la cita.</translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation>No existe esa cita.</translation>
    </message>
    <message>
        <source>Only a completed visit can be rated.</source>
        <translation>Solo se puede valorar una cita realizada.</translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars.</source>
        <translation>Una valoración es de 1 a 5 estrellas.</translation>
    </message>
</context>
<context>
    <name>clinic::ReferenceData</name>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>the id must be lower-case letters, digits and underscores</source>
        <translation>el identificador debe contener solo letras minúsculas, dígitos y guiones bajos</translation>
    </message>
    <message>
        <source>kind “%1” is not pharmacological or mechanism</source>
        <translation>el tipo «%1» no es pharmacological ni mechanism</translation>
    </message>
    <message>
        <source>duplicate class id “%1”</source>
        <translation>identificador de clase duplicado «%1»</translation>
    </message>
    <message>
        <source>The medicines reference data has no drugs directory.</source>
        <translation>Los datos de referencia de medicamentos no tienen directorio de fármacos.</translation>
    </message>
    <message>
        <source>a form must be an object</source>
        <translation>una forma debe ser un objeto</translation>
    </message>
    <message>
        <source>no generic name</source>
        <translation>no tiene nombre genérico</translation>
    </message>
    <message>
        <source>ATC code “%1” is not a letter, two digits, two letters and two digits</source>
        <translation>el código ATC «%1» no tiene el formato de una letra, dos dígitos, dos letras y dos dígitos</translation>
    </message>
    <message>
        <source>duplicate drug id “%1”</source>
        <translation>identificador de fármaco duplicado «%1»</translation>
    </message>
    <message>
        <source>unknown class “%1”</source>
        <translation>clase desconocida «%1»</translation>
    </message>
    <message>
        <source>duplicate name “%1” (also drug “%2”)</source>
        <translation>nombre duplicado «%1» (también en el fármaco «%2»)</translation>
    </message>
    <message>
        <source>a drug cannot be its own component</source>
        <translation>un fármaco no puede ser componente de sí mismo</translation>
    </message>
    <message>
        <source>unknown drug id “%1” in components</source>
        <translation>identificador de fármaco desconocido «%1» en components</translation>
    </message>
    <message>
        <source>component “%1” is itself a combination</source>
        <translation>el componente «%1» es a su vez una combinación</translation>
    </message>
    <message>
        <source>a cross-sensitivity must be an object</source>
        <translation>una sensibilidad cruzada debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown class “%1” in cross_sensitivity</source>
        <translation>clase desconocida «%1» en cross_sensitivity</translation>
    </message>
    <message>
        <source>duplicate allergy class id “%1”</source>
        <translation>identificador de clase de alergia duplicado «%1»</translation>
    </message>
    <message>
        <source>unknown drug id “%1”</source>
        <translation>identificador de fármaco desconocido «%1»</translation>
    </message>
    <message>
        <source>the pair is written twice (also entry %1)</source>
        <translation>el par aparece dos veces (también en la entrada %1)</translation>
    </message>
</context>
<context>
    <name>clinic::ReferenceRepository</name>
    <message>
        <source>The medicines reference cannot be read from this computer&apos;s store.</source>
        <translation>No se puede leer la referencia de medicamentos del almacén de este ordenador.</translation>
    </message>
    <message>
        <source>The medicines reference could not be loaded into this computer&apos;s store; the previous one is kept.</source>
        <translation>No se pudo cargar la referencia de medicamentos en el almacén de este ordenador; se conserva la anterior.</translation>
    </message>
    <message>
        <source>The medicines reference data is missing.</source>
        <translation>Faltan los datos de referencia de medicamentos.</translation>
    </message>
    <message>
        <source>The medicines reference data is missing %1.</source>
        <translation>A los datos de referencia de medicamentos les falta %1.</translation>
    </message>
</context>
<context>
    <name>clinic::ReminderArgs</name>
    <message>
        <source>The reminder&apos;s id is missing or malformed.</source>
        <translation>Falta el identificador del recordatorio o está mal formado.</translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation>Falta el paciente.</translation>
    </message>
    <message>
        <source>“%1” must be a date like 2027-03-28.</source>
        <translation>«%1» debe ser una fecha como 2027-03-28.</translation>
    </message>
    <message>
        <source>This schedule belongs to another patient&apos;s record.</source>
        <translation>Esta pauta pertenece a la ficha de otro paciente.</translation>
    </message>
    <message>
        <source>Choose one of the current medications.</source>
        <translation>Elija uno de los medicamentos actuales.</translation>
    </message>
    <message>
        <source>That medication is no longer in the record.</source>
        <translation>Ese medicamento ya no está en la ficha.</translation>
    </message>
    <message>
        <source>That medication is in another patient&apos;s record.</source>
        <translation>Ese medicamento está en la ficha de otro paciente.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>“active” must be true or false.</source>
        <translation>«active» debe ser true o false.</translation>
    </message>
    <message>
        <source>This record has as many medication schedules as it can keep (%1): remove one first.</source>
        <translation>Esta ficha ya tiene el máximo de pautas de medicación que puede guardar (%1): quite una primero.</translation>
    </message>
    <message>
        <source>This schedule is no longer there.</source>
        <translation>Esta pauta ya no existe.</translation>
    </message>
    <message>
        <source>This medication schedule is no longer there.</source>
        <translation>Esta pauta de medicación ya no existe.</translation>
    </message>
    <message>
        <source>A dose is either taken or skipped.</source>
        <translation>Una dosis solo puede marcarse como tomada u omitida.</translation>
    </message>
    <message>
        <source>The dose&apos;s time must be a local date and time like 2027-03-28T08:00.</source>
        <translation>La hora de la dosis debe ser una fecha y hora locales como 2027-03-28T08:00.</translation>
    </message>
    <message>
        <source>No dose is scheduled at %1 on this schedule.</source>
        <translation>Esta pauta no tiene ninguna dosis programada a las %1.</translation>
    </message>
    <message>
        <source>This schedule starts on %1, after that dose.</source>
        <translation>Esta pauta empieza el %1, después de esa dosis.</translation>
    </message>
    <message>
        <source>A dose more than a day ahead cannot be recorded yet.</source>
        <translation>Todavía no se puede registrar una dosis prevista para dentro de más de un día.</translation>
    </message>
    <message>
        <source>Doses more than a month ago can no longer be recorded.</source>
        <translation>Ya no se pueden registrar dosis de hace más de un mes.</translation>
    </message>
    <message>
        <source>This follow-up belongs to another patient&apos;s record.</source>
        <translation>Este seguimiento pertenece a la ficha de otro paciente.</translation>
    </message>
    <message>
        <source>This follow-up is no longer there.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
    <message>
        <source>A follow-up is due from today up to five years ahead.</source>
        <translation>La fecha de un seguimiento debe estar entre hoy y dentro de cinco años.</translation>
    </message>
    <message>
        <source>Say what the patient should do.</source>
        <translation>Indique qué debe hacer el paciente.</translation>
    </message>
    <message>
        <source>A follow-up is at most %1 characters.</source>
        <translation>Un seguimiento puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This record has as many follow-ups as it can keep (%1): remove old ones first.</source>
        <translation>Esta ficha ya tiene el máximo de seguimientos que puede guardar (%1): quite antes los antiguos.</translation>
    </message>
    <message>
        <source>“done” must be true or false.</source>
        <translation>«done» debe ser true o false.</translation>
    </message>
    <message>
        <source>This record took as many doses as it can in a day (%1): try again tomorrow.</source>
        <translation>Esta ficha ya ha registrado el máximo de dosis posible en un día (%1): vuelva a intentarlo mañana.</translation>
    </message>
    <message>
        <source>This schedule is paused: no dose is due on it.</source>
        <translation>Esta pauta está en pausa: no corresponde ninguna dosis.</translation>
    </message>
    <message>
        <source>This schedule ended on %1, before that dose.</source>
        <translation>Esta pauta terminó el %1, antes de esa dosis.</translation>
    </message>
    <message>
        <source>This schedule does not run on %1 (it runs on %2).</source>
        <translation>Esta pauta no se aplica el %1 (se aplica: %2).</translation>
    </message>
</context>
<context>
    <name>clinic::ReminderRules</name>
    <message>
        <source>“%1” is not a time of day like 08:00 or 20:30.</source>
        <translation>«%1» no es una hora del día como 08:00 o 20:30.</translation>
    </message>
    <message>
        <source>Too many times of day.</source>
        <translation>Demasiadas horas del día.</translation>
    </message>
    <message>
        <source>Give at least one time of day.</source>
        <translation>Indique al menos una hora del día.</translation>
    </message>
    <message>
        <source>At most %1 times a day can be reminded.</source>
        <translation>Se puede recordar como máximo %1 veces al día.</translation>
    </message>
    <message>
        <source>Too many days of the week.</source>
        <translation>Demasiados días de la semana.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the week (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>«%1» no es un día de la semana (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
</context>
<context>
    <name>clinic::ReminderSchedule</name>
    <message>
        <source>The medication schedules cannot be read.</source>
        <translation>No se pueden leer las pautas de medicación.</translation>
    </message>
    <message>
        <source>The medications cannot be read.</source>
        <translation>No se pueden leer los medicamentos.</translation>
    </message>
    <message>
        <source>The doses taken cannot be read.</source>
        <translation>No se pueden leer las dosis tomadas.</translation>
    </message>
    <message>
        <source>The reminders shown cannot be read.</source>
        <translation>No se pueden leer los recordatorios mostrados.</translation>
    </message>
    <message>
        <source>The follow-up reminders cannot be read.</source>
        <translation>No se pueden leer los recordatorios de seguimiento.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Time for your medicine: %1 (%2).</source>
        <translation>Es la hora de su medicamento: %1 (%2).</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Follow-up from %1: %2</source>
        <translation>Seguimiento de %1: %2</translation>
    </message>
    <message>
        <source>Reminders cannot be saved.</source>
        <translation>No se pueden guardar los recordatorios.</translation>
    </message>
    <message>
        <source>Notifications cannot be saved.</source>
        <translation>No se pueden guardar las notificaciones.</translation>
    </message>
</context>
<context>
    <name>clinic::Roles</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacéutico</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>clinic::RowStore</name>
    <message>
        <source>Could not read or write synced data.</source>
        <translation>No se pudieron leer ni escribir los datos sincronizados.</translation>
    </message>
    <message>
        <source>A synced row has no id.</source>
        <translation>Una fila sincronizada no tiene identificador.</translation>
    </message>
    <message>
        <source>A synced row was refused.</source>
        <translation>Se ha rechazado una fila sincronizada.</translation>
    </message>
</context>
<context>
    <name>clinic::RxArgs</name>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 no se ha indicado.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>There is no such prescription.</source>
        <translation>No existe esa receta.</translation>
    </message>
    <message>
        <source>The prescription is missing.</source>
        <translation>Falta la receta.</translation>
    </message>
    <message>
        <source>This prescription was cancelled.</source>
        <translation>Esta receta se ha cancelado.</translation>
    </message>
    <message>
        <source>Every fill of this prescription was dispensed.</source>
        <translation>Ya se han realizado todas las dispensaciones de esta receta.</translation>
    </message>
    <message>
        <source>This prescription is not active.</source>
        <translation>Esta receta no está activa.</translation>
    </message>
    <message>
        <source>The prescription has no id.</source>
        <translation>La receta no tiene identificador.</translation>
    </message>
    <message>
        <source>The patient is missing.</source>
        <translation>Falta el paciente.</translation>
    </message>
    <message>
        <source>Choose the pharmacy it goes to.</source>
        <translation>Elija la farmacia a la que se envía.</translation>
    </message>
    <message>
        <source>Choose the medicine.</source>
        <translation>Elija el medicamento.</translation>
    </message>
    <message>
        <source>The strength</source>
        <translation>La concentración</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>La forma farmacéutica</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>La dosis</translation>
    </message>
    <message>
        <source>The directions</source>
        <translation>La posología</translation>
    </message>
    <message>
        <source>The note to the pharmacist</source>
        <translation>La nota para el farmacéutico</translation>
    </message>
    <message>
        <source>The reference data&apos;s version</source>
        <translation>La versión de los datos de referencia</translation>
    </message>
    <message>
        <source>The check&apos;s findings</source>
        <translation>Los resultados de la comprobación</translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation>El motivo para omitir la alerta</translation>
    </message>
    <message>
        <source>The patient&apos;s name</source>
        <translation>El nombre del paciente</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <source>The patient&apos;s allergies</source>
        <translation>Las alergias del paciente</translation>
    </message>
    <message>
        <source>The signing key</source>
        <translation>La clave de firma</translation>
    </message>
    <message>
        <source>The signature</source>
        <translation>La firma</translation>
    </message>
    <message>
        <source>The quantity</source>
        <translation>La cantidad</translation>
    </message>
    <message>
        <source>The number of refills</source>
        <translation>El número de renovaciones</translation>
    </message>
    <message>
        <source>Say whether the pharmacy may substitute a generic.</source>
        <translation>Indique si la farmacia puede sustituirlo por un genérico.</translation>
    </message>
    <message>
        <source>The date of birth is not a date.</source>
        <translation>La fecha de nacimiento no es una fecha.</translation>
    </message>
    <message>
        <source>The check&apos;s findings are not a JSON list.</source>
        <translation>Los resultados de la comprobación no son una lista JSON.</translation>
    </message>
    <message>
        <source>This prescription belongs to another patient&apos;s record.</source>
        <translation>Esta receta pertenece a la ficha de otro paciente.</translation>
    </message>
    <message>
        <source>The patient&apos;s record is not there.</source>
        <translation>La ficha del paciente no existe.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>allergies</source>
        <translation>alergias</translation>
    </message>
    <message>
        <source>The patient&apos;s record changed since this prescription was written (%1): check it again and sign anew.</source>
        <translation>La ficha del paciente ha cambiado desde que se redactó esta receta (%1): revísela de nuevo y vuelva a firmarla.</translation>
    </message>
    <message>
        <source>%1 with %2 is %3: %4</source>
        <translation>%1 con %2: %3: %4</translation>
    </message>
    <message>
        <source>%1. Give a reason to override it (%2 to %3 characters).</source>
        <translation>%1. Indique un motivo para omitir la alerta (de %2 a %3 caracteres).</translation>
    </message>
    <message>
        <source>A prescription is never changed once issued; write a new one.</source>
        <translation>Una receta no se modifica nunca una vez emitida; redacte una nueva.</translation>
    </message>
    <message>
        <source>The prescription&apos;s time is in the future.</source>
        <translation>La hora de la receta está en el futuro.</translation>
    </message>
    <message>
        <source>This medicine is not in Clinic&apos;s reference data.</source>
        <translation>Este medicamento no está en los datos de referencia de Clinic.</translation>
    </message>
    <message>
        <source>%1 does not come as %2 %3.</source>
        <translation>%1 no se presenta como %2 %3.</translation>
    </message>
    <message>
        <source>There is no such pharmacy.</source>
        <translation>No existe esa farmacia.</translation>
    </message>
    <message>
        <source>This pharmacy takes no new prescriptions; choose another.</source>
        <translation>Esta farmacia no acepta recetas nuevas; elija otra.</translation>
    </message>
    <message>
        <source>This patient holds the most active prescriptions Clinic keeps (%1); cancel old ones first.</source>
        <translation>Este paciente ya tiene el máximo de recetas activas que guarda Clinic (%1); cancele antes las antiguas.</translation>
    </message>
    <message>
        <source>This patient&apos;s record holds the most prescriptions Clinic keeps (%1).</source>
        <translation>La ficha de este paciente ya tiene el máximo de recetas que guarda Clinic (%1).</translation>
    </message>
    <message>
        <source>Register your signing key before you prescribe.</source>
        <translation>Registre su clave de firma antes de prescribir.</translation>
    </message>
    <message>
        <source>This prescription is signed with a key that is not your registered one; sign it again.</source>
        <translation>Esta receta está firmada con una clave que no es la que tiene registrada; vuelva a firmarla.</translation>
    </message>
    <message>
        <source>The reason for cancelling</source>
        <translation>El motivo de la cancelación</translation>
    </message>
    <message>
        <source>The refill request has no id.</source>
        <translation>La solicitud de renovación no tiene identificador.</translation>
    </message>
    <message>
        <source>This refill request belongs to another patient.</source>
        <translation>Esta solicitud de renovación pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>This refill request is for another prescription.</source>
        <translation>Esta solicitud de renovación es de otra receta.</translation>
    </message>
    <message>
        <source>All %1 fills authorised are used; ask your doctor for a new prescription.</source>
        <translation>Ya se han usado las %1 dispensaciones autorizadas; pida a su médico una receta nueva.</translation>
    </message>
    <message>
        <source>A refill of this prescription is already waiting for the doctor&apos;s answer.</source>
        <translation>Ya hay una renovación de esta receta pendiente de la respuesta del médico.</translation>
    </message>
    <message>
        <source>This prescription has had the most refill requests Clinic keeps (%1).</source>
        <translation>Esta receta ya tiene el máximo de solicitudes de renovación que guarda Clinic (%1).</translation>
    </message>
    <message>
        <source>The refill request is missing.</source>
        <translation>Falta la solicitud de renovación.</translation>
    </message>
    <message>
        <source>There is no such refill request.</source>
        <translation>No existe esa solicitud de renovación.</translation>
    </message>
    <message>
        <source>Say whether the refill is approved.</source>
        <translation>Indique si se aprueba la renovación.</translation>
    </message>
    <message>
        <source>The reason for denying</source>
        <translation>El motivo de la denegación</translation>
    </message>
    <message>
        <source>This refill request was already approved.</source>
        <translation>Esta solicitud de renovación ya se aprobó.</translation>
    </message>
    <message>
        <source>This refill request was already denied.</source>
        <translation>Esta solicitud de renovación ya se denegó.</translation>
    </message>
    <message>
        <source>All %1 fills authorised are used.</source>
        <translation>Ya se han usado las %1 dispensaciones autorizadas.</translation>
    </message>
    <message>
        <source>This refill was already made.</source>
        <translation>Esta renovación ya se realizó.</translation>
    </message>
    <message>
        <source>The fill is missing.</source>
        <translation>Falta la dispensación.</translation>
    </message>
    <message>
        <source>There is no such fill.</source>
        <translation>No existe esa dispensación.</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>This fill is not waiting for your answer.</source>
        <translation>Esta dispensación no está pendiente de su respuesta.</translation>
    </message>
</context>
<context>
    <name>clinic::SFrame</name>
    <message>
        <source>The call key is too short to protect the call.</source>
        <translation>La clave de la llamada es demasiado corta para protegerla.</translation>
    </message>
</context>
<context>
    <name>clinic::SFrameOpener</name>
    <message>
        <source>This call already has a key for that participant.</source>
        <translation>Esta llamada ya tiene una clave para ese participante.</translation>
    </message>
    <message>
        <source>The call frame&apos;s metadata is too large.</source>
        <translation>Los metadatos de la trama de la llamada son demasiado grandes.</translation>
    </message>
    <message>
        <source>A damaged call frame was dropped.</source>
        <translation>Se descartó una trama de la llamada dañada.</translation>
    </message>
    <message>
        <source>A call frame for an unknown key was dropped.</source>
        <translation>Se descartó una trama de la llamada con una clave desconocida.</translation>
    </message>
    <message>
        <source>A repeated call frame was dropped.</source>
        <translation>Se descartó una trama de la llamada repetida.</translation>
    </message>
    <message>
        <source>A call frame that arrived too late was dropped.</source>
        <translation>Se descartó una trama de la llamada que llegó demasiado tarde.</translation>
    </message>
    <message>
        <source>A call frame that failed its integrity check was dropped.</source>
        <translation>Se descartó una trama de la llamada que no superó su comprobación de integridad.</translation>
    </message>
</context>
<context>
    <name>clinic::SFrameSealer</name>
    <message>
        <source>This call key has sealed all the frames it may; the call needs a new key.</source>
        <translation>Esta clave de llamada ya selló todas las tramas que puede; la llamada necesita una clave nueva.</translation>
    </message>
    <message>
        <source>The call frame is too large to send.</source>
        <translation>La trama de la llamada es demasiado grande para enviarla.</translation>
    </message>
    <message>
        <source>The call frame could not be sealed.</source>
        <translation>No se pudo sellar la trama de la llamada.</translation>
    </message>
</context>
<context>
    <name>clinic::ServerConnection</name>
    <message>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor ha cerrado la conexión.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
</context>
<context>
    <name>clinic::SignInFlow</name>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It looks like clinic.example.org:7443.</source>
        <translation>«%1» no es una dirección de servidor. Debe tener un formato como clinic.example.org:7443.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Creando su cuenta…</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). Opening your records on this computer…</source>
        <translation>No se puede acceder al servidor (%1). Abriendo sus datos en este equipo…</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Comprobando su contraseña…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and you have not signed in on this computer before, so there is nothing to open offline. Try again when the server is reachable.</source>
        <translation>No se puede acceder al servidor y usted no ha iniciado sesión antes en este equipo, por lo que no hay nada que abrir sin conexión. Inténtelo de nuevo cuando el servidor esté accesible.</translation>
    </message>
    <message>
        <source>Preparing this computer for you…</source>
        <translation>Preparando este equipo para usted…</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>This computer does not know your account yet. Sign in once while the server is reachable.</source>
        <translation>Este equipo aún no conoce su cuenta. Inicie sesión una vez mientras el servidor esté accesible.</translation>
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
    <message>
        <source>No store key was given.</source>
        <translation>No se ha indicado la clave del almacén.</translation>
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
    <message>
        <source>The statement contains a NUL character.</source>
        <translation>La instrucción contiene un carácter NUL.</translation>
    </message>
</context>
<context>
    <name>clinic::StockArgs</name>
    <message>
        <source>“%1” must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>«%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3.</source>
        <translation>«%1» debe ser un número entero entre %2 y %3.</translation>
    </message>
    <message>
        <source>The fill is missing.</source>
        <translation>Falta la dispensación.</translation>
    </message>
    <message>
        <source>“%1” is missing or has a “|”.</source>
        <translation>Falta «%1» o contiene «|».</translation>
    </message>
    <message>
        <source>This belongs to another pharmacy than the one you work at.</source>
        <translation>Esto pertenece a una farmacia distinta de aquella en la que trabaja.</translation>
    </message>
    <message>
        <source>There is no such fill.</source>
        <translation>No existe esa dispensación.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>ready for pick-up</source>
        <translation>lista para recoger</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>dispensada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>returned to the prescriber</source>
        <translation>devuelta al prescriptor</translation>
    </message>
    <message>
        <source>The prescription of this fill is not here.</source>
        <translation>La receta de esta dispensación no está aquí.</translation>
    </message>
    <message>
        <source>The prescriber cancelled this prescription.</source>
        <translation>El prescriptor ha cancelado esta receta.</translation>
    </message>
    <message>
        <source>This fill is %1; it can no longer change.</source>
        <translation>Esta dispensación está en estado «%1»; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>A fill&apos;s status is set to in progress, ready, rejected or returned.</source>
        <translation>El estado de una dispensación solo puede ser en preparación, lista, rechazada o devuelta.</translation>
    </message>
    <message>
        <source>This fill is already %1.</source>
        <translation>Esta dispensación ya está en estado «%1».</translation>
    </message>
    <message>
        <source>A fill that is %1 cannot become %2.</source>
        <translation>Una dispensación en estado «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <source>Say why the fill is rejected.</source>
        <translation>Indique por qué se rechaza la dispensación.</translation>
    </message>
    <message>
        <source>Write the question the prescriber is to answer.</source>
        <translation>Escriba la pregunta que debe responder el prescriptor.</translation>
    </message>
    <message>
        <source>A fill that is %1 cannot be dispensed; start it first.</source>
        <translation>Una dispensación en estado «%1» no se puede entregar; iníciela primero.</translation>
    </message>
    <message>
        <source>The prescription has no quantity.</source>
        <translation>La receta no indica cantidad.</translation>
    </message>
    <message>
        <source>Only %1 units of %2 are in stock (unexpired); %3 are needed.</source>
        <translation>Solo hay %1 unidades de %2 en existencias (sin caducar); se necesitan %3.</translation>
    </message>
    <message>
        <source>The pharmacy is missing.</source>
        <translation>Falta la farmacia.</translation>
    </message>
    <message>
        <source>The drug is not in Clinic&apos;s reference data.</source>
        <translation>El fármaco no está en los datos de referencia de Clinic.</translation>
    </message>
    <message>
        <source>%1 does not come as %2 %3 in the reference data.</source>
        <translation>%1 no se presenta como %2 %3 en los datos de referencia.</translation>
    </message>
    <message>
        <source>There is no such pharmacy.</source>
        <translation>No existe esa farmacia.</translation>
    </message>
    <message>
        <source>This pharmacy stocks the most items it may (%1).</source>
        <translation>Esta farmacia ya tiene el máximo de artículos permitido (%1).</translation>
    </message>
    <message>
        <source>The stock item is missing.</source>
        <translation>Falta el artículo.</translation>
    </message>
    <message>
        <source>There is no such stock item.</source>
        <translation>No existe ese artículo.</translation>
    </message>
    <message>
        <source>The lot has no id.</source>
        <translation>El lote no tiene identificador.</translation>
    </message>
    <message>
        <source>This lot belongs to another stock item.</source>
        <translation>Este lote pertenece a otro artículo.</translation>
    </message>
    <message>
        <source>The lot number is missing.</source>
        <translation>Falta el número de lote.</translation>
    </message>
    <message>
        <source>The expiry date must be a date (yyyy-MM-dd).</source>
        <translation>La fecha de caducidad debe ser una fecha (aaaa-MM-dd).</translation>
    </message>
    <message>
        <source>This lot expired on %1; expired stock is not received.</source>
        <translation>Este lote caducó el %1; no se reciben existencias caducadas.</translation>
    </message>
    <message>
        <source>This lot was already received; adjust its units instead.</source>
        <translation>Este lote ya se recibió; ajuste sus unidades.</translation>
    </message>
    <message>
        <source>This item holds the most lots it may (%1); write off empty ones first.</source>
        <translation>Este artículo ya tiene el máximo de lotes permitido (%1); dé de baja antes los vacíos.</translation>
    </message>
    <message>
        <source>The lot is missing.</source>
        <translation>Falta el lote.</translation>
    </message>
    <message>
        <source>There is no such lot.</source>
        <translation>No existe ese lote.</translation>
    </message>
    <message>
        <source>The adjustment has no id.</source>
        <translation>El ajuste no tiene identificador.</translation>
    </message>
    <message>
        <source>This adjustment is of another lot.</source>
        <translation>Este ajuste es de otro lote.</translation>
    </message>
    <message>
        <source>An adjustment changes the units.</source>
        <translation>Un ajuste debe cambiar las unidades.</translation>
    </message>
    <message>
        <source>An adjustment&apos;s reason is count, damaged, expired, returned or other.</source>
        <translation>El motivo de un ajuste solo puede ser recuento, dañado, caducado, devuelto u otro.</translation>
    </message>
    <message>
        <source>Say in a note what the adjustment is for.</source>
        <translation>Indique en una nota para qué es el ajuste.</translation>
    </message>
    <message>
        <source>An adjustment is kept as made; make a new one.</source>
        <translation>Un ajuste se conserva tal como se hizo; haga uno nuevo.</translation>
    </message>
    <message>
        <source>Lot %1 has %2 units; stock never goes below zero.</source>
        <translation>El lote %1 tiene %2 unidades; las existencias nunca bajan de cero.</translation>
    </message>
    <message>
        <source>A lot holds at most %1 units.</source>
        <translation>Un lote contiene como máximo %1 unidades.</translation>
    </message>
    <message>
        <source>This lot holds the most adjustments it may (%1).</source>
        <translation>Este lote ya tiene el máximo de ajustes permitido (%1).</translation>
    </message>
</context>
<context>
    <name>clinic::SyncEngine</name>
    <message>
        <source>Sync is under way; try again in a moment.</source>
        <translation>La sincronización está en curso; inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>clinic::VisitArgs</name>
    <message>
        <source>The visit is missing.</source>
        <translation>Falta la visita.</translation>
    </message>
    <message>
        <source>The summary is empty.</source>
        <translation>El resumen está vacío.</translation>
    </message>
    <message>
        <source>The summary is longer than %1 characters.</source>
        <translation>El resumen tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation>No existe esa visita.</translation>
    </message>
    <message>
        <source>Only a confirmed, checked-in or completed visit can have a summary.</source>
        <translation>Solo una visita confirmada, registrada o completada puede tener un resumen.</translation>
    </message>
</context>
<context>
    <name>clinic::VitalArgs</name>
    <message>
        <source>The patient is missing.</source>
        <translation>Falta el paciente.</translation>
    </message>
    <message>
        <source>The kind of reading is not one Clinic knows.</source>
        <translation>Clinic no conoce ese tipo de lectura.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>«%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The reading has no id.</source>
        <translation>La lectura no tiene identificador.</translation>
    </message>
    <message>
        <source>A value of the reading is not a number.</source>
        <translation>Un valor de la lectura no es un número.</translation>
    </message>
    <message>
        <source>The reading has no value.</source>
        <translation>La lectura no tiene ningún valor.</translation>
    </message>
    <message>
        <source>%1 is not measured in “%2”.</source>
        <translation>«%1» no se mide en «%2».</translation>
    </message>
    <message>
        <source>A reading&apos;s source is “manual” or “device”.</source>
        <translation>El origen de una lectura es «manual» o «device».</translation>
    </message>
    <message>
        <source>This record holds the most alerts of this kind it may keep (%1).</source>
        <translation>Esta ficha ya tiene el máximo de alertas de este tipo que puede guardar (%1).</translation>
    </message>
    <message>
        <source>This reading belongs to another patient&apos;s record.</source>
        <translation>Esta lectura pertenece a la ficha de otro paciente.</translation>
    </message>
    <message>
        <source>The reading&apos;s time is in the future.</source>
        <translation>La hora de la lectura está en el futuro.</translation>
    </message>
    <message>
        <source>A reading is kept as it was taken; record a new one.</source>
        <translation>Una lectura se conserva tal como se tomó; registre una nueva.</translation>
    </message>
    <message>
        <source>This record already holds %1 readings of this kind within a day of this one.</source>
        <translation>Esta ficha ya tiene %1 lecturas de este tipo con menos de un día de diferencia respecto a esta.</translation>
    </message>
    <message>
        <source>This record holds the most readings of this kind it may keep (%1); remove old ones first.</source>
        <translation>Esta ficha ya tiene el máximo de lecturas de este tipo que puede guardar (%1); quite antes las antiguas.</translation>
    </message>
    <message>
        <source>This reading is no longer there.</source>
        <translation>Esta lectura ya no existe.</translation>
    </message>
    <message>
        <source>A bound of the threshold is not a number.</source>
        <translation>Un límite del umbral no es un número.</translation>
    </message>
    <message>
        <source>Only blood pressure has a second (diastolic) bound.</source>
        <translation>Solo la tensión arterial tiene un segundo límite (diastólica).</translation>
    </message>
    <message>
        <source>A bound of the threshold is outside what a reading can be.</source>
        <translation>Un límite del umbral está fuera de los valores posibles de una lectura.</translation>
    </message>
    <message>
        <source>The low bound must be below the high bound.</source>
        <translation>El límite inferior debe ser menor que el superior.</translation>
    </message>
    <message>
        <source>The alert is missing.</source>
        <translation>Falta la alerta.</translation>
    </message>
    <message>
        <source>Say in a note what was done about the alert.</source>
        <translation>Indique en una nota qué se hizo con la alerta.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation>No existe esa alerta.</translation>
    </message>
    <message>
        <source>This alert was already acknowledged.</source>
        <translation>Esta alerta ya se había confirmado.</translation>
    </message>
</context>
<context>
    <name>clinic::VitalKinds</name>
    <message>
        <source>Blood pressure</source>
        <translation>Tensión arterial</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Blood glucose</source>
        <translation>Glucemia</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturación de oxígeno (SpO2)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>clinic::VitalLimits</name>
    <message>
        <source>systolic pressure</source>
        <translation>presión sistólica</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>frecuencia cardiaca</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>blood glucose</source>
        <translation>glucemia</translation>
    </message>
    <message>
        <source>oxygen saturation</source>
        <translation>saturación de oxígeno</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>presión diastólica</translation>
    </message>
    <message>
        <source>mean arterial pressure</source>
        <translation>presión arterial media</translation>
    </message>
    <message>
        <source>pulse</source>
        <translation>pulso</translation>
    </message>
    <message>
        <source>height</source>
        <translation>talla</translation>
    </message>
    <message>
        <source>body mass index</source>
        <translation>índice de masa corporal</translation>
    </message>
    <message>
        <source>A reading of this kind has no %1.</source>
        <translation>Una lectura de este tipo no tiene %1.</translation>
    </message>
    <message>
        <source>The %1 is not a number.</source>
        <translation>El valor de %1 no es un número.</translation>
    </message>
    <message>
        <source>%2 is not a possible %1; check the reading.</source>
        <translation>Un valor de %1 de %2 no es posible; revise la lectura.</translation>
    </message>
    <message>
        <source>%2 is an unusually low %1.</source>
        <translation>Un valor de %1 de %2 es inusualmente bajo.</translation>
    </message>
    <message>
        <source>%2 is an unusually high %1.</source>
        <translation>Un valor de %1 de %2 es inusualmente alto.</translation>
    </message>
    <message>
        <source>A blood pressure needs its diastolic (lower) value too.</source>
        <translation>La tensión arterial necesita también su valor diastólico (mínima).</translation>
    </message>
    <message>
        <source>The diastolic pressure must be below the systolic; check the reading.</source>
        <translation>La presión diastólica debe ser menor que la sistólica; revise la lectura.</translation>
    </message>
</context>
<context>
    <name>clinic::VitalRepository</name>
    <message>
        <source>The vital signs cannot be read.</source>
        <translation>No se pueden leer las constantes vitales.</translation>
    </message>
    <message>
        <source>The vital signs&apos; chart summary cannot be kept.</source>
        <translation>No se puede guardar el resumen de la gráfica de constantes vitales.</translation>
    </message>
</context>
<context>
    <name>clinic::WaitlistArgs</name>
    <message>
        <source>Visits are in person or by video.</source>
        <translation>Las consultas son presenciales o por vídeo.</translation>
    </message>
    <message>
        <source>Choose when you could come: a period up to six months, not past.</source>
        <translation>Elija cuándo podría venir: un periodo de hasta seis meses que no haya pasado.</translation>
    </message>
    <message>
        <source>There is no such patient.</source>
        <translation>No existe ese paciente.</translation>
    </message>
    <message>
        <source>The patient or doctor is missing.</source>
        <translation>Falta el paciente o el médico.</translation>
    </message>
    <message>
        <source>This doctor cannot be booked.</source>
        <translation>No se pueden reservar citas con este médico.</translation>
    </message>
    <message>
        <source>The waitlist entry is missing.</source>
        <translation>Falta la entrada de la lista de espera.</translation>
    </message>
    <message>
        <source>This entry is no longer there.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
    <message>
        <source>This entry is another patient&apos;s.</source>
        <translation>Esta entrada es de otro paciente.</translation>
    </message>
    <message>
        <source>You can wait for up to %1 times at once; leave a list you no longer need first.</source>
        <translation>Puede esperar hasta %1 horas a la vez; salga antes de una lista que ya no necesite.</translation>
    </message>
    <message>
        <source>You have %1 waiting-list entries; remove some you no longer need first.</source>
        <translation>Tiene %1 entradas en listas de espera; elimine antes alguna que ya no necesite.</translation>
    </message>
    <message>
        <source>This doctor&apos;s waiting list is full; please choose a time that is free.</source>
        <translation>La lista de espera de este médico está llena; elija una hora libre.</translation>
    </message>
</context>
<context>
    <name>clinic::WaitlistRepository</name>
    <message>
        <source>The waitlist could not be read.</source>
        <translation>No se pudo leer la lista de espera.</translation>
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
    <name>clinic::calls::CallClient</name>
    <message>
        <source>The call ended: you were signed out.</source>
        <translation>La llamada terminó: se cerró su sesión.</translation>
    </message>
    <message>
        <source>A call is already under way.</source>
        <translation>Ya hay una llamada en curso.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sin conexión con el servidor.</translation>
    </message>
    <message>
        <source>Only the visit&apos;s doctor can start its video call.</source>
        <translation>Solo el médico de la consulta puede iniciar su videollamada.</translation>
    </message>
    <message>
        <source>The patient has not signed in to Clinic since video visits came, so the call cannot be secured yet. Ask them to sign in once.</source>
        <translation>El paciente no ha iniciado sesión en Clinic desde que existen las videoconsultas, así que aún no se puede proteger la llamada. Pídale que inicie sesión una vez.</translation>
    </message>
    <message>
        <source>your doctor</source>
        <translation>su médico</translation>
    </message>
    <message>
        <source>A video call from %1 could not be taken: %2</source>
        <translation>No se pudo atender una videollamada de %1: %2</translation>
    </message>
    <message>
        <source>the server&apos;s records of the visit do not match the call.</source>
        <translation>los registros del servidor sobre la consulta no coinciden con la llamada.</translation>
    </message>
    <message>
        <source>it was secured for another computer you signed in on since. Answer it there, or sign in again here before the next call.</source>
        <translation>se protegió para otro ordenador en el que inició sesión después. Contéstela allí, o vuelva a iniciar sesión aquí antes de la próxima llamada.</translation>
    </message>
    <message>
        <source>%1&apos;s key has changed since your last call. Compare the safety code with them, and accept the new key before answering.</source>
        <translation>La clave de %1 ha cambiado desde su última llamada. Compare el código de seguridad con esa persona y acepte la nueva clave antes de contestar.</translation>
    </message>
    <message>
        <source>You declined the call.</source>
        <translation>Rechazó la llamada.</translation>
    </message>
    <message>
        <source>You cancelled the call.</source>
        <translation>Canceló la llamada.</translation>
    </message>
    <message>
        <source>You ended the call.</source>
        <translation>Terminó la llamada.</translation>
    </message>
    <message>
        <source>The server gave the call no media channel.</source>
        <translation>El servidor no dio a la llamada ningún canal de audio y vídeo.</translation>
    </message>
    <message>
        <source>The call ended: the connection to the server was lost.</source>
        <translation>La llamada terminó: se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The call was missed: the connection to the server was lost.</source>
        <translation>Llamada perdida: se perdió la conexión con el servidor.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>El paciente</translation>
    </message>
    <message>
        <source>The doctor</source>
        <translation>El médico</translation>
    </message>
    <message>
        <source>%1 declined the call.</source>
        <translation>%1 rechazó la llamada.</translation>
    </message>
    <message>
        <source>%1 hung up before you answered.</source>
        <translation>%1 colgó antes de que contestara.</translation>
    </message>
    <message>
        <source>%1 did not answer.</source>
        <translation>%1 no contestó.</translation>
    </message>
    <message>
        <source>You missed a call from %1.</source>
        <translation>Tiene una llamada perdida de %1.</translation>
    </message>
    <message>
        <source>%1 is in another call.</source>
        <translation>%1 está en otra llamada.</translation>
    </message>
    <message>
        <source>%1 ended the call.</source>
        <translation>%1 terminó la llamada.</translation>
    </message>
    <message>
        <source>The call ended: the connection was lost.</source>
        <translation>La llamada terminó: se perdió la conexión.</translation>
    </message>
    <message>
        <source>The call ended: %1 signed out.</source>
        <translation>La llamada terminó: %1 cerró la sesión.</translation>
    </message>
    <message>
        <source>The call was answered on another computer.</source>
        <translation>La llamada se contestó en otro ordenador.</translation>
    </message>
    <message>
        <source>The call moved to another computer.</source>
        <translation>La llamada pasó a otro ordenador.</translation>
    </message>
    <message>
        <source>The call ended.</source>
        <translation>La llamada terminó.</translation>
    </message>
</context>
<context>
    <name>clinic::media::AudioJitterBuffer</name>
    <message>
        <source>The sound buffer cannot use these delays.</source>
        <translation>El búfer de sonido no puede usar estos retardos.</translation>
    </message>
</context>
<context>
    <name>clinic::media::CallMedia</name>
    <message>
        <source>The call&apos;s media cannot start without its devices and its peer.</source>
        <translation>Los medios de la llamada no pueden empezar sin sus dispositivos y sin el otro participante.</translation>
    </message>
    <message>
        <source>Type a message to send.</source>
        <translation>Escriba un mensaje para enviar.</translation>
    </message>
    <message>
        <source>The message is too long to send; split it in parts.</source>
        <translation>El mensaje es demasiado largo para enviarlo; divídalo en partes.</translation>
    </message>
    <message>
        <source>The call is not connected.</source>
        <translation>La llamada no está conectada.</translation>
    </message>
</context>
<context>
    <name>clinic::media::CameraFrameConverter</name>
    <message>
        <source>The camera sent an empty picture.</source>
        <translation>La cámara envió una imagen vacía.</translation>
    </message>
    <message>
        <source>The camera&apos;s picture could not be read.</source>
        <translation>No se pudo leer la imagen de la cámara.</translation>
    </message>
</context>
<context>
    <name>clinic::media::CameraVideoSource</name>
    <message>
        <source>The camera stopped working. Check that no other program is using it.</source>
        <translation>La cámara dejó de funcionar. Compruebe que ningún otro programa la esté usando.</translation>
    </message>
</context>
<context>
    <name>clinic::media::MediaDeviceList</name>
    <message>
        <source>No camera was found. Connect one, or turn the camera off for this call.</source>
        <translation>No se encontró ninguna cámara. Conecte una o apague la cámara para esta llamada.</translation>
    </message>
    <message>
        <source>The chosen camera is not connected. Pick another one.</source>
        <translation>La cámara elegida no está conectada. Elija otra.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or use the chat.</source>
        <translation>No se encontró ningún micrófono. Conecte uno o use el chat.</translation>
    </message>
    <message>
        <source>The chosen microphone is not connected. Pick another one.</source>
        <translation>El micrófono elegido no está conectado. Elija otro.</translation>
    </message>
    <message>
        <source>No speaker was found. Connect speakers or headphones, or use the chat.</source>
        <translation>No se encontró ningún altavoz. Conecte altavoces o auriculares, o use el chat.</translation>
    </message>
    <message>
        <source>The chosen speaker is not connected. Pick another one.</source>
        <translation>El altavoz elegido no está conectado. Elija otro.</translation>
    </message>
</context>
<context>
    <name>clinic::media::MicrophoneAudioSource</name>
    <message>
        <source>The microphone &quot;%1&quot; cannot record the call&apos;s sound (48 kHz mono).</source>
        <translation>El micrófono «%1» no puede grabar el sonido de la llamada (48 kHz mono).</translation>
    </message>
    <message>
        <source>The microphone could not start. Check that no other program is using it.</source>
        <translation>El micrófono no pudo empezar. Compruebe que ningún otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>The microphone stopped working. Check that it is still connected.</source>
        <translation>El micrófono dejó de funcionar. Compruebe que sigue conectado.</translation>
    </message>
</context>
<context>
    <name>clinic::media::OpusAudioDecoder</name>
    <message>
        <source>The audio decoder cannot start.</source>
        <translation>El decodificador de audio no puede empezar.</translation>
    </message>
    <message>
        <source>A sound packet was damaged and skipped.</source>
        <translation>Un paquete de sonido llegó dañado y se omitió.</translation>
    </message>
</context>
<context>
    <name>clinic::media::OpusAudioEncoder</name>
    <message>
        <source>The audio encoder cannot use these settings.</source>
        <translation>El codificador de audio no puede usar esta configuración.</translation>
    </message>
    <message>
        <source>The audio encoder cannot start.</source>
        <translation>El codificador de audio no puede empezar.</translation>
    </message>
    <message>
        <source>The audio encoder cannot use this bit rate.</source>
        <translation>El codificador de audio no puede usar esta tasa de bits.</translation>
    </message>
    <message>
        <source>The audio encoder refused a new bit rate.</source>
        <translation>El codificador de audio rechazó una nueva tasa de bits.</translation>
    </message>
    <message>
        <source>The sound frame does not have the length the encoder expects.</source>
        <translation>La trama de sonido no tiene la longitud que espera el codificador.</translation>
    </message>
    <message>
        <source>The audio encoder failed on a frame.</source>
        <translation>El codificador de audio falló en una trama.</translation>
    </message>
</context>
<context>
    <name>clinic::media::SpeakerAudioSink</name>
    <message>
        <source>The speaker &quot;%1&quot; cannot play the call&apos;s sound (48 kHz mono).</source>
        <translation>El altavoz «%1» no puede reproducir el sonido de la llamada (48 kHz mono).</translation>
    </message>
    <message>
        <source>The speaker could not start. Check that no other program is using it.</source>
        <translation>El altavoz no pudo empezar. Compruebe que ningún otro programa lo esté usando.</translation>
    </message>
    <message>
        <source>The speaker stopped working. Check that it is still connected.</source>
        <translation>El altavoz dejó de funcionar. Compruebe que sigue conectado.</translation>
    </message>
</context>
<context>
    <name>clinic::media::Vp8Decoder</name>
    <message>
        <source>The video decoder cannot use these settings.</source>
        <translation>El decodificador de vídeo no puede usar esta configuración.</translation>
    </message>
    <message>
        <source>The video decoder cannot start.</source>
        <translation>El decodificador de vídeo no puede empezar.</translation>
    </message>
    <message>
        <source>A video frame was damaged and skipped; the picture resumes with the next full frame.</source>
        <translation>Un fotograma de vídeo llegó dañado y se omitió; la imagen vuelve con el siguiente fotograma completo.</translation>
    </message>
    <message>
        <source>A video frame arrived twice or out of order and was skipped.</source>
        <translation>Un fotograma de vídeo llegó dos veces o fuera de orden y se omitió.</translation>
    </message>
    <message>
        <source>Video frames were lost; the picture resumes with the next full frame.</source>
        <translation>Se perdieron fotogramas de vídeo; la imagen vuelve con el siguiente fotograma completo.</translation>
    </message>
</context>
<context>
    <name>clinic::media::Vp8Encoder</name>
    <message>
        <source>The video encoder cannot use these settings.</source>
        <translation>El codificador de vídeo no puede usar esta configuración.</translation>
    </message>
    <message>
        <source>The video encoder cannot start.</source>
        <translation>El codificador de vídeo no puede empezar.</translation>
    </message>
    <message>
        <source>The video encoder refused a new bit rate.</source>
        <translation>El codificador de vídeo rechazó una nueva tasa de bits.</translation>
    </message>
    <message>
        <source>The video frame does not have the size the encoder expects.</source>
        <translation>El fotograma de vídeo no tiene el tamaño que espera el codificador.</translation>
    </message>
    <message>
        <source>The video encoder failed on a frame.</source>
        <translation>El codificador de vídeo falló en un fotograma.</translation>
    </message>
</context>
<context>
    <name>clinic::ui</name>
    <message>
        <source>Conditions</source>
        <translation>Problemas de salud</translation>
    </message>
    <message>
        <source>Add a condition…</source>
        <translation>Añadir un problema de salud…</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Problema de salud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Add an allergy…</source>
        <translation>Añadir una alergia…</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>Add a medication…</source>
        <translation>Añadir un medicamento…</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Add a policy…</source>
        <translation>Añadir una póliza…</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Número de póliza</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Policy holder</source>
        <translation>Titular de la póliza</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AccountListModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Pendiente de verificación</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>2-step</source>
        <translation>Dos pasos</translation>
    </message>
    <message>
        <source>Licence, specialties</source>
        <translation>N.º de colegiado, especialidades</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Fecha de registro</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Password and 2-step sign-in</source>
        <translation>Contraseña y verificación en dos pasos</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>Set up &amp;2-step sign-in…</source>
        <translation>Configurar la &amp;verificación en dos pasos…</translation>
    </message>
    <message>
        <source>Your password was changed. Your other sessions were signed out.</source>
        <translation>Se ha cambiado su contraseña. Se han cerrado sus demás sesiones.</translation>
    </message>
    <message>
        <source>2-step sign-in is on: from now on Clinic also asks for a code from your phone.</source>
        <translation>La verificación en dos pasos está activada: a partir de ahora, Clinic también le pedirá un código de su teléfono.</translation>
    </message>
    <message>
        <source>2-step sign-in is on.</source>
        <translation>La verificación en dos pasos está activada.</translation>
    </message>
    <message>
        <source>Where you are signed in</source>
        <translation>Dónde ha iniciado sesión</translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation>Sesiones iniciadas</translation>
    </message>
    <message>
        <source>&amp;End this session</source>
        <translation>Cerrar esta &amp;sesión</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere</source>
        <translation>Cerrar sesión en &amp;todas partes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>The server cannot be reached: these settings need it.</source>
        <translation>No se puede acceder al servidor, necesario para estos ajustes.</translation>
    </message>
    <message>
        <source>2-step sign-in is off.</source>
        <translation>La verificación en dos pasos está desactivada.</translation>
    </message>
    <message>
        <source>That session was signed out.</source>
        <translation>Se ha cerrado esa sesión.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Cerrar sesión en todas partes</translation>
    </message>
    <message>
        <source>Sign out of Clinic on every computer and phone, this one included?</source>
        <translation>¿Desea cerrar sesión en Clinic en todos los equipos y teléfonos, incluido este?</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AcknowledgeAlertDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Confirmar alerta</translation>
    </message>
    <message>
        <source>%1: %2 %3 since %4 (%5).</source>
        <translation>%1: %2 %3 desde %4 (%5).</translation>
    </message>
    <message>
        <source>low</source>
        <translation>por debajo del umbral</translation>
    </message>
    <message>
        <source>high</source>
        <translation>por encima del umbral</translation>
    </message>
    <message>
        <source>What was done or decided (kept in the record):</source>
        <translation>Qué se hizo o decidió (se guarda en la ficha):</translation>
    </message>
    <message>
        <source>Acknowledgement note</source>
        <translation>Nota de confirmación</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>Write a note of 1 to %1 characters.</source>
        <translation>Escriba una nota de 1 a %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AdjustStockDialog</name>
    <message>
        <source>Adjust lot %1</source>
        <translation>Ajustar el lote %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, lot %2: %n unit(s) on hand.</source>
        <translation>
            <numerusform>%1, lote %2: %n unidad disponible.</numerusform>
            <numerusform>%1, lote %2: %n unidades disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change in units</source>
        <translation>Cambio en unidades</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Counted (correct the count)</source>
        <translation>Recuento (corregir el recuento)</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Expired (write off)</source>
        <translation>Caducado (dar de baja)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Other (say why)</source>
        <translation>Otro (indique por qué)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Cambio:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Enter how many units to add (+) or remove (−).</source>
        <translation>Introduzca cuántas unidades se añaden (+) o se retiran (−).</translation>
    </message>
    <message>
        <source>A lot cannot go below zero units.</source>
        <translation>Un lote no puede quedar por debajo de cero unidades.</translation>
    </message>
    <message>
        <source>Say why in the note.</source>
        <translation>Indique el motivo en la nota.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentListModel</name>
    <message>
        <source>Waiting for the doctor to confirm</source>
        <translation>Pendiente de confirmación por el médico</translation>
    </message>
    <message>
        <source>The doctor proposes another time</source>
        <translation>El médico propone otra hora</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrada la llegada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Asks for this time</source>
        <translation>Solicita esta hora</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation>%1 · pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>New time proposed</source>
        <translation>Nueva hora propuesta</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>No acudió</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AppointmentsPage</name>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>No appointments yet. Find a doctor to book one.</source>
        <translation>Todavía no tiene citas. Busque un médico para pedir una.</translation>
    </message>
    <message>
        <source>No appointments yet.</source>
        <translation>Todavía no hay citas.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Accept the new time</source>
        <translation>Aceptar la nueva hora</translation>
    </message>
    <message>
        <source>Decline the new time</source>
        <translation>Rechazar la nueva hora</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <source>Export upcoming…</source>
        <translation>Exportar las próximas…</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Consulta: %1</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Export upcoming visits</source>
        <translation>Exportar las próximas citas</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation>Proponer otra hora…</translation>
    </message>
    <message>
        <source>Move to another time…</source>
        <translation>Cambiar a otra hora…</translation>
    </message>
    <message>
        <source>Change my rating…</source>
        <translation>Cambiar mi valoración…</translation>
    </message>
    <message>
        <source>Rate this visit…</source>
        <translation>Valorar esta cita…</translation>
    </message>
    <message>
        <source>Moved: the doctor will confirm the new time.</source>
        <translation>Cita cambiada: el médico confirmará la nueva hora.</translation>
    </message>
    <message>
        <source>Thank you: your rating was sent.</source>
        <translation>Gracias: se ha enviado su valoración.</translation>
    </message>
    <message>
        <source>Summary saved.</source>
        <translation>Resumen guardado.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AssignPharmacistDialog</name>
    <message>
        <source>Assign a pharmacist</source>
        <translation>Asignar un farmacéutico</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacéutico</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <source>None: remove from their pharmacy</source>
        <translation>Ninguna: retirar de su farmacia</translation>
    </message>
    <message>
        <source>P&amp;harmacist:</source>
        <translation>&amp;Farmacéutico:</translation>
    </message>
    <message>
        <source>&amp;Works at:</source>
        <translation>&amp;Trabaja en:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Choose a pharmacist. Pharmacists&apos; accounts are made on the Users page.</source>
        <translation>Elija un farmacéutico. Las cuentas de farmacéutico se crean en la página Usuarios.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityExceptionDialog</name>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation>Horas adicionales</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Nothing can be booked in this time. Visits already booked in it stay: move or cancel them yourself.</source>
        <translation>No se podrá reservar nada en este periodo. Las citas ya reservadas en él se mantienen: cámbielas o cancélelas usted.</translation>
    </message>
    <message>
        <source>Patients can book these hours once, besides your weekly hours.</source>
        <translation>Los pacientes podrán reservar estas horas una sola vez, además de su horario semanal.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>To time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Whole days</source>
        <translation>Días completos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Duración de cita</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Lisbon.</source>
        <translation>Elija una zona horaria de la lista, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <source>The time off ends before it starts: the end must be after the start.</source>
        <translation>La ausencia termina antes de empezar: el final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Time off can be a year at most; add another for the rest.</source>
        <translation>Una ausencia puede durar un año como máximo; añada otra para el resto.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityExceptionModel</name>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (todo el día)</translation>
    </message>
    <message>
        <source>%1 – %2 (all days)</source>
        <translation>%1 – %2 (días completos)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Extra hours</source>
        <translation>Horas adicionales</translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation>%1 (pendiente de sincronizar)</translation>
    </message>
    <message>
        <source>Nothing can be booked</source>
        <translation>No se puede reservar nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n-minute slots</source>
        <translation>
            <numerusform>%1 en %2, citas de %n minuto</numerusform>
            <numerusform>%1 en %2, citas de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityFields</name>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>for example main-clinic</source>
        <translation>por ejemplo, centro-principal</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Duración de cita</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name the location, for example main-clinic.</source>
        <translation>Indique el centro, por ejemplo centro-principal.</translation>
    </message>
    <message>
        <source>A location&apos;s name is letters, digits, - and _ only, for example main-clinic.</source>
        <translation>El nombre de un centro solo puede tener letras, dígitos, - y _; por ejemplo, centro-principal.</translation>
    </message>
    <message>
        <source>The hours end at %1, before they start at %2: the end must be after the start.</source>
        <translation>El horario termina a las %1, antes de empezar a las %2: el final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>A slot is 5 to 480 minutes long.</source>
        <translation>Una cita dura de 5 a 480 minutos.</translation>
    </message>
    <message>
        <source>A %1-minute slot does not fit between %2 and %3.</source>
        <translation>Una cita de %1 minutos no cabe entre las %2 y las %3.</translation>
    </message>
    <message>
        <source>%1–%2 is not a whole number of %3-minute slots: the last %4 minutes could never be booked. Change the end or the slot length.</source>
        <translation>%1–%2 no es un número entero de citas de %3 minutos: los últimos %4 minutos nunca se podrían reservar. Cambie la hora de fin o la duración de cita.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityPage</name>
    <message>
        <source>My availability</source>
        <translation>Mi disponibilidad</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <source>You have no weekly hours yet, so patients cannot book you. Add the hours you see patients.</source>
        <translation>Aún no tiene horario semanal, así que los pacientes no pueden pedirle cita. Añada las horas en las que atiende a pacientes.</translation>
    </message>
    <message>
        <source>Add hours…</source>
        <translation>Añadir horas…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Remove hours</source>
        <translation>Quitar horas</translation>
    </message>
    <message>
        <source>Time off and extra hours</source>
        <translation>Ausencias y horas adicionales</translation>
    </message>
    <message>
        <source>Add time off…</source>
        <translation>Añadir ausencia…</translation>
    </message>
    <message>
        <source>Add extra hours…</source>
        <translation>Añadir horas adicionales…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove time off or extra hours</source>
        <translation>Quitar ausencia u horas adicionales</translation>
    </message>
    <message>
        <source>Times here are in this computer&apos;s time zone, %1.</source>
        <translation>Las horas que aparecen aquí están en la zona horaria de este equipo, %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Removed your hours on %1. Visits already booked in them stay.</source>
        <translation>Se han quitado sus horas del %1. Las citas ya reservadas en ellas se mantienen.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityRuleDialog</name>
    <message>
        <source>Weekly hours</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Slot length</source>
        <translation>Duración de cita</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Patients can book these hours every week, in slots of the length you choose.</source>
        <translation>Los pacientes podrán reservar estas horas todas las semanas, en citas de la duración que elija.</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Leave both unticked for hours that apply every week from now on.</source>
        <translation>Deje ambas casillas sin marcar para que el horario se aplique todas las semanas a partir de ahora.</translation>
    </message>
    <message>
        <source>Change weekly hours</source>
        <translation>Cambiar el horario semanal</translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <translation>Marque al menos un día.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, for example Europe/Lisbon.</source>
        <translation>Elija una zona horaria de la lista, por ejemplo Europe/Madrid.</translation>
    </message>
    <message>
        <source>The hours would end before they begin: the last day they apply is before the first.</source>
        <translation>El horario terminaría antes de empezar: el último día de vigencia es anterior al primero.</translation>
    </message>
    <message>
        <source>These hours are not valid.</source>
        <translation>Este horario no es válido.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::AvailabilityRuleModel</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation>%1 (pendiente de sincronizar)</translation>
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
        <translation>Día</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Vigencia</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CalendarPage</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Horario disponible</translation>
    </message>
    <message>
        <source>Request to answer</source>
        <translation>Solicitud por responder</translation>
    </message>
    <message>
        <source>Proposed: waiting for the patient</source>
        <translation>Propuesta: pendiente del paciente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Registrada la llegada</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ Semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>Semana siguiente ›</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Propose another time…</source>
        <translation>Proponer otra hora…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Choose a visit in the calendar to see it here.</source>
        <translation>Elija una cita en el calendario para verla aquí.</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Un paciente</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CallChatModel</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CallDevices</name>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>No se encontró ningún micrófono</translation>
    </message>
    <message>
        <source>No speaker found</source>
        <translation>No se encontró ningún altavoz</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CallWindow</name>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Video visit with %1</source>
        <translation>Videoconsulta con %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Call quality details</source>
        <translation>Detalles de la calidad de la llamada</translation>
    </message>
    <message>
        <source>Connection: measuring…</source>
        <translation>Conexión: midiendo…</translation>
    </message>
    <message>
        <source>Call quality</source>
        <translation>Calidad de la llamada</translation>
    </message>
    <message>
        <source>Call status</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>%1&apos;s video</source>
        <translation>Vídeo de %1</translation>
    </message>
    <message>
        <source>Waiting for %1&apos;s video…</source>
        <translation>Esperando el vídeo de %1…</translation>
    </message>
    <message>
        <source>Your video</source>
        <translation>Su vídeo</translation>
    </message>
    <message>
        <source>%1 is muted</source>
        <translation>%1 tiene el micrófono silenciado</translation>
    </message>
    <message>
        <source>Safety code</source>
        <translation>Código de seguridad</translation>
    </message>
    <message>
        <source>Show the safety code</source>
        <translation>Mostrar el código de seguridad</translation>
    </message>
    <message>
        <source>Compare this code with %1, read aloud: if it differs, the call is not private.</source>
        <translation>Compare este código con %1 en voz alta: si no coincide, la llamada no es privada.</translation>
    </message>
    <message>
        <source>Safety code: %1&lt;br&gt;Read it aloud to %2: it must match theirs exactly. If it does not, end the call: someone may be listening in.</source>
        <translation>Código de seguridad: %1&lt;br&gt;Léalo en voz alta a %2: debe coincidir exactamente con el suyo. Si no coincide, termine la llamada: alguien podría estar escuchando.</translation>
    </message>
    <message>
        <source>Speaker volume</source>
        <translation>Volumen del altavoz</translation>
    </message>
    <message>
        <source>How loud %1 sounds</source>
        <translation>Con qué volumen se oye a %1</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Terminar llamada</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>End the call (%1)</source>
        <translation>Terminar la llamada (%1)</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volumen</translation>
    </message>
    <message>
        <source>C&amp;amera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <source>&amp;Microphone</source>
        <translation>&amp;Micrófono</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>Al&amp;tavoz</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Mensajes del chat</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Mensaje de chat</translation>
    </message>
    <message>
        <source>Type a message</source>
        <translation>Escriba un mensaje</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>This call&apos;s media is already running.</source>
        <translation>El audio y el vídeo de esta llamada ya están en marcha.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>%1 has left; waiting…</source>
        <translation>%1 se ha desconectado; esperando…</translation>
    </message>
    <message>
        <source>The call has ended.</source>
        <translation>La llamada ha terminado.</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar micrófono</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Unmute microphone</source>
        <translation>Activar el micrófono</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar el micrófono</translation>
    </message>
    <message>
        <source>Let %1 hear you again (%2)</source>
        <translation>Que %1 vuelva a oírle (%2)</translation>
    </message>
    <message>
        <source>Stop %1 hearing you (%2)</source>
        <translation>Que %1 deje de oírle (%2)</translation>
    </message>
    <message>
        <source>Turn camera off</source>
        <translation>Apagar cámara</translation>
    </message>
    <message>
        <source>Turn camera on</source>
        <translation>Encender cámara</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Stop sending your picture (%1)</source>
        <translation>Dejar de enviar su imagen (%1)</translation>
    </message>
    <message>
        <source>Send your picture again (%1)</source>
        <translation>Volver a enviar su imagen (%1)</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Cámara apagada</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>The call is not connected yet.</source>
        <translation>La llamada aún no está conectada.</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation>aún sin medir</translation>
    </message>
    <message>
        <source>%1 kbit/s · %2 frames/s · round trip %3 · %4 frames lost</source>
        <translation>%1 kbit/s · %2 imágenes/s · ida y vuelta %3 · %4 imágenes perdidas</translation>
    </message>
    <message>
        <source>Call quality: %1
Received: %2 kbit/s, %3 frames a second
Sent: %4 kbit/s, %5 frames a second
Round trip: %6
Lost on the way here: %7%
Video frames lost: %8</source>
        <translation>Calidad de la llamada: %1
Recibido: %2 kbit/s, %3 imágenes por segundo
Enviado: %4 kbit/s, %5 imágenes por segundo
Ida y vuelta: %6
Perdido en el camino hasta aquí: %7%
Imágenes de vídeo perdidas: %8</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CareTeamBox</name>
    <message>
        <source>Care team</source>
        <translation>Equipo asistencial</translation>
    </message>
    <message>
        <source>No doctor or nurse is on this patient&apos;s care team.</source>
        <translation>Ningún médico ni enfermero forma parte del equipo asistencial de este paciente.</translation>
    </message>
    <message>
        <source>Doctor or nurse to add</source>
        <translation>Médico o enfermero que añadir</translation>
    </message>
    <message>
        <source>The doctors and nurses on any care team on this computer.</source>
        <translation>Los médicos y enfermeros de cualquier equipo asistencial guardado en este ordenador.</translation>
    </message>
    <message>
        <source>A&amp;dd to team</source>
        <translation>A&amp;ñadir al equipo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>They stop receiving this patient&apos;s profile and notes.</source>
        <translation>Dejará de recibir el perfil y las notas de este paciente.</translation>
    </message>
    <message>
        <source>Doctors and nurses can be chosen here once one of them is on any patient&apos;s care team on this computer.</source>
        <translation>Podrá elegir médicos y enfermeros aquí en cuanto alguno forme parte del equipo asistencial de un paciente en este ordenador.</translation>
    </message>
    <message>
        <source>Choose a doctor or nurse</source>
        <translation>Elija un médico o enfermero</translation>
    </message>
    <message>
        <source>No one to add</source>
        <translation>Nadie que añadir</translation>
    </message>
</context>
<context>
    <name>clinic::ui::CareTeamModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation>%1 · pendiente de sincronizar</translation>
    </message>
    <message>
        <source>Waiting to sync: the server has not confirmed this change.</source>
        <translation>Pendiente de sincronizar: el servidor aún no ha confirmado este cambio.</translation>
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
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Your new password works everywhere you use Clinic. Use at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Su nueva contraseña servirá en todos los sitios donde use Clinic. Use al menos %1 caracteres; unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Changing your password needs the server, which cannot be reached right now.</source>
        <translation>Para cambiar la contraseña se necesita el servidor, al que ahora mismo no se puede acceder.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Cambiando su contraseña…</translation>
    </message>
    <message>
        <source>Your password was changed on the server, but not yet on this computer: %1 At your next sign-in Clinic asks for the old password once.</source>
        <translation>Su contraseña se ha cambiado en el servidor, pero aún no en este equipo: %1 La próxima vez que inicie sesión, Clinic le pedirá una vez la contraseña anterior.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClientShell</name>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>«%1» no es una dirección de servidor.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicPage</name>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Where patients come for their visits, with opening hours and how to reach you. Everyone using Clinic sees these.</source>
        <translation>Los lugares a los que acuden los pacientes para sus citas, con su horario de apertura y sus datos de contacto. Todos los usuarios de Clinic los ven.</translation>
    </message>
    <message>
        <source>Clinic locations</source>
        <translation>Centros de la clínica</translation>
    </message>
    <message>
        <source>No locations yet. Add the clinic&apos;s first location so patients know where to come.</source>
        <translation>Aún no hay centros. Añada el primer centro de la clínica para que los pacientes sepan adónde acudir.</translation>
    </message>
    <message>
        <source>&amp;Add location…</source>
        <translation>&amp;Añadir centro…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Cancellation window</source>
        <translation>Plazo de cancelación</translation>
    </message>
    <message>
        <source>Patients can cancel or move a visit themselves until this many hours before it starts; after that they call the clinic, and the front desk can still change it. 0: any time.</source>
        <translation>Los pacientes pueden cancelar o cambiar una cita por sí mismos hasta este número de horas antes de que empiece; después, deben llamar a la clínica, y recepción aún puede cambiarla. 0: en cualquier momento.</translation>
    </message>
    <message>
        <source>Cancellation window in hours</source>
        <translation>Plazo de cancelación en horas</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>&amp;Save window</source>
        <translation>&amp;Guardar plazo</translation>
    </message>
    <message>
        <source>&amp;Patients may cancel up to:</source>
        <translation>Los &amp;pacientes pueden cancelar hasta:</translation>
    </message>
    <message>
        <source>Now: patients can cancel any time.</source>
        <translation>Ahora: los pacientes pueden cancelar en cualquier momento.</translation>
    </message>
    <message>
        <source>Now: until %1 h before a visit.</source>
        <translation>Ahora: hasta %1 h antes de la cita.</translation>
    </message>
    <message>
        <source>%1 Saved on this computer; it goes to the clinic&apos;s server when it can be reached.</source>
        <translation>%1 Guardado en este equipo; se enviará al servidor de la clínica cuando se pueda acceder a él.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>Se ha añadido %1.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove %1 from the clinic&apos;s locations? Patients no longer see it, and doctors can no longer list it as where they work.</source>
        <translation>¿Quitar %1 de los centros de la clínica? Los pacientes dejarán de verlo y los médicos ya no podrán indicarlo como lugar de trabajo.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Se ha quitado %1.</translation>
    </message>
    <message>
        <source>Nothing to save: the window is already %1 h.</source>
        <translation>No hay nada que guardar: el plazo ya es de %1 h.</translation>
    </message>
    <message>
        <source>Patients can now cancel any time.</source>
        <translation>Ahora los pacientes pueden cancelar en cualquier momento.</translation>
    </message>
    <message>
        <source>Patients can now cancel until %1 h before a visit.</source>
        <translation>Ahora los pacientes pueden cancelar hasta %1 h antes de la cita.</translation>
    </message>
    <message>
        <source>The server refused a change to the clinic: %1</source>
        <translation>El servidor ha rechazado un cambio en la clínica: %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ClinicsPage</name>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Your city, to see the centres there first</source>
        <translation>Su ciudad, para ver primero los centros de allí</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Centros de salud</translation>
    </message>
    <message>
        <source>The clinic has not listed its centres yet.</source>
        <translation>La clínica aún no ha publicado sus centros.</translation>
    </message>
    <message>
        <source>Centres: %1</source>
        <translation>Centros: %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::DeskScheduleModel</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Free · video</source>
        <translation>Libre · vídeo</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation>%1 · pendiente de sincronizar</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Un paciente</translation>
    </message>
    <message>
        <source>Free: %1–%2 with %3 (%4)</source>
        <translation>Libre: %1–%2 con %3 (%4)</translation>
    </message>
    <message>
        <source>%1–%2 with %3</source>
        <translation>%1–%2 con %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>clinic::ui::DeviceTestDialog</name>
    <message>
        <source>Test camera and sound</source>
        <translation>Probar cámara y sonido</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>&amp;Cámara:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Speak: the bar moves when the microphone hears you.</source>
        <translation>Hable: la barra se mueve cuando el micrófono le oye.</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>&amp;Play test tone</source>
        <translation>&amp;Reproducir tono de prueba</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Reproducir tono de prueba</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>Al&amp;tavoz:</translation>
    </message>
    <message>
        <source>Check that the other person will see and hear you before the visit starts.</source>
        <translation>Compruebe que la otra persona podrá verle y oírle antes de que empiece la consulta.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>Playing…</source>
        <translation>Reproduciendo…</translation>
    </message>
    <message>
        <source>The test speaker plays nothing: the tone goes to it for two seconds.</source>
        <translation>El altavoz de prueba no reproduce nada: el tono se le envía durante dos segundos.</translation>
    </message>
    <message>
        <source>You should hear a steady tone for two seconds.</source>
        <translation>Debería oír un tono continuo durante dos segundos.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::DevicesPage</name>
    <message>
        <source>Blood pressure monitors, thermometers, glucose meters, pulse oximeters, scales and heart rate straps with Bluetooth send their readings to Clinic by themselves once they are paired here. Your care team sees them with the readings you type in.</source>
        <translation>Los tensiómetros, termómetros, glucómetros, pulsioxímetros, básculas y bandas de frecuencia cardiaca con Bluetooth envían sus lecturas a Clinic por sí solos una vez emparejados aquí. Su equipo asistencial las ve junto con las lecturas que usted introduce.</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Your devices</source>
        <translation>Sus dispositivos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Última lectura</translation>
    </message>
    <message>
        <source>No device is paired yet. Switch your device on (or start a measurement) and choose Scan.</source>
        <translation>Aún no hay ningún dispositivo emparejado. Encienda su dispositivo (o inicie una medición) y elija Buscar.</translation>
    </message>
    <message>
        <source>Cuff pressure</source>
        <translation>Presión del manguito</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Forget the selected device</source>
        <translation>Olvidar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Add a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Scan for devices</source>
        <translation>Buscar dispositivos</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Buscando</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation>Dispositivos encontrados</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <source>Pair the selected device</source>
        <translation>Emparejar el dispositivo seleccionado</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>No new device was found. Switch the device on or start a measurement on it, bring it close, and scan again.</source>
        <translation>No se ha encontrado ningún dispositivo nuevo. Encienda el dispositivo o inicie una medición en él, acérquelo y vuelva a buscar.</translation>
    </message>
    <message>
        <source>Cuff pressure: %1 mmHg</source>
        <translation>Presión del manguito: %1 mmHg</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Registrada: %1</translation>
    </message>
    <message>
        <source>Bluetooth cannot be used</source>
        <translation>No se puede usar Bluetooth</translation>
    </message>
    <message>
        <source>No device is paired yet.</source>
        <translation>Aún no hay ningún dispositivo emparejado.</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message numerus="yes">
        <source>Out of reach, trying again in %n s</source>
        <translation>
            <numerusform>Fuera de alcance, nuevo intento en %n s</numerusform>
            <numerusform>Fuera de alcance, nuevo intento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation>Fuera de alcance</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, a las %2</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, el %2</translation>
    </message>
    <message>
        <source>%1 is paired. Take a measurement: it is recorded by itself.</source>
        <translation>%1 está emparejado. Tome una medición: se registra automáticamente.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::DispensingPage</name>
    <message>
        <source>Dr %1</source>
        <translation>Dr. %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message>
        <source>The findings cannot be read.</source>
        <translation>No se pueden leer los resultados.</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>alergia</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>Show fills</source>
        <translation>Mostrar dispensaciones</translation>
    </message>
    <message>
        <source>All fills</source>
        <translation>Todas las dispensaciones</translation>
    </message>
    <message>
        <source>Search patient or drug</source>
        <translation>Buscar paciente o medicamento</translation>
    </message>
    <message>
        <source>Search by patient or drug</source>
        <translation>Buscar por paciente o medicamento</translation>
    </message>
    <message>
        <source>Prescriptions to fill</source>
        <translation>Recetas por dispensar</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>&amp;Start filling</source>
        <translation>&amp;Iniciar la preparación</translation>
    </message>
    <message>
        <source>Start filling the prescription</source>
        <translation>Iniciar la preparación de la receta</translation>
    </message>
    <message>
        <source>Ready for &amp;pick-up</source>
        <translation>Lista para &amp;recoger</translation>
    </message>
    <message>
        <source>Mark ready for pick-up</source>
        <translation>Marcar como lista para recoger</translation>
    </message>
    <message>
        <source>&amp;Dispense</source>
        <translation>&amp;Dispensar</translation>
    </message>
    <message>
        <source>Dispense to the patient</source>
        <translation>Dispensar al paciente</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>R&amp;echazar…</translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation>Rechazar indicando un motivo</translation>
    </message>
    <message>
        <source>Ask the &amp;prescriber…</source>
        <translation>Consultar al &amp;prescriptor…</translation>
    </message>
    <message>
        <source>Return to the prescriber with a question</source>
        <translation>Devolver al prescriptor con una pregunta</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Reject prescription</source>
        <translation>Rechazar la receta</translation>
    </message>
    <message>
        <source>Why is it rejected? The prescriber and the patient see this.</source>
        <translation>¿Por qué se rechaza? El prescriptor y el paciente verán este texto.</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Ask the prescriber</source>
        <translation>Consultar al prescriptor</translation>
    </message>
    <message>
        <source>Your question to the prescriber:</source>
        <translation>Su pregunta al prescriptor:</translation>
    </message>
    <message>
        <source>Question to the prescriber</source>
        <translation>Pregunta al prescriptor</translation>
    </message>
    <message>
        <source>You are not assigned to a pharmacy yet: the clinic&apos;s administrator assigns you to one on their Clinic page.</source>
        <translation>Todavía no está asignado a ninguna farmacia: el administrador de la clínica le asigna una desde su página Clinic.</translation>
    </message>
    <message>
        <source>No prescriptions yet: those routed to your pharmacy appear here.</source>
        <translation>Aún no hay recetas: aquí aparecen las que se envían a su farmacia.</translation>
    </message>
    <message>
        <source>Choose a prescription in the queue to see it in full.</source>
        <translation>Elija una receta de la cola para verla completa.</translation>
    </message>
    <message>
        <source>The prescription has not arrived yet.</source>
        <translation>La receta aún no ha llegado.</translation>
    </message>
    <message>
        <source>Signed by %1, verified (key %2…)</source>
        <translation>Firmada por %1, verificada (clave %2…)</translation>
    </message>
    <message>
        <source>Do not fill: the signature does not check out.</source>
        <translation>No la dispense: la firma no es válida.</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Allergies:</source>
        <translation>Alergias:</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>No constan</translation>
    </message>
    <message>
        <source>Drug:</source>
        <translation>Medicamento:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Concentración:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Forma farmacéutica:</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Dosis:</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Posología:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Fill:</source>
        <translation>Dispensación:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Substitution:</source>
        <translation>Sustitución:</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitida</translation>
    </message>
    <message>
        <source>Not allowed: dispense as written</source>
        <translation>No permitida: dispensar lo prescrito</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Prescriber:</source>
        <translation>Prescriptor:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Emitida:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Prescriber&apos;s answer:</source>
        <translation>Respuesta del prescriptor:</translation>
    </message>
    <message>
        <source>Prescription:</source>
        <translation>Receta:</translation>
    </message>
    <message>
        <source>Cancelled by the prescriber</source>
        <translation>Cancelada por el prescriptor</translation>
    </message>
    <message>
        <source>Check findings (reference data %1)</source>
        <translation>Resultados de la comprobación (datos de referencia %1)</translation>
    </message>
    <message>
        <source>Prescriber&apos;s override:</source>
        <translation>Justificación del prescriptor para omitir la alerta:</translation>
    </message>
    <message>
        <source>Filling started.</source>
        <translation>Preparación iniciada.</translation>
    </message>
    <message>
        <source>Ready for pick-up: the patient is told.</source>
        <translation>Lista para recoger: se ha avisado al paciente.</translation>
    </message>
    <message>
        <source>Dispensed. Stock is deducted from the lots expiring first.</source>
        <translation>Dispensada. Las existencias se descuentan de los lotes que caducan antes.</translation>
    </message>
    <message>
        <source>Say why the prescription is rejected.</source>
        <translation>Indique por qué se rechaza la receta.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rechazada.</translation>
    </message>
    <message>
        <source>Write the question for the prescriber.</source>
        <translation>Escriba la pregunta para el prescriptor.</translation>
    </message>
    <message>
        <source>Returned to the prescriber with your question.</source>
        <translation>Devuelta al prescriptor con su pregunta.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>Open fills</source>
        <translation>Dispensaciones abiertas</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mostrar más</translation>
    </message>
    <message>
        <source>Show more fills</source>
        <translation>Mostrar más dispensaciones</translation>
    </message>
    <message>
        <source>Listed: the %1 most recently changed</source>
        <translation>En la lista: las %1 modificadas más recientemente</translation>
    </message>
    <message>
        <source>None matches</source>
        <translation>Ninguna coincide</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>En la lista: %1</translation>
    </message>
    <message>
        <source>%1 · open: %2 · all fills: %3</source>
        <translation>%1 · abiertas: %2 · todas: %3</translation>
    </message>
</context>
<context>
    <name>clinic::ui::FillQueueModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Dispensación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>clinic::ui::FindDoctorPage</name>
    <message>
        <source>Doctor or specialty</source>
        <translation>Médico o especialidad</translation>
    </message>
    <message>
        <source>A name or a specialty, e.g. cardiology</source>
        <translation>Un nombre o una especialidad, p. ej. cardiología</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Doctors</source>
        <translation>Médicos</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Horas libres</translation>
    </message>
    <message>
        <source>Choose a doctor to see their free times.</source>
        <translation>Elija un médico para ver sus horas libres.</translation>
    </message>
    <message>
        <source>Request this time</source>
        <translation>Pedir esta hora</translation>
    </message>
    <message>
        <source>Find a doctor</source>
        <translation>Buscar un médico</translation>
    </message>
    <message>
        <source>No doctor with free times in the next %1 days matches.</source>
        <translation>Ningún médico con horas libres en los próximos %1 días coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Free times with %1</source>
        <translation>Horas libres con %1</translation>
    </message>
    <message>
        <source>Requested: %1 with %2. The doctor will confirm it.</source>
        <translation>Solicitada: %1 con %2. El médico la confirmará.</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Type to find them in the register</source>
        <translation>Escriba para buscarlo en el registro</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Choose the patient the visit is for.</source>
        <translation>Elija el paciente para quien es la cita.</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <source>Join the waitlist</source>
        <translation>Apuntarse a la lista de espera</translation>
    </message>
    <message>
        <source>Be told when an earlier time with this doctor frees up.</source>
        <translation>Reciba un aviso cuando quede libre una hora antes con este médico.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>In person or video</source>
        <translation>Presencial o por vídeo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Cualquier valoración</translation>
    </message>
    <message>
        <source>★ 3 or more</source>
        <translation>★ 3 o más</translation>
    </message>
    <message>
        <source>★ 4 or more</source>
        <translation>★ 4 o más</translation>
    </message>
    <message>
        <source>★ 4.5 or more</source>
        <translation>★ 4,5 o más</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Por nombre</translation>
    </message>
    <message>
        <source>Soonest free first</source>
        <translation>Primero la hora libre más próxima</translation>
    </message>
    <message>
        <source>Best rated first</source>
        <translation>Primero los mejor valorados</translation>
    </message>
    <message>
        <source>Nearest first</source>
        <translation>Primero los más cercanos</translation>
    </message>
    <message>
        <source>Near</source>
        <translation>Cerca de</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Cualquier lugar</translation>
    </message>
    <message>
        <source>Within kilometres</source>
        <translation>Distancia máxima en kilómetros</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>cualquier distancia</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Free within days</source>
        <translation>Hora libre en los próximos días</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Free within</source>
        <translation>Hora libre en</translation>
    </message>
    <message>
        <source>Remove from my doctors</source>
        <translation>Quitar de mis médicos</translation>
    </message>
    <message>
        <source>Add to my doctors</source>
        <translation>Añadir a mis médicos</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>%1 is now among your doctors.</source>
        <translation>%1 está ahora entre sus médicos.</translation>
    </message>
    <message>
        <source>%1 is no longer among your doctors.</source>
        <translation>%1 ya no está entre sus médicos.</translation>
    </message>
    <message>
        <source>Choose the patient who waits.</source>
        <translation>Elija el paciente que se apunta a la lista de espera.</translation>
    </message>
    <message>
        <source>On %1&apos;s waitlist for the next %2 days: a notice comes when an earlier time frees up.</source>
        <translation>En la lista de espera de %1 durante los próximos %2 días: se enviará un aviso cuando quede libre una hora antes.</translation>
    </message>
    <message>
        <source>The clinic&apos;s doctors are on their way to this computer; they show here as they arrive.</source>
        <translation>Los médicos de la clínica se están descargando en este equipo; aparecerán aquí a medida que lleguen.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::FollowUpDialog</name>
    <message>
        <source>Follow-up reminder for %1</source>
        <translation>Recordatorio de seguimiento para %1</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>At a time of day</source>
        <translation>A una hora del día</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Book a blood test before your next visit.</source>
        <translation>Pida cita para un análisis de sangre antes de su próxima consulta.</translation>
    </message>
    <message>
        <source>%1&apos;s computer reminds them when it is due (at %2 when no time is given).</source>
        <translation>Clinic se lo recordará a %1 en su ordenador cuando llegue la fecha (a las %2 si no se indica hora).</translation>
    </message>
    <message>
        <source>Say what the patient should do.</source>
        <translation>Indique qué debe hacer el paciente.</translation>
    </message>
    <message>
        <source>At most %1 characters, please (now %2).</source>
        <translation>Como máximo %1 caracteres, por favor (ahora %2).</translation>
    </message>
</context>
<context>
    <name>clinic::ui::HealthItemDialog</name>
    <message>
        <source>Edit: %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>%1 (needed):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be a date like 2027-12-31.</source>
        <translation>%1 debe ser una fecha con un formato como 2027-12-31.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::HealthRecordPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The record could not be read from this computer.</source>
        <translation>No se pudo leer la historia clínica en este equipo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation>Guardado en este equipo; se enviará a la clínica cuando se pueda acceder al servidor.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::HomePage</name>
    <message>
        <source>Good morning, %1</source>
        <translation>Buenos días, %1</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>Buenas tardes, %1</translation>
    </message>
    <message>
        <source>Good evening, %1</source>
        <translation>Buenas noches, %1</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>You are signed in as a patient of this clinic. Your appointments, messages, prescriptions and bills will appear in Clinic as your clinic uses them.</source>
        <translation>Ha iniciado sesión como paciente de esta clínica. Sus citas, mensajes, recetas y facturas aparecerán en Clinic a medida que su clínica los utilice.</translation>
    </message>
    <message>
        <source>Users, verification requests and the security policy are in the pages on the left.</source>
        <translation>Los usuarios, las solicitudes de verificación y la política de seguridad se encuentran en las páginas de la izquierda.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Clinic server:</source>
        <translation>Servidor de Clinic:</translation>
    </message>
    <message>
        <source>%1, connected</source>
        <translation>%1, conectado</translation>
    </message>
    <message>
        <source>%1, not reachable: working on this computer</source>
        <translation>%1, no accesible: trabajando en este equipo</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>En este equipo:</translation>
    </message>
    <message>
        <source>Encrypted store (SQLCipher %1, 256-bit AES), %2</source>
        <translation>Almacén cifrado (SQLCipher %1, AES de 256 bits), %2</translation>
    </message>
    <message>
        <source>The patients whose care team you are on are under My patients, with their records and notes.</source>
        <translation>Los pacientes de cuyo equipo de atención forma parte están en Mis pacientes, con sus historias y notas.</translation>
    </message>
    <message>
        <source>Your pharmacy&apos;s prescriptions are under Prescriptions, its stock under Inventory.</source>
        <translation>Las recetas de su farmacia están en Recetas, y sus existencias en Inventario.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::IncomingCallDialog</name>
    <message>
        <source>Incoming video call</source>
        <translation>Videollamada entrante</translation>
    </message>
    <message>
        <source>%1 is calling you for your video visit.</source>
        <translation>%1 le llama para su videoconsulta.</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Contestar</translation>
    </message>
    <message>
        <source>Answer the video call</source>
        <translation>Contestar la videollamada</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Decline the video call</source>
        <translation>Rechazar la videollamada</translation>
    </message>
</context>
<context>
    <name>clinic::ui::InventoryPage</name>
    <message>
        <source>Stock items</source>
        <translation>Artículos en existencias</translation>
    </message>
    <message>
        <source>Lots of the selected item</source>
        <translation>Lotes del artículo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Receive stock…</source>
        <translation>&amp;Recibir existencias…</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Recibir existencias</translation>
    </message>
    <message>
        <source>&amp;Adjust lot…</source>
        <translation>&amp;Ajustar lote…</translation>
    </message>
    <message>
        <source>Adjust the selected lot</source>
        <translation>Ajustar el lote seleccionado</translation>
    </message>
    <message>
        <source>Reorder level of the selected item</source>
        <translation>Nivel de pedido del artículo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Save level</source>
        <translation>&amp;Guardar nivel</translation>
    </message>
    <message>
        <source>Save the reorder level</source>
        <translation>Guardar el nivel de pedido</translation>
    </message>
    <message>
        <source>Re&amp;order at:</source>
        <translation>Nivel de &amp;pedido:</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Lots, expiring first first</source>
        <translation>Lotes, primero los que caducan antes</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>You are not assigned to a pharmacy yet: the clinic&apos;s administrator assigns you to one on their Clinic page.</source>
        <translation>Todavía no está asignado a ninguna farmacia: el administrador de la clínica le asigna una desde su página Clinic.</translation>
    </message>
    <message>
        <source>Nothing in stock yet: Receive stock adds a delivery.</source>
        <translation>Aún no hay existencias: con Recibir existencias se registra una entrega.</translation>
    </message>
    <message>
        <source>Items: %1 · at or below their reorder level: %2</source>
        <translation>Artículos: %1 · en su nivel de pedido o por debajo: %2</translation>
    </message>
    <message>
        <source>Choose an item to see its lots.</source>
        <translation>Elija un artículo para ver sus lotes.</translation>
    </message>
    <message>
        <source>Stock received.</source>
        <translation>Existencias recibidas.</translation>
    </message>
    <message>
        <source>Lot adjusted.</source>
        <translation>Lote ajustado.</translation>
    </message>
    <message>
        <source>Reorder level saved.</source>
        <translation>Nivel de pedido guardado.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::LocationDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New clinic location</source>
        <translation>Nuevo centro de la clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 08:00–19:00, Sat 09:00–13:00</source>
        <translation>p. ej. lun–vie 08:00–19:00, sáb 09:00–13:00</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>e.g. 38.7101</source>
        <translation>p. ej. 40,4168</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>e.g. -9.1388</source>
        <translation>p. ej. -3,7038</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Street address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Postal code, city:</source>
        <translation>&amp;Código postal, ciudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Opening &amp;hours:</source>
        <translation>&amp;Horario de apertura:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Map position:</source>
        <translation>Posición en el &amp;mapa:</translation>
    </message>
    <message>
        <source>Latitude and longitude in degrees, optional: with them patients find the nearest location.</source>
        <translation>Latitud y longitud en grados, opcionales: con ellas los pacientes encuentran el centro más cercano.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Latitude and longitude are numbers of degrees, such as 38.7101.</source>
        <translation>La latitud y la longitud son números de grados, como 40,4168.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>Latitude is -90 to 90 degrees and longitude -180 to 180.</source>
        <translation>La latitud va de -90 a 90 grados y la longitud, de -180 a 180.</translation>
    </message>
    <message>
        <source>The location needs a name.</source>
        <translation>El centro necesita un nombre.</translation>
    </message>
    <message>
        <source>The opening hours have at most 500 characters.</source>
        <translation>El horario de apertura tiene como máximo 500 caracteres.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::LocationListModel</name>
    <message>
        <source>%1 (waiting for the server)</source>
        <translation>%1 (pendiente del servidor)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>clinic::ui::LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Clinic is locked</source>
        <translation>Clinic está bloqueado</translation>
    </message>
    <message>
        <source>%1 was away. Enter your password to continue.</source>
        <translation>%1 se ha ausentado. Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Comprobando su contraseña…</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MainWindow</name>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
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
        <source>About Clinic</source>
        <translation>Acerca de Clinic</translation>
    </message>
    <message>
        <source>Clinic — %1 (%2)</source>
        <translation>Clinic — %1 (%2)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Clinic</source>
        <translation>&amp;Clinic</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;uenta</translation>
    </message>
    <message>
        <source>Set up &amp;2-step sign-in…</source>
        <translation>Configurar la &amp;verificación en dos pasos…</translation>
    </message>
    <message>
        <source>2-step sign-in</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Setting up 2-step sign-in needs the server.</source>
        <translation>Para configurar la verificación en dos pasos se necesita el servidor.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Clinic %1&lt;/h3&gt;&lt;p&gt;Your clinic&apos;s records, appointments and visits. Everything Clinic keeps on this computer is encrypted with your password.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Clinic %1&lt;/h3&gt;&lt;p&gt;Los historiales, citas y consultas de su clínica. Todo lo que Clinic guarda en este equipo está cifrado con su contraseña.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Política de seguridad</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>En línea: %1</translation>
    </message>
    <message>
        <source>Offline: working on this computer</source>
        <translation>Sin conexión: trabajando en este equipo</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>The clinic&apos;s server ended your session: %1</source>
        <translation>El servidor de la clínica ha cerrado su sesión: %1</translation>
    </message>
    <message>
        <source>Clinic — locked</source>
        <translation>Clinic — bloqueado</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Sync &amp;activity…</source>
        <translation>&amp;Actividad de sincronización…</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Change refused: %1</source>
        <translation>Cambio rechazado: %1</translation>
    </message>
    <message>
        <source>My patients</source>
        <translation>Mis pacientes</translation>
    </message>
    <message>
        <source>Find a doctor</source>
        <translation>Buscar un médico</translation>
    </message>
    <message>
        <source>My appointments</source>
        <translation>Mis citas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Book a visit</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notificaciones (%1)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>My availability</source>
        <translation>Mi disponibilidad</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Waiting room (%1)</source>
        <translation>Sala de espera (%1)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Verification (%1)</source>
        <translation>Verificación (%1)</translation>
    </message>
    <message>
        <source>Health centres</source>
        <translation>Centros de salud</translation>
    </message>
    <message>
        <source>My page</source>
        <translation>Mi página</translation>
    </message>
    <message>
        <source>Server reached: sign in again to sync</source>
        <translation>Servidor disponible: inicie sesión de nuevo para sincronizar</translation>
    </message>
    <message>
        <source>&amp;Test camera and sound…</source>
        <translation>&amp;Probar cámara y sonido…</translation>
    </message>
    <message>
        <source>Vital signs</source>
        <translation>Constantes vitales</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>My prescriptions</source>
        <translation>Mis recetas</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Prescriptions (%1)</source>
        <translation>Recetas (%1)</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MediaProvider</name>
    <message>
        <source>Test pattern</source>
        <translation>Imagen de prueba</translation>
    </message>
    <message>
        <source>Test tone (440 Hz)</source>
        <translation>Tono de prueba (440 Hz)</translation>
    </message>
    <message>
        <source>Silent test speaker</source>
        <translation>Altavoz de prueba silencioso</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MedicationGuideDialog</name>
    <message>
        <source>Medication guide: %1</source>
        <translation>Prospecto: %1</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué se utiliza</translation>
    </message>
    <message>
        <source>How to take it</source>
        <translation>Cómo tomarlo</translation>
    </message>
    <message>
        <source>Possible side effects</source>
        <translation>Posibles efectos adversos</translation>
    </message>
    <message>
        <source>Before and while you take it</source>
        <translation>Antes y durante el tratamiento</translation>
    </message>
    <message>
        <source>Get help at once if</source>
        <translation>Busque ayuda inmediatamente si</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also sold as %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;También se comercializa como %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;From the clinic&apos;s medicines reference, version %1. Ask your doctor or pharmacist if anything is unclear.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;De la referencia de medicamentos de la clínica, versión %1. Consulte a su médico o farmacéutico si tiene cualquier duda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Medication guide</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>This medicine is not in the medicines reference on this computer.</source>
        <translation>Este medicamento no está en la referencia de medicamentos de este ordenador.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MonitoringModel</name>
    <message>
        <source>%1 %2 since %3</source>
        <translation>%1 %2 desde %3</translation>
    </message>
    <message>
        <source>low</source>
        <translation>por debajo del umbral</translation>
    </message>
    <message>
        <source>high</source>
        <translation>por encima del umbral</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Confirmada: %1</translation>
    </message>
    <message>
        <source>ALERT: %1</source>
        <translation>ALERTA: %1</translation>
    </message>
    <message numerus="yes">
        <source> +%n more</source>
        <translation>
            <numerusform> +%n más</numerusform>
            <numerusform> +%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>no readings</source>
        <translation>sin lecturas</translation>
    </message>
    <message>
        <source>▲ %1 high</source>
        <translation>▲ %1 (alto)</translation>
    </message>
    <message>
        <source>▼ %1 low</source>
        <translation>▼ %1 (bajo)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>Última lectura</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MonitoringPage</name>
    <message>
        <source>Monitored patients</source>
        <translation>Pacientes monitorizados</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Confirmar alerta</translation>
    </message>
    <message>
        <source>Open vitals</source>
        <translation>Abrir constantes</translation>
    </message>
    <message>
        <source>← Back to monitoring</source>
        <translation>← Volver a monitorización</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <source>No patients yet. Your care-team patients&apos; vital signs appear here.</source>
        <translation>Aún no hay pacientes. Aquí aparecen las constantes vitales de los pacientes de su equipo asistencial.</translation>
    </message>
    <message>
        <source>Patients: %1 · with an alert to acknowledge: %2</source>
        <translation>Pacientes: %1 · con una alerta por confirmar: %2</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MyDirectoryPage</name>
    <message>
        <source>What patients read about you when they look for a doctor. Your changes reach them when you save.</source>
        <translation>Lo que leen los pacientes sobre usted cuando buscan un médico. Sus cambios les llegan al guardar.</translation>
    </message>
    <message>
        <source>My page</source>
        <translation>Mi página</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Undo my edits</source>
        <translation>Des&amp;hacer mis cambios</translation>
    </message>
    <message>
        <source>Preview: your page as patients see it</source>
        <translation>Vista previa: su página tal como la ven los pacientes</translation>
    </message>
    <message>
        <source>Preview of your page</source>
        <translation>Vista previa de su página</translation>
    </message>
    <message>
        <source>Waiting to sync: patients see your changes once the server has them.</source>
        <translation>Pendiente de sincronizar: los pacientes verán sus cambios cuando los reciba el servidor.</translation>
    </message>
    <message>
        <source>Not published yet: patients cannot find you until you save this page. We filled in what you registered with; check it first.</source>
        <translation>Aún no publicada: los pacientes no podrán encontrarle hasta que guarde esta página. Hemos rellenado los datos con los que se registró; revíselos primero.</translation>
    </message>
    <message>
        <source>Published: patients see this page when they look for a doctor.</source>
        <translation>Publicada: los pacientes ven esta página cuando buscan un médico.</translation>
    </message>
    <message>
        <source>Shown here once you are online (the clinic verifies it).</source>
        <translation>Se mostrará aquí cuando tenga conexión (la clínica lo verifica).</translation>
    </message>
    <message>
        <source>%1, verified by the clinic</source>
        <translation>%1, verificado por la clínica</translation>
    </message>
    <message>
        <source>★ %1 (ratings: %2)</source>
        <translation>★ %1 (valoraciones: %2)</translation>
    </message>
    <message>
        <source>Not rated yet. Patients rate you after their visits.</source>
        <translation>Aún sin valoraciones. Los pacientes le valoran después de sus citas.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation>Guardado en este equipo; se enviará a la clínica cuando se pueda acceder al servidor.</translation>
    </message>
    <message>
        <source>The server refused your page: %1</source>
        <translation>El servidor ha rechazado su página: %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MyPatientsPage</name>
    <message>
        <source>My patients</source>
        <translation>Mis pacientes</translation>
    </message>
    <message>
        <source>Select a patient to see their profile and notes.</source>
        <translation>Seleccione un paciente para ver su perfil y sus notas.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>No patients yet. The front desk adds you to a patient&apos;s care team; their records then arrive here.</source>
        <translation>Aún no tiene pacientes. Recepción le añade al equipo asistencial de un paciente y su ficha llega aquí.</translation>
    </message>
    <message>
        <source>Patients on your care team: %1</source>
        <translation>Pacientes de su equipo asistencial: %1</translation>
    </message>
    <message>
        <source>&amp;Health record</source>
        <translation>Histo&amp;ria clínica</translation>
    </message>
    <message>
        <source>Vital signs…</source>
        <translation>Constantes vitales…</translation>
    </message>
    <message>
        <source>Follow-up reminder…</source>
        <translation>Recordatorio de seguimiento…</translation>
    </message>
    <message>
        <source>Set a follow-up reminder</source>
        <translation>Programar un recordatorio de seguimiento</translation>
    </message>
    <message>
        <source>P&amp;rescriptions</source>
        <translation>R&amp;ecetas</translation>
    </message>
</context>
<context>
    <name>clinic::ui::MyPrescriptionsPage</name>
    <message>
        <source>My prescriptions</source>
        <translation>Mis recetas</translation>
    </message>
    <message>
        <source>Pharmacies</source>
        <translation>Farmacias</translation>
    </message>
    <message>
        <source>Use this pharmacy</source>
        <translation>Usar esta farmacia</translation>
    </message>
    <message>
        <source>Send my prescriptions to the pharmacy chosen</source>
        <translation>Enviar mis recetas a la farmacia elegida</translation>
    </message>
    <message>
        <source>Send my prescriptions to:</source>
        <translation>Enviar mis recetas a:</translation>
    </message>
    <message>
        <source>Medication guide…</source>
        <translation>Prospecto…</translation>
    </message>
    <message>
        <source>Medication guide of the selected medicine</source>
        <translation>Prospecto del medicamento seleccionado</translation>
    </message>
    <message>
        <source>Request refill…</source>
        <translation>Solicitar renovación…</translation>
    </message>
    <message>
        <source>Ask the doctor for a refill of the selected prescription</source>
        <translation>Pedir al médico una renovación de la receta seleccionada</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the selected prescription as a PDF</source>
        <translation>Guardar la receta seleccionada como PDF</translation>
    </message>
    <message>
        <source>Request refill</source>
        <translation>Solicitar renovación</translation>
    </message>
    <message>
        <source>A note for your doctor (optional):</source>
        <translation>Una nota para su médico (opcional):</translation>
    </message>
    <message>
        <source>Save prescription</source>
        <translation>Guardar receta</translation>
    </message>
    <message>
        <source>prescription-%1.pdf</source>
        <translation>receta-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your pharmacy:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Su farmacia:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;It takes no new prescriptions: choose another.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;No acepta recetas nuevas: elija otra.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;No pharmacy chosen.&lt;/b&gt; Choose the one your prescriptions go to.</source>
        <translation>&lt;b&gt;No ha elegido farmacia.&lt;/b&gt; Elija aquella a la que se envían sus recetas.</translation>
    </message>
    <message>
        <source>No prescriptions yet. When your doctor prescribes a medicine, it appears here and goes to your pharmacy.</source>
        <translation>Aún no hay recetas. Cuando su médico le prescriba un medicamento, aparecerá aquí y se enviará a su farmacia.</translation>
    </message>
    <message>
        <source>Select a prescription to see its details.</source>
        <translation>Seleccione una receta para ver sus detalles.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Refill requested on %1: waiting for your doctor.</source>
        <translation>&lt;br&gt;Renovación solicitada el %1: pendiente de su médico.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your last refill request was declined: %1</source>
        <translation>&lt;br&gt;Se denegó su última solicitud de renovación: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Your last refill request was approved.</source>
        <translation>&lt;br&gt;Se aprobó su última solicitud de renovación.</translation>
    </message>
    <message>
        <source>No refills are left on this prescription: ask your doctor for a new one.</source>
        <translation>No quedan renovaciones en esta receta: pida a su médico una nueva.</translation>
    </message>
    <message>
        <source>A refill is already requested.</source>
        <translation>Ya se ha solicitado una renovación.</translation>
    </message>
    <message>
        <source>Refill requested: your doctor decides.</source>
        <translation>Renovación solicitada: su médico decidirá.</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>%1 is not in this version of the medicines reference.</source>
        <translation>%1 no está en esta versión de la referencia de medicamentos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4, %5.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 · %3 · %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) per fill</source>
        <translation>
            <numerusform>%n unidad por dispensación</numerusform>
            <numerusform>%n unidades por dispensación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refill(s) authorised</source>
        <translation>
            <numerusform>%n repetición autorizada</numerusform>
            <numerusform>%n repeticiones autorizadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>Nueva cuenta de personal</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de colegiado</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>Confirm first password</source>
        <translation>Confirmar la contraseña inicial</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>Número de co&amp;legiado:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>&amp;Contraseña inicial:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>Cre&amp;ar</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Creando la cuenta…</translation>
    </message>
    <message>
        <source>Give them this first password in person; Clinic asks them to choose their own when they first sign in.</source>
        <translation>Entréguele esta primera contraseña en persona; Clinic le pedirá que elija la suya al iniciar sesión por primera vez.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirmar la contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::NoteListModel</name>
    <message>
        <source>%1 · %2 · waiting to sync</source>
        <translation>%1 · %2 · pendiente de sincronizar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>clinic::ui::NotesPanel</name>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Escriba una nota…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Añadir nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>clinic::ui::NotificationListModel</name>
    <message>
        <source>New: %1. %2</source>
        <translation>Nueva: %1. %2</translation>
    </message>
</context>
<context>
    <name>clinic::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Nothing new. Bookings, confirmations, changes, cancellations and reminders of your visits appear here.</source>
        <translation>No hay novedades. Aquí aparecen las reservas, confirmaciones, cambios, cancelaciones y recordatorios de sus citas.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
    <message>
        <source> hours before</source>
        <translation> horas antes</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientListModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waiting to sync: the server has not confirmed the latest change.</source>
        <translation>Pendiente de sincronizar: el servidor no ha confirmado el último cambio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientPrescriptionsPanel</name>
    <message>
        <source>What you prescribed for this patient, and where it stands at the pharmacy.</source>
        <translation>Lo que ha prescrito a este paciente y en qué situación está en la farmacia.</translation>
    </message>
    <message>
        <source>Prescribe…</source>
        <translation>Prescribir…</translation>
    </message>
    <message>
        <source>Write a prescription for this patient</source>
        <translation>Redactar una receta para este paciente</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Recetas</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PatientsPage</name>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>The start of each name is enough: “ann smi” finds Ann Smithers.</source>
        <translation>Basta con el principio de cada nombre: «ana gar» encuentra a Ana García.</translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation>&amp;Registrar paciente…</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Find a patient by name and select them to see and edit their details, or register a new patient.</source>
        <translation>Busque un paciente por su nombre y selecciónelo para ver y modificar sus datos, o registre un paciente nuevo.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Undo edits</source>
        <translation>Des&amp;hacer cambios</translation>
    </message>
    <message>
        <source>Type a name to find a patient.</source>
        <translation>Escriba un nombre para buscar un paciente.</translation>
    </message>
    <message>
        <source>No patient by that name on this computer.</source>
        <translation>No hay ningún paciente con ese nombre en este equipo.</translation>
    </message>
    <message>
        <source>The first %1 patients found; type more of the name.</source>
        <translation>Se muestran los %1 primeros pacientes encontrados; escriba más letras del nombre.</translation>
    </message>
    <message>
        <source>Patients found: %1</source>
        <translation>Pacientes encontrados: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no detail was changed.</source>
        <translation>No hay nada que guardar: no se ha modificado ningún dato.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation>Guardado en este equipo; se enviará a la clínica cuando se pueda acceder al servidor.</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmaciesBox</name>
    <message>
        <source>Pharmacies</source>
        <translation>Farmacias</translation>
    </message>
    <message>
        <source>The pharmacies prescriptions are sent to, and the pharmacists who work at each. Patients choose theirs; an inactive pharmacy takes no new prescriptions.</source>
        <translation>Las farmacias a las que se envían las recetas y los farmacéuticos que trabajan en cada una. Los pacientes eligen la suya; una farmacia inactiva no acepta recetas nuevas.</translation>
    </message>
    <message>
        <source>No pharmacies yet. Add one so doctors can send prescriptions to it.</source>
        <translation>Aún no hay farmacias. Añada una para que los médicos puedan enviarle recetas.</translation>
    </message>
    <message>
        <source>Add &amp;pharmacy…</source>
        <translation>Añadir &amp;farmacia…</translation>
    </message>
    <message>
        <source>Edit p&amp;harmacy…</source>
        <translation>Editar f&amp;armacia…</translation>
    </message>
    <message>
        <source>Assign a pharma&amp;cist…</source>
        <translation>Asignar un farma&amp;céutico…</translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation>El servidor ha rechazado un cambio: %1</translation>
    </message>
    <message>
        <source>Pharmacy saved.</source>
        <translation>Farmacia guardada.</translation>
    </message>
    <message>
        <source>Pharmacy saved on this computer; it goes to the clinic&apos;s server when it can be reached.</source>
        <translation>Farmacia guardada en este equipo; se enviará al servidor de la clínica cuando se pueda acceder a él.</translation>
    </message>
    <message>
        <source>Pharmacist assigned.</source>
        <translation>Farmacéutico asignado.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyAlerts</name>
    <message>
        <source>and %1 more (Inventory)</source>
        <translation>y %1 más (Inventario)</translation>
    </message>
    <message>
        <source>Prescriptions waiting</source>
        <translation>Recetas pendientes</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Caducan en 30 días o menos</translation>
    </message>
    <message>
        <source>Expiring within 60 days</source>
        <translation>Caducan en 60 días o menos</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Expiring in 31 to 60 days</source>
        <translation>Caducan en 31 a 60 días</translation>
    </message>
    <message>
        <source>You are not assigned to a pharmacy yet: the clinic&apos;s administrator assigns you to one.</source>
        <translation>Todavía no está asignado a ninguna farmacia: el administrador de la clínica le asigna una.</translation>
    </message>
    <message>
        <source>New: &lt;b&gt;%1&lt;/b&gt; · in progress: &lt;b&gt;%2&lt;/b&gt; · ready for pick-up: &lt;b&gt;%3&lt;/b&gt; · returned to the prescriber: &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Nuevas: &lt;b&gt;%1&lt;/b&gt; · en preparación: &lt;b&gt;%2&lt;/b&gt; · listas para recoger: &lt;b&gt;%3&lt;/b&gt; · devueltas al prescriptor: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 usable, reorder at %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 utilizables, nivel de pedido %3</translation>
    </message>
    <message>
        <source>Every item is above its reorder level.</source>
        <translation>Todos los artículos están por encima de su nivel de pedido.</translation>
    </message>
    <message>
        <source>No lot expires within 30 days.</source>
        <translation>Ningún lote caduca en los próximos 30 días.</translation>
    </message>
    <message>
        <source>No other lot expires within 60 days.</source>
        <translation>Ningún otro lote caduca en los próximos 60 días.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2: %3, &lt;b style=&quot;color:#a01010&quot;&gt;expired&lt;/b&gt; %4: write them off</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, lote %2: %3, &lt;b style=&quot;color:#a01010&quot;&gt;caducado&lt;/b&gt; el %4: dé de baja las unidades</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, lot %2: %3, expires %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, lote %2: %3, caduca el %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add a pharmacy</source>
        <translation>Añadir una farmacia</translation>
    </message>
    <message>
        <source>Pharmacy name</source>
        <translation>Nombre de la farmacia</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horario de apertura</translation>
    </message>
    <message>
        <source>Mon–Fri 08:00–19:00, Sat 09:00–13:00</source>
        <translation>L–V 08:00–19:00, S 09:00–13:00</translation>
    </message>
    <message>
        <source>Takes new prescriptions</source>
        <translation>Acepta recetas nuevas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Enter the pharmacy&apos;s name.</source>
        <translation>Introduzca el nombre de la farmacia.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyFormat</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>Lista para recoger</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Returned to prescriber</source>
        <translation>Devuelta al prescriptor</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Contraindicado</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PharmacyListModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Takes prescriptions</source>
        <translation>Acepta recetas</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Farmacéuticos</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescribeDialog</name>
    <message>
        <source>Prescribe for %1</source>
        <translation>Prescribir para %1</translation>
    </message>
    <message>
        <source>Find a medicine</source>
        <translation>Buscar un medicamento</translation>
    </message>
    <message>
        <source>Generic or brand name</source>
        <translation>Nombre genérico o comercial</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>1 tablet</source>
        <translation>1 comprimido</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Posología</translation>
    </message>
    <message>
        <source>once a day in the morning</source>
        <translation>una vez al día por la mañana</translation>
    </message>
    <message>
        <source>Quantity (units per fill)</source>
        <translation>Cantidad (unidades por dispensación)</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>The pharmacy may substitute a generic</source>
        <translation>La farmacia puede sustituirlo por un genérico</translation>
    </message>
    <message>
        <source>Substitution allowed</source>
        <translation>Sustitución permitida</translation>
    </message>
    <message>
        <source>Note to the pharmacist</source>
        <translation>Nota para el farmacéutico</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Medication check</source>
        <translation>Comprobación de la medicación</translation>
    </message>
    <message>
        <source>Why prescribe it all the same? (required)</source>
        <translation>¿Por qué se prescribe de todos modos? (obligatorio)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motivo para omitir la alerta</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (the patient&apos;s)</source>
        <translation>%1 (la del paciente)</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength and form</source>
        <translation>Concentración y forma farmacéutica</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Emitir</translation>
    </message>
    <message>
        <source>Sign and issue the prescription</source>
        <translation>Firmar y emitir la receta</translation>
    </message>
    <message>
        <source>Pick a medicine: it is checked against %1&apos;s allergies, current medications and prescriptions.</source>
        <translation>Elija un medicamento: se comprueba con las alergias, la medicación actual y las recetas de %1.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Usual adult dose: %1</source>
        <translation>Dosis habitual en adultos: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No interactions or allergies found&lt;/b&gt; for %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se han encontrado interacciones ni alergias&lt;/b&gt; para %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not checked (not in the reference data): %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sin comprobar (no está en los datos de referencia): %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:gray&quot;&gt;Reference data %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:gray&quot;&gt;Datos de referencia %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Sin resultados</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), the most severe %1</source>
        <translation>
            <numerusform>%n resultado: %1</numerusform>
            <numerusform>%n resultados; el más grave: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a medicine.</source>
        <translation>Elija un medicamento.</translation>
    </message>
    <message>
        <source>Give the dose and the directions.</source>
        <translation>Indique la dosis y la posología.</translation>
    </message>
    <message>
        <source>Choose the pharmacy the prescription goes to.</source>
        <translation>Elija la farmacia a la que se envía la receta.</translation>
    </message>
    <message>
        <source>A %1 finding: say why you prescribe it all the same (%2 to %3 characters).</source>
        <translation>Resultado «%1»: indique por qué lo prescribe de todos modos (de %2 a %3 caracteres).</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Usual adult dose</source>
        <translation>Dosis habitual en adultos</translation>
    </message>
    <message>
        <source>The list of medicines is not on this computer yet. Sign out and sign in again to load it.</source>
        <translation>La lista de medicamentos aún no está en este ordenador. Cierre la sesión y vuelva a iniciarla para cargarla.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No medicine in the reference is called “%1”. Try the generic name or another spelling.</source>
        <translation>Ningún medicamento de la referencia se llama «%1». Pruebe con el nombre genérico u otra grafía.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 cannot be checked&lt;/b&gt;: it is not in this program&apos;s medicines reference (%2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 no se puede comprobar&lt;/b&gt;: no está en la referencia de medicamentos de este programa (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 cannot be checked by this version of the program.</source>
        <translation>Esta versión del programa no puede comprobar %1.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescriptionListModel</name>
    <message>
        <source>Note to the pharmacist: %1</source>
        <translation>Nota para el farmacéutico: %1</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose and directions</source>
        <translation>Dosis y posología</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Renovaciones restantes</translation>
    </message>
    <message>
        <source>At the pharmacy</source>
        <translation>En la farmacia</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n unit(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n unidad</numerusform>
            <numerusform>%1 · %2 · %n unidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescriptionPdf</name>
    <message>
        <source>Prescription: %1</source>
        <translation>Receta: %1</translation>
    </message>
    <message>
        <source>The PDF cannot be written to %1.</source>
        <translation>No se puede escribir el PDF en %1.</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Posología</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>Renovaciones</translation>
    </message>
    <message>
        <source>Generic substitution</source>
        <translation>Sustitución por genérico</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitida</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitida</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Signed with key</source>
        <translation>Firmada con la clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>A copy for your records. The pharmacy receives the signed prescription from the clinic directly.</source>
        <translation>Una copia para su archivo. La farmacia recibe la receta firmada directamente de la clínica.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::PrescriptionsPage</name>
    <message>
        <source>Prescriptions</source>
        <translation>Recetas</translation>
    </message>
    <message>
        <source>Refill requests</source>
        <translation>Solicitudes de renovación</translation>
    </message>
    <message>
        <source>Questions from pharmacies</source>
        <translation>Preguntas de farmacias</translation>
    </message>
    <message>
        <source>Recent prescriptions</source>
        <translation>Recetas recientes</translation>
    </message>
    <message>
        <source>Cancel prescription…</source>
        <translation>Cancelar receta…</translation>
    </message>
    <message>
        <source>Cancel the selected prescription</source>
        <translation>Cancelar la receta seleccionada</translation>
    </message>
    <message>
        <source>Cancel prescription</source>
        <translation>Cancelar receta</translation>
    </message>
    <message>
        <source>Why cancel %1 for %2? The pharmacy and the patient see the reason.</source>
        <translation>¿Por qué se cancela %1 para %2? La farmacia y el paciente verán el motivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Asked %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;Solicitada el %3</translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation> · «%1»</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Approve a refill of %1 for %2</source>
        <translation>Aprobar una renovación de %1 para %2</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Denegar…</translation>
    </message>
    <message>
        <source>Deny a refill of %1 for %2</source>
        <translation>Denegar una renovación de %1 para %2</translation>
    </message>
    <message>
        <source>Deny refill</source>
        <translation>Denegar renovación</translation>
    </message>
    <message>
        <source>Why not refill %1? The patient sees the reason.</source>
        <translation>¿Por qué no se renueva %1? El paciente verá el motivo.</translation>
    </message>
    <message>
        <source>No refill requests waiting.</source>
        <translation>No hay solicitudes de renovación pendientes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 (fill %3)&lt;br&gt;%4 asks: “%5”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 (dispensación %3)&lt;br&gt;%4 pregunta: «%5»</translation>
    </message>
    <message>
        <source>The pharmacy</source>
        <translation>La farmacia</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Answer the pharmacy&apos;s question on %1</source>
        <translation>Responder a la pregunta de la farmacia sobre %1</translation>
    </message>
    <message>
        <source>Answer the pharmacy</source>
        <translation>Responder a la farmacia</translation>
    </message>
    <message>
        <source>The pharmacy asks: %1</source>
        <translation>La farmacia pregunta: %1</translation>
    </message>
    <message>
        <source>No questions from pharmacies.</source>
        <translation>No hay preguntas de farmacias.</translation>
    </message>
    <message>
        <source>Say why the refill is denied.</source>
        <translation>Indique por qué se deniega la renovación.</translation>
    </message>
    <message>
        <source>Write the answer for the pharmacy.</source>
        <translation>Escriba la respuesta para la farmacia.</translation>
    </message>
    <message>
        <source>Say why the prescription is cancelled.</source>
        <translation>Indique por qué se cancela la receta.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProfileForm</name>
    <message>
        <source>Waiting to sync: saved on this computer, not yet confirmed by the clinic&apos;s server.</source>
        <translation>Pendiente de sincronizar: guardado en este equipo, pero el servidor de la clínica aún no lo ha confirmado.</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Ape&amp;llidos:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Year, month and day, for example 1984-03-21.</source>
        <translation>Año, mes y día; por ejemplo, 1984-03-21.</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>The language the clinic should speak and write to you in.</source>
        <translation>El idioma en el que la clínica debe hablarle y escribirle.</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Idio&amp;ma preferido:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>P&amp;ostal code:</source>
        <translation>Código p&amp;ostal:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s name</source>
        <translation>Nombre del contacto de emergencia</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s relation</source>
        <translation>Relación con el contacto de emergencia</translation>
    </message>
    <message>
        <source>e.g. mother, partner, neighbour</source>
        <translation>p. ej. madre, pareja, vecino</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>Rel&amp;ación:</translation>
    </message>
    <message>
        <source>Emergency contact&apos;s phone</source>
        <translation>Teléfono del contacto de emergencia</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProfilePage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Undo my edits</source>
        <translation>Des&amp;hacer mis cambios</translation>
    </message>
    <message>
        <source>Notes on your record, for you and your care team.</source>
        <translation>Notas de su ficha, para usted y su equipo asistencial.</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Check your details and save them to create your profile.</source>
        <translation>Revise sus datos y guárdelos para crear su perfil.</translation>
    </message>
    <message>
        <source>Nothing to save: your details are as they were.</source>
        <translation>No hay nada que guardar: sus datos no han cambiado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved on this computer; it goes to the clinic when the server can be reached.</source>
        <translation>Guardado en este equipo; se enviará a la clínica cuando se pueda acceder al servidor.</translation>
    </message>
    <message>
        <source>&amp;Health record</source>
        <translation>Histo&amp;ria clínica</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Your details are on their way from the clinic.</source>
        <translation>Sus datos se están descargando desde la clínica.</translation>
    </message>
    <message>
        <source>Your details arrive from the clinic when the server can be reached.</source>
        <translation>Sus datos llegarán desde la clínica cuando se pueda acceder al servidor.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProposeTimeDialog</name>
    <message>
        <source>Propose another time</source>
        <translation>Proponer otra hora</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Horas libres</translation>
    </message>
    <message>
        <source>You have no free times in the next two weeks to offer.</source>
        <translation>No tiene horas libres en las próximas dos semanas para ofrecer.</translation>
    </message>
    <message>
        <source>Choose a time to offer %1 instead. They can accept or decline it.</source>
        <translation>Elija una hora para ofrecer a %1 en su lugar. Podrá aceptarla o rechazarla.</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Move the visit</source>
        <translation>Cambiar la cita</translation>
    </message>
    <message>
        <source>%1 has no free times in the next two weeks.</source>
        <translation>%1 no tiene horas libres en las próximas dos semanas.</translation>
    </message>
    <message>
        <source>Choose the new time with %1. The visit becomes a request again, which the doctor confirms.</source>
        <translation>Elija la nueva hora con %1. La cita vuelve a ser una solicitud, que el médico confirmará.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProviderListModel</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>next free %1</source>
        <translation>próxima hora libre %1</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProviderPageForm</name>
    <message>
        <source>From the clinic and your patients</source>
        <translation>De la clínica y de sus pacientes</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>N.º de colegiado:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Valoración:</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Name patients see</source>
        <translation>Nombre que ven los pacientes</translation>
    </message>
    <message>
        <source>Dr Ana Silva</source>
        <translation>Dra. Ana Silva</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Especialidades</translation>
    </message>
    <message>
        <source>Cardiology, Sports medicine</source>
        <translation>Cardiología, Medicina deportiva</translation>
    </message>
    <message>
        <source>Separate several with commas. Patients search by these.</source>
        <translation>Separe varias con comas. Los pacientes buscan por ellas.</translation>
    </message>
    <message>
        <source>Languages you see patients in</source>
        <translation>Idiomas en los que atiende a los pacientes</translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation>Titulaciones y certificaciones</translation>
    </message>
    <message>
        <source>Degrees, board certifications, memberships: one to a line.</source>
        <translation>Títulos, especialidades acreditadas, colegiaciones: una por línea.</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>No se muestra</translation>
    </message>
    <message>
        <source>How you work with patients, what you treat most, your interests.</source>
        <translation>Cómo trabaja con los pacientes, qué trata más a menudo, sus intereses.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Specialties:</source>
        <translation>&amp;Especialidades:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Credentials and
certifications:</source>
        <translation>&amp;Titulaciones y
certificaciones:</translation>
    </message>
    <message>
        <source>&amp;Years of experience:</source>
        <translation>&amp;Años de experiencia:</translation>
    </message>
    <message>
        <source>A&amp;bout you:</source>
        <translation>So&amp;bre usted:</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>In &amp;person</source>
        <translation>&amp;Presencial</translation>
    </message>
    <message>
        <source>By &amp;video</source>
        <translation>Por &amp;vídeo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Clinic locations where you see patients</source>
        <translation>Centros de la clínica donde atiende a los pacientes</translation>
    </message>
    <message>
        <source>Consultation fee</source>
        <translation>Precio de la consulta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>You see patients:</source>
        <translation>Atiende a los pacientes:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ocations:</source>
        <translation>Ce&amp;ntros de la clínica:</translation>
    </message>
    <message>
        <source>Consultation &amp;fee:</source>
        <translation>Precio de la &amp;consulta:</translation>
    </message>
    <message>
        <source>None ticked yet.</source>
        <translation>Aún no ha marcado ninguno.</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Marcados: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a clinic location&apos;s name — its address</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The clinic has no locations yet; an admin adds them.</source>
        <translation>La clínica aún no tiene centros; los añade un administrador.</translation>
    </message>
    <message>
        <source>Write the consultation fee as an amount, such as 60 or 60.50, or leave it empty.</source>
        <translation>Escriba el precio de la consulta como una cantidad, por ejemplo 60 o 60,50, o déjelo vacío.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ProviderPageView</name>
    <message>
        <source>Doctor&apos;s page</source>
        <translation>Página del médico</translation>
    </message>
    <message>
        <source>Choose a doctor to read their page.</source>
        <translation>Elija un médico para ver su página.</translation>
    </message>
    <message>
        <source>★ %1 (ratings: %2)</source>
        <translation>★ %1 (valoraciones: %2)</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin valoraciones</translation>
    </message>
    <message>
        <source>Licence %1, verified by the clinic</source>
        <translation>N.º de colegiado %1, verificado por la clínica</translation>
    </message>
    <message>
        <source>%1 years of experience</source>
        <translation>%1 años de experiencia</translation>
    </message>
    <message>
        <source>Consultation fee: %1 %2</source>
        <translation>Precio de la consulta: %1 %2</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Habla %1</translation>
    </message>
    <message>
        <source>by video</source>
        <translation>por vídeo</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencialmente</translation>
    </message>
    <message>
        <source>Sees patients %1</source>
        <translation>Atiende %1</translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation>Titulaciones y certificaciones</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Horario de consulta</translation>
    </message>
    <message>
        <source>Office hours (%1 time)</source>
        <translation>Horario de consulta (hora de %1)</translation>
    </message>
    <message>
        <source>%1 %2–%3, %4</source>
        <translation>%1 %2–%3, %4</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RateVisitDialog</name>
    <message>
        <source>Rate your visit</source>
        <translation>Valore su cita</translation>
    </message>
    <message>
        <source>How was your visit with %1? Other patients see only the average of the stars; your words go to the doctor.</source>
        <translation>¿Qué tal fue su cita con %1? Los demás pacientes solo ven la media de estrellas; su comentario le llega al médico.</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Estrellas</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mala</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy buena</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>&amp;Estrellas:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ReceiveStockDialog</name>
    <message>
        <source>Receive stock</source>
        <translation>Recibir existencias</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Units received</source>
        <translation>Unidades recibidas</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Nivel de pedido</translation>
    </message>
    <message>
        <source>&amp;Drug:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forma farmacéutica:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Concentración:</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>Número de &amp;lote:</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>C&amp;aducidad:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Unidades:</translation>
    </message>
    <message>
        <source>&amp;Reorder at:</source>
        <translation>Nivel de &amp;pedido:</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Choose the drug from the list.</source>
        <translation>Elija el medicamento de la lista.</translation>
    </message>
    <message>
        <source>Choose the form and strength.</source>
        <translation>Elija la forma farmacéutica y la concentración.</translation>
    </message>
    <message>
        <source>Enter the lot number printed on the pack.</source>
        <translation>Introduzca el número de lote impreso en el envase.</translation>
    </message>
    <message>
        <source>This lot has already expired: do not receive it.</source>
        <translation>Este lote ya ha caducado: no lo reciba.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RegisterPatientDialog</name>
    <message>
        <source>Register a patient</source>
        <translation>Registrar un paciente</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RejectionDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>Rechazar a %1</translation>
    </message>
    <message>
        <source>Why is %1&apos;s registration rejected? They see this reason when they try to sign in, so say what they can do about it.</source>
        <translation>¿Por qué se rechaza el registro de %1? Verá este motivo al intentar iniciar sesión, así que indique qué puede hacer para solucionarlo.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. The licence number is not in the medical register. Register again with the number on your certificate.</source>
        <translation>p. ej. El número de colegiado no consta en el registro de colegiados. Regístrese de nuevo con el número que figura en su certificado.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RemindersPage</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Es la hora</translation>
    </message>
    <message>
        <source>✓ Taken</source>
        <translation>✓ Tomada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No tomada</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>When to take your medicines, and what your doctor asked you to do. Clinic reminds you on this computer when the time comes.</source>
        <translation>Cuándo tomar sus medicamentos y qué le ha pedido su médico. Clinic se lo recuerda en este equipo cuando llega el momento.</translation>
    </message>
    <message>
        <source>Today&apos;s doses</source>
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>Missed doses</source>
        <translation>Dosis no tomadas</translation>
    </message>
    <message>
        <source>Add a schedule…</source>
        <translation>Añadir una pauta…</translation>
    </message>
    <message>
        <source>Add a medication schedule</source>
        <translation>Añadir una pauta de medicación</translation>
    </message>
    <message>
        <source>Medication schedules</source>
        <translation>Pautas de medicación</translation>
    </message>
    <message>
        <source>Follow-ups from your doctor</source>
        <translation>Seguimientos indicados por su médico</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>No doses today.</source>
        <translation>No hay dosis hoy.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, from %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3, desde el %4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> hasta el %1</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the schedule of %1</source>
        <translation>Editar la pauta de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the schedule of %1</source>
        <translation>Quitar la pauta de %1</translation>
    </message>
    <message>
        <source>No schedules yet. Add one for a medication in your health record to be reminded of it.</source>
        <translation>Aún no hay pautas. Añada una para un medicamento de su historia clínica y así se le recordará.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fecha prevista: %2</translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · indicado por %1</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Aún no hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not done yet: %1</source>
        <translation>Aún no hecho: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <source>Nothing from your doctor.</source>
        <translation>No hay nada de su médico.</translation>
    </message>
    <message>
        <source>Add the medication to your health record first (My profile, Health record), then its schedule here.</source>
        <translation>Primero añada el medicamento a su historia clínica (Mi perfil, Historia clínica) y después su pauta aquí.</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>Quitar pauta</translation>
    </message>
    <message>
        <source>Stop reminding you of %1?</source>
        <translation>¿Dejar de recordarle que tome %1?</translation>
    </message>
</context>
<context>
    <name>clinic::ui::RxFormat</name>
    <message>
        <source>Sent to the pharmacy</source>
        <translation>Enviada a la farmacia</translation>
    </message>
    <message>
        <source>Being prepared</source>
        <translation>En preparación</translation>
    </message>
    <message>
        <source>Ready for pick-up</source>
        <translation>Lista para recoger</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>Refused by the pharmacy</source>
        <translation>Rechazada por la farmacia</translation>
    </message>
    <message>
        <source>Back with the doctor: the pharmacy asked a question</source>
        <translation>Devuelta al médico: la farmacia ha hecho una pregunta</translation>
    </message>
    <message>
        <source>Not at the pharmacy yet</source>
        <translation>Aún no está en la farmacia</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled by the doctor</source>
        <translation>Cancelada por el médico</translation>
    </message>
    <message>
        <source>Refill %1: %2</source>
        <translation>Renovación %1: %2</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Contraindicado</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Allergy: %1</source>
        <translation>Alergia: %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ScheduleDialog</name>
    <message>
        <source>Edit schedule</source>
        <translation>Editar pauta</translation>
    </message>
    <message>
        <source>Add a schedule</source>
        <translation>Añadir una pauta</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>08:00, 20:00</source>
        <translation>08:00, 20:00</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Has a last day</source>
        <translation>Tiene último día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Times are this computer&apos;s local time, up to %1 a day.</source>
        <translation>Las horas son la hora local de este equipo, hasta %1 al día.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Mostrar canceladas</translation>
    </message>
    <message>
        <source>Book a visit…</source>
        <translation>Reservar una cita…</translation>
    </message>
    <message>
        <source>No visits and no free times on this day.</source>
        <translation>No hay citas ni horas libres este día.</translation>
    </message>
    <message>
        <source>No visits this week.</source>
        <translation>No hay citas esta semana.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Check-in opens on the day of the visit.</source>
        <translation>El registro de llegada se abre el día de la cita.</translation>
    </message>
    <message>
        <source>It can be marked missed once its time has come.</source>
        <translation>Se podrá marcar que el paciente no acudió cuando llegue la hora de la cita.</translation>
    </message>
    <message>
        <source>%1 with %2 · %3 · %4–%5 · %6.</source>
        <translation>%1 con %2 · %3 · %4–%5 · %6.</translation>
    </message>
    <message>
        <source>Free at %1. Use Book a visit… to give this time to a patient.</source>
        <translation>Libre a las %1. Use «Reservar una cita…» para dar esta hora a un paciente.</translation>
    </message>
    <message>
        <source>Choose a visit to check the patient in, mark a missed visit, complete or cancel it.</source>
        <translation>Elija una cita para registrar la llegada del paciente, marcar que no acudió, finalizarla o cancelarla.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SecurityPolicyPage</name>
    <message>
        <source>Staff must use 2-step sign-in</source>
        <translation>El personal debe usar la verificación en dos pasos</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock an unused desktop after</source>
        <translation>Bloquear una sesión de escritorio inactiva tras</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>With 2-step sign-in required, staff without it are asked to set it up at their next sign-in before they can do anything else.</source>
        <translation>Si la verificación en dos pasos es obligatoria, al personal que no la tenga se le pedirá que la configure la próxima vez que inicie sesión, antes de poder hacer cualquier otra cosa.</translation>
    </message>
    <message>
        <source>&amp;Lock an unused desktop after:</source>
        <translation>&amp;Bloquear una sesión de escritorio inactiva tras:</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Política de seguridad</translation>
    </message>
    <message>
        <source>The server cannot be reached: the policy needs it.</source>
        <translation>No se puede acceder al servidor, necesario para la política.</translation>
    </message>
    <message>
        <source>Saved. It applies from each user&apos;s next sign-in.</source>
        <translation>Guardado. Se aplicará a cada usuario a partir de su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ServerBehindNotice</name>
    <message>
        <source>Nothing is sent or fetched until this is sorted out, so nothing on this computer is overwritten, and changes you make wait here. Tell your clinic&apos;s administrator: the best fix is to bring the server back from its newest backup. If that cannot be done, fetch everything again: this computer then shows what the server has and sends the changes waiting here again; what the server lost since its backup is lost here too.</source>
        <translation>No se envía ni se recibe nada hasta que esto se resuelva, así que nada de este equipo se sobrescribe y los cambios que haga esperan aquí. Avise al administrador de su clínica: lo mejor es restaurar el servidor desde su copia de seguridad más reciente. Si no es posible, vuelva a descargarlo todo: este equipo mostrará lo que tiene el servidor y volverá a enviar los cambios que esperan aquí; lo que el servidor perdió desde su copia también se pierde aquí.</translation>
    </message>
    <message>
        <source>Fetch everything again…</source>
        <translation>Volver a descargarlo todo…</translation>
    </message>
    <message>
        <source>Sync has stopped</source>
        <translation>La sincronización se ha detenido</translation>
    </message>
    <message>
        <source>Fetch everything again</source>
        <translation>Volver a descargarlo todo</translation>
    </message>
    <message>
        <source>This computer will show what the clinic&apos;s server has now. Changes waiting here are sent again; what the server lost since its backup is lost here too.</source>
        <translation>Este equipo mostrará lo que tiene ahora el servidor de la clínica. Los cambios que esperan aquí se vuelven a enviar; lo que el servidor perdió desde su copia de seguridad también se pierde aquí.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SessionListModel</name>
    <message>
        <source>%1 (this one)</source>
        <translation>%1 (esta sesión)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SignInAgainBar</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Código de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The clinic&apos;s server can be reached again.</source>
        <translation>El servidor de la clínica vuelve a estar disponible.</translation>
    </message>
    <message>
        <source>The clinic&apos;s server ended your session: %1</source>
        <translation>El servidor de la clínica cerró su sesión: %1</translation>
    </message>
    <message>
        <source>Enter your password to sync; your changes wait on this computer until then.</source>
        <translation>Escriba su contraseña para sincronizar; hasta entonces sus cambios esperan en este equipo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>The server went away again. Clinic keeps trying, and asks again when it is back.</source>
        <translation>El servidor volvió a desconectarse. Clinic sigue intentándolo y se lo pedirá de nuevo cuando vuelva.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
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
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Clinic server</source>
        <translation>Servidor de Clinic</translation>
    </message>
    <message>
        <source>clinic.example.org:7443</source>
        <translation>clinic.example.org:7443</translation>
    </message>
    <message>
        <source>New here? &amp;Create an account</source>
        <translation>¿No tiene cuenta? C&amp;ree una</translation>
    </message>
    <message>
        <source>Clinic ser&amp;ver:</source>
        <translation>&amp;Servidor de Clinic:</translation>
    </message>
    <message>
        <source>Sign in with the account your clinic gave you.</source>
        <translation>Inicie sesión con la cuenta que le ha proporcionado su clínica.</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the authenticator app on your phone.</source>
        <translation>Escriba el código de 6 dígitos de la aplicación de autenticación de su teléfono.</translation>
    </message>
    <message>
        <source>Previous password</source>
        <translation>Contraseña anterior</translation>
    </message>
    <message>
        <source>&amp;Previous password:</source>
        <translation>Contraseña &amp;anterior:</translation>
    </message>
    <message>
        <source>Your password was changed since you last used Clinic on this computer. Enter the password you used here before, once, so your records here open with your new one from now on.</source>
        <translation>Su contraseña ha cambiado desde la última vez que usó Clinic en este equipo. Escriba una vez la contraseña que usaba aquí antes para que, a partir de ahora, sus datos en este equipo se abran con la nueva.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Choose a user name</source>
        <translation>Elija un nombre de usuario</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Soy</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>A doctor (verified by the clinic before you can sign in)</source>
        <translation>Médico (la clínica le verificará antes de que pueda iniciar sesión)</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de colegiado</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Soy:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>Número de co&amp;legiado:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>Create &amp;account</source>
        <translation>C&amp;rear cuenta</translation>
    </message>
    <message>
        <source>Create your account with the clinic at %1. Use a password of at least %2 characters.</source>
        <translation>Cree su cuenta de la clínica en %1. Use una contraseña de al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>the server you enter on the sign-in page</source>
        <translation>el servidor que indique en la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Welcome, %1. Your account is ready: sign in with your new password.</source>
        <translation>Le damos la bienvenida, %1. Su cuenta está lista: inicie sesión con su nueva contraseña.</translation>
    </message>
    <message>
        <source>Check the clinic server</source>
        <translation>Compruebe el servidor de la clínica</translation>
    </message>
    <message>
        <source>This is the first time this computer connects to %1.</source>
        <translation>Es la primera vez que este equipo se conecta a %1.</translation>
    </message>
    <message>
        <source>Make sure its certificate fingerprint is the one your clinic gave you:

%1

Trust it only if they are the same.</source>
        <translation>Asegúrese de que la huella digital del certificado del servidor es la que le ha proporcionado su clínica:

%1

Confíe en él solo si coinciden.</translation>
    </message>
    <message>
        <source>They are the same: &amp;trust</source>
        <translation>Coinciden: &amp;confiar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Sin conexión: no se ha confiado en el certificado del servidor.</translation>
    </message>
    <message>
        <source>STOP: %1 presented a different certificate than the one this computer trusts. Someone may be intercepting the connection, so nothing was sent. Tell your clinic&apos;s administrator.

Trusted: %2
Presented: %3</source>
        <translation>ATENCIÓN: %1 ha presentado un certificado distinto del que este equipo considera de confianza. Es posible que alguien esté interceptando la conexión, por lo que no se ha enviado nada. Avise al administrador de su clínica.

De confianza: %2
Presentado: %3</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Especialidades</translation>
    </message>
    <message>
        <source>e.g. Cardiology, Sports medicine</source>
        <translation>p. ej. Cardiología, Medicina deportiva</translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation>Titulaciones y certificaciones</translation>
    </message>
    <message>
        <source>Degrees, board certifications, registrations — with the issuing body and year, one per line</source>
        <translation>Títulos, certificaciones de especialidad, colegiaciones — con el organismo emisor y el año, uno por línea</translation>
    </message>
    <message>
        <source>&amp;Specialties:</source>
        <translation>&amp;Especialidades:</translation>
    </message>
    <message>
        <source>Cre&amp;dentials and
certifications:</source>
        <translation>&amp;Titulaciones y
certificaciones:</translation>
    </message>
    <message>
        <source>Credentials and certifications: at most %1 characters (now %2).</source>
        <translation>Titulaciones y certificaciones: %1 caracteres como máximo (ahora hay %2).</translation>
    </message>
    <message>
        <source>Thank you, %1. The clinic will check your licence, specialties and credentials; you can sign in once an administrator has verified you.</source>
        <translation>Gracias, %1. La clínica comprobará su número de colegiado, sus especialidades y sus titulaciones; podrá iniciar sesión cuando un administrador le haya verificado.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SlotListModel</name>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>%1 (%2 min, %3)</source>
        <translation>%1 (%2 min, %3)</translation>
    </message>
</context>
<context>
    <name>clinic::ui::StockItemModel</name>
    <message>
        <source>⚠ Low: reorder</source>
        <translation>⚠ Bajo: hacer pedido</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizables</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducadas</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Nivel de pedido</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
</context>
<context>
    <name>clinic::ui::StockLotModel</name>
    <message>
        <source>Expired: do not dispense</source>
        <translation>Caducado: no dispensar</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Caduca mañana</translation>
    </message>
    <message>
        <source>Expires in %1 days</source>
        <translation>Caduca dentro de %1 días</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncActivityDialog</name>
    <message>
        <source>Sync activity</source>
        <translation>Actividad de sincronización</translation>
    </message>
    <message>
        <source>Changes made on this computer and the clinic server&apos;s answer to each. A refused change has been taken back here; the reason says why.</source>
        <translation>Cambios realizados en este equipo y la respuesta del servidor de la clínica a cada uno. Los cambios rechazados se han deshecho en este equipo; el motivo indica por qué.</translation>
    </message>
    <message>
        <source>Changes and answers</source>
        <translation>Cambios y respuestas</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Connected to the clinic&apos;s server.</source>
        <translation>Conectado al servidor de la clínica.</translation>
    </message>
    <message>
        <source>Not connected: changes wait on this computer.</source>
        <translation>Sin conexión: los cambios quedan pendientes en este equipo.</translation>
    </message>
    <message>
        <source>Changes waiting: %1.</source>
        <translation>Cambios pendientes: %1.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncIndicator</name>
    <message>
        <source>The server refused changes made here. Show why.</source>
        <translation>El servidor ha rechazado cambios realizados en este equipo. Ver el motivo.</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Last synced %1 %2</source>
        <translation>Última sincronización: %1 %2</translation>
    </message>
    <message>
        <source>⚠ Refused: %1</source>
        <translation>⚠ Rechazados: %1</translation>
    </message>
    <message>
        <source>Sync failed, trying again</source>
        <translation>Error al sincronizar; reintentando</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Cambios pendientes: %1</translation>
    </message>
    <message>
        <source>Sending them to the clinic&apos;s server.</source>
        <translation>Enviándolos al servidor de la clínica.</translation>
    </message>
    <message>
        <source>They go to the clinic&apos;s server when it can be reached.</source>
        <translation>Se enviarán al servidor de la clínica cuando se pueda acceder a él.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>No hay cambios pendientes</translation>
    </message>
    <message>
        <source>⚠ Sync stopped</source>
        <translation>⚠ Sincronización detenida</translation>
    </message>
    <message>
        <source>The clinic&apos;s server needs your attention. Show why.</source>
        <translation>El servidor de la clínica requiere su atención. Mostrar por qué.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::SyncOutcomeModel</name>
    <message>
        <source>Patient registration</source>
        <translation>Registro de paciente</translation>
    </message>
    <message>
        <source>Profile change</source>
        <translation>Cambio en el perfil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Care team assignment</source>
        <translation>Asignación al equipo asistencial</translation>
    </message>
    <message>
        <source>Care team removal</source>
        <translation>Retirada del equipo asistencial</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>clinic::ui::ThresholdDialog</name>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Blood pressure, systolic</source>
        <translation>Tensión arterial, sistólica</translation>
    </message>
    <message>
        <source>Blood pressure, diastolic</source>
        <translation>Tensión arterial, diastólica</translation>
    </message>
    <message>
        <source>%1 low (%2)</source>
        <translation>%1, límite inferior (%2)</translation>
    </message>
    <message>
        <source>%1 high (%2)</source>
        <translation>%1, límite superior (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>A reading outside these bounds opens an alert for the care team. Leave a field empty for no bound.</source>
        <translation>Una lectura fuera de estos límites abre una alerta para el equipo asistencial. Deje un campo vacío para no fijar límite.</translation>
    </message>
    <message>
        <source>%1: enter a number from %2 to %3, or leave it empty.</source>
        <translation>%1: introduzca un número de %2 a %3 o déjelo vacío.</translation>
    </message>
    <message>
        <source>%1: the low bound must be below the high bound.</source>
        <translation>%1: el límite inferior debe ser menor que el superior.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::TodayAgenda</name>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Visitas de hoy</translation>
    </message>
    <message>
        <source>Requests to answer</source>
        <translation>Solicitudes por responder</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Today&apos;s visits (%1)</source>
        <translation>Visitas de hoy (%1)</translation>
    </message>
    <message>
        <source>No visits today.</source>
        <translation>No hay visitas hoy.</translation>
    </message>
    <message>
        <source>Requests to answer (%1)</source>
        <translation>Solicitudes por responder (%1)</translation>
    </message>
    <message>
        <source>No requests wait for your answer.</source>
        <translation>Ninguna solicitud espera su respuesta.</translation>
    </message>
    <message>
        <source>Notifications (%1 new)</source>
        <translation>Notificaciones (%1 nuevas)</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nada nuevo.</translation>
    </message>
    <message>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
</context>
<context>
    <name>clinic::ui::TotpSetupDialog</name>
    <message>
        <source>Set up 2-step sign-in</source>
        <translation>Configurar la verificación en dos pasos</translation>
    </message>
    <message>
        <source>1. Scan this code with an authenticator app on your phone (or type the key below into it).
2. Enter the 6-digit code the app shows.</source>
        <translation>1. Escanee este código con una aplicación de autenticación de su teléfono (o escriba en ella la clave que aparece abajo).
2. Escriba el código de 6 dígitos que muestre la aplicación.</translation>
    </message>
    <message>
        <source>Asking the server for a key…</source>
        <translation>Solicitando una clave al servidor…</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Código QR para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Key for your authenticator app</source>
        <translation>Clave para su aplicación de autenticación</translation>
    </message>
    <message>
        <source>6-digit code</source>
        <translation>Código de 6 dígitos</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>To move 2-step sign-in to another authenticator app, confirm it is you: enter your password and a code from the app you use now.</source>
        <translation>Para pasar el inicio de sesión en 2 pasos a otra aplicación de autenticación, confirme que es usted: escriba su contraseña y un código de la aplicación que usa ahora.</translation>
    </message>
    <message>
        <source>To turn on 2-step sign-in, confirm it is you: enter your password.</source>
        <translation>Para activar el inicio de sesión en 2 pasos, confirme que es usted: escriba su contraseña.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Su &amp;contraseña:</translation>
    </message>
    <message>
        <source>Code from your current app</source>
        <translation>Código de su aplicación actual</translation>
    </message>
    <message>
        <source>C&amp;ode from your current app:</source>
        <translation>C&amp;ódigo de su aplicación actual:</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Setting up 2-step sign-in needs the server, which cannot be reached right now.</source>
        <translation>Para configurar el inicio de sesión en 2 pasos hace falta el servidor, que ahora no está disponible.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Enter a code from the authenticator app you use now.</source>
        <translation>Escriba un código de la aplicación de autenticación que usa ahora.</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation>Escriba el código de 6 dígitos que muestra su aplicación de autenticación.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::UsersPage</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Pendientes de verificación</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer la &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;New staff account…</source>
        <translation>&amp;Nueva cuenta de personal…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>The server cannot be reached: the user list needs it.</source>
        <translation>No se puede acceder al servidor, necesario para la lista de usuarios.</translation>
    </message>
    <message>
        <source>%1 is verified and can sign in.</source>
        <translation>Se ha verificado a %1, que ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rechazar a %1</translation>
    </message>
    <message>
        <source>Why? %1 sees this when signing in.</source>
        <translation>¿Por qué? %1 verá este motivo al iniciar sesión.</translation>
    </message>
    <message>
        <source>%1&apos;s registration was rejected.</source>
        <translation>Se ha rechazado el registro de %1.</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Desactivar la cuenta de %1</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Motivo (se guarda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>%1 signs in with this password once and then chooses their own. All their sessions end now.</source>
        <translation>%1 iniciará sesión una vez con esta contraseña y después elegirá la suya. Todas sus sesiones se cierran ahora.</translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation>Se ha restablecido la contraseña de %1.</translation>
    </message>
    <message>
        <source>%1&apos;s account was created.</source>
        <translation>Se ha creado la cuenta de %1.</translation>
    </message>
    <message>
        <source>%1 is now disabled and signed out everywhere.</source>
        <translation>%1 está ahora desactivado y se ha cerrado su sesión en todas partes.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VerificationPage</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>hace %1 días</translation>
    </message>
    <message>
        <source>Doctors waiting for verification</source>
        <translation>Médicos pendientes de verificación</translation>
    </message>
    <message>
        <source>Nobody is waiting for verification. Doctors who register appear here until you approve or reject them.</source>
        <translation>No hay nadie pendiente de verificación. Los médicos que se registren aparecerán aquí hasta que los apruebe o los rechace.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Doctors who registered, longest waiting first. Check their licence and credentials with the issuing bodies; until you approve them they cannot sign in, be listed or be booked.</source>
        <translation>Médicos registrados, primero los que llevan más tiempo esperando. Compruebe su número de colegiado y sus titulaciones con los organismos emisores; hasta que los apruebe, no podrán iniciar sesión, aparecer en el directorio ni recibir citas.</translation>
    </message>
    <message>
        <source>Credentials and certifications</source>
        <translation>Titulaciones y certificaciones</translation>
    </message>
    <message>
        <source>None given.</source>
        <translation>No se ha indicado ninguna.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Licence number:</source>
        <translation>Número de colegiado:</translation>
    </message>
    <message>
        <source>Specialties:</source>
        <translation>Especialidades:</translation>
    </message>
    <message>
        <source>Registered:</source>
        <translation>Fecha de registro:</translation>
    </message>
    <message>
        <source>&amp;Credentials and certifications:</source>
        <translation>&amp;Titulaciones y certificaciones:</translation>
    </message>
    <message>
        <source>The server cannot be reached: verification needs it. The list is as it was when last online.</source>
        <translation>No se puede acceder al servidor, necesario para la verificación. La lista es la de la última vez que hubo conexión.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is verified: they can sign in and publish their page in the directory.</source>
        <translation>Se ha verificado a %1: ya puede iniciar sesión y publicar su página en el directorio.</translation>
    </message>
    <message>
        <source>%1&apos;s registration was rejected; they see your reason when they try to sign in.</source>
        <translation>Se ha rechazado el registro de %1; verá su motivo al intentar iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VideoVisitButton</name>
    <message>
        <source>Join video visit</source>
        <translation>Unirse a la videoconsulta</translation>
    </message>
    <message>
        <source>Join the video visit: your doctor is calling</source>
        <translation>Unirse a la videoconsulta: su médico le está llamando</translation>
    </message>
    <message>
        <source>Start video visit</source>
        <translation>Iniciar videoconsulta</translation>
    </message>
    <message>
        <source>Start the video visit</source>
        <translation>Iniciar la videoconsulta</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VideoVisits</name>
    <message>
        <source>Video visit</source>
        <translation>Videoconsulta</translation>
    </message>
    <message>
        <source>You can start the call from 15 minutes before the visit.</source>
        <translation>Puede iniciar la llamada desde 15 minutos antes de la consulta.</translation>
    </message>
    <message>
        <source>This visit&apos;s time has passed.</source>
        <translation>La hora de esta consulta ya pasó.</translation>
    </message>
    <message>
        <source>A call is on already.</source>
        <translation>Ya hay una llamada en curso.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <source>Incoming video call</source>
        <translation>Videollamada entrante</translation>
    </message>
    <message>
        <source>%1 is calling you.</source>
        <translation>%1 le está llamando.</translation>
    </message>
    <message>
        <source>%1&apos;s security key is not the one of your last call with them.</source>
        <translation>La clave de seguridad de %1 no es la de su última llamada con esa persona.</translation>
    </message>
    <message>
        <source>This happens when they use a new computer, or when someone is trying to listen in. Before you talk about anything private, read the safety code to each other: it must be the same on both screens.

Safety code: %1</source>
        <translation>Esto ocurre cuando usa un ordenador nuevo, o cuando alguien intenta escuchar. Antes de hablar de nada privado, léanse el código de seguridad: debe ser el mismo en ambas pantallas.

Código de seguridad: %1</translation>
    </message>
    <message>
        <source>Continue the call</source>
        <translation>Continuar la llamada</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Videollamada perdida</translation>
    </message>
    <message>
        <source>The call with %1 has ended. Complete the visit and write its summary?</source>
        <translation>La llamada con %1 ha terminado. ¿Completar la consulta y escribir su resumen?</translation>
    </message>
    <message>
        <source>Complete and write summary…</source>
        <translation>Completar y escribir resumen…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Video visit, %1</source>
        <translation>Videoconsulta, %1</translation>
    </message>
    <message>
        <source>Video visit, %1: %2</source>
        <translation>Videoconsulta, %1: %2</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VisitCallPanel</name>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Calls of this visit</source>
        <translation>Llamadas de esta consulta</translation>
    </message>
    <message>
        <source>Chat during the call</source>
        <translation>Chat durante la llamada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>the patient was in another call</source>
        <translation>el paciente estaba en otra llamada</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>Call at %1: %2</source>
        <translation>Llamada a las %1: %2</translation>
    </message>
    <message>
        <source>Call from %1, still going</source>
        <translation>Llamada desde las %1, en curso</translation>
    </message>
    <message>
        <source>Call from %1 to %2, under a minute</source>
        <translation>Llamada de %1 a %2, menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>Call from %1 to %2, %n minute(s)</source>
        <translation>
            <numerusform>Llamada de %1 a %2, %n minuto</numerusform>
            <numerusform>Llamada de %1 a %2, %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VisitSummaryDialog</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>What you found and what you agreed with %1. They will read it in their appointments.</source>
        <translation>Lo que encontró y lo que acordó con %1. Lo leerá en sus citas.</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VisitSummaryPanel</name>
    <message>
        <source>Visit summary</source>
        <translation>Resumen de la visita</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Por %1, %2</translation>
    </message>
    <message>
        <source>No summary yet. Write what you found and agreed; the patient reads it here.</source>
        <translation>Aún no hay resumen. Escriba lo que encontró y lo que acordaron; el paciente lo lee aquí.</translation>
    </message>
    <message>
        <source>Edit summary…</source>
        <translation>Editar resumen…</translation>
    </message>
    <message>
        <source>Write summary…</source>
        <translation>Escribir resumen…</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalChart</name>
    <message>
        <source>Low threshold</source>
        <translation>Umbral bajo</translation>
    </message>
    <message>
        <source>High threshold</source>
        <translation>Umbral alto</translation>
    </message>
    <message>
        <source>Diastolic low threshold</source>
        <translation>Umbral diastólico bajo</translation>
    </message>
    <message>
        <source>Diastolic high threshold</source>
        <translation>Umbral diastólico alto</translation>
    </message>
    <message>
        <source>Vital signs chart</source>
        <translation>Gráfico de constantes vitales</translation>
    </message>
    <message>
        <source>Systolic (%1)</source>
        <translation>Sistólica (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Diastolic (%1)</source>
        <translation>Diastólica (%1)</translation>
    </message>
    <message>
        <source>%1: no readings in this range</source>
        <translation>%1: no hay lecturas en este periodo</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Gráfico de %1</translation>
    </message>
    <message>
        <source>No readings from %1 to %2.</source>
        <translation>No hay lecturas del %1 al %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n reading(s) from %1 to %2; the table beside lists each.</source>
        <translation>
            <numerusform>%n lectura del %1 al %2; la tabla de al lado las detalla.</numerusform>
            <numerusform>%n lecturas del %1 al %2; la tabla de al lado las detalla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalEntryDialog</name>
    <message>
        <source>Systolic (upper):</source>
        <translation>Sistólica (máxima):</translation>
    </message>
    <message>
        <source>Heart rate:</source>
        <translation>Frecuencia cardiaca:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>Blood glucose:</source>
        <translation>Glucemia:</translation>
    </message>
    <message>
        <source>Oxygen saturation:</source>
        <translation>Saturación de oxígeno:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Peso:</translation>
    </message>
    <message>
        <source>Add a reading</source>
        <translation>Añadir una lectura</translation>
    </message>
    <message>
        <source>Kind of reading</source>
        <translation>Tipo de lectura</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Diastolic (lower)</source>
        <translation>Diastólica (mínima)</translation>
    </message>
    <message>
        <source>Pulse (optional)</source>
        <translation>Pulso (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Height (optional)</source>
        <translation>Talla (opcional)</translation>
    </message>
    <message>
        <source>Height unit</source>
        <translation>Unidad de talla</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Hora de la toma</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>optional, e.g. after exercise</source>
        <translation>opcional, p. ej. después de hacer ejercicio</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Diastolic (lower):</source>
        <translation>Diastólica (mínima):</translation>
    </message>
    <message>
        <source>Pulse (bpm):</source>
        <translation>Pulso (bpm):</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Talla:</translation>
    </message>
    <message>
        <source>Taken at:</source>
        <translation>Hora de la toma:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation>Guardar la lectura</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>The time taken is in the future.</source>
        <translation>La hora de la toma está en el futuro.</translation>
    </message>
    <message>
        <source>Unusual reading</source>
        <translation>Lectura inusual</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalFormat</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>systolic %1, diastolic %2</source>
        <translation>sistólica %1, diastólica %2</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <source>All readings</source>
        <translation>Todas las lecturas</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalReadingModel</name>
    <message>
        <source>, pulse %1</source>
        <translation>, pulso %1</translation>
    </message>
    <message>
        <source>, BMI %1</source>
        <translation>, IMC %1</translation>
    </message>
    <message>
        <source>▲ High</source>
        <translation>▲ Alto</translation>
    </message>
    <message>
        <source>▼ Low</source>
        <translation>▼ Bajo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introducida a mano</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Introducida por</translation>
    </message>
    <message>
        <source>Device flags</source>
        <translation>Indicadores del dispositivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalsPage</name>
    <message>
        <source>Vital signs</source>
        <translation>Constantes vitales</translation>
    </message>
</context>
<context>
    <name>clinic::ui::VitalsPanel</name>
    <message>
        <source>Vital sign</source>
        <translation>Constante vital</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Add reading…</source>
        <translation>Añadir lectura…</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Añadir lectura</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Umbrales…</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Latest readings</source>
        <translation>Últimas lecturas</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>&amp;Vital sign</source>
        <translation>&amp;Constante vital</translation>
    </message>
    <message>
        <source>&amp;Range</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source> ▲ high</source>
        <translation> ▲ alto</translation>
    </message>
    <message>
        <source> ▼ low</source>
        <translation> ▼ bajo</translation>
    </message>
    <message>
        <source>No readings yet.</source>
        <translation>Aún no hay lecturas.</translation>
    </message>
    <message>
        <source>Latest — %1</source>
        <translation>Últimos valores — %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Thresholds: none set by the doctor.</source>
        <translation>Umbrales: el médico no ha fijado ninguno.</translation>
    </message>
    <message>
        <source>Thresholds: %1</source>
        <translation>Umbrales: %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1 (patient)</source>
        <translation>%1 (paciente)</translation>
    </message>
    <message>
        <source>Loading readings…</source>
        <translation>Cargando lecturas…</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Un paciente</translation>
    </message>
    <message>
        <source>%1, for %2 at %3, waiting %4</source>
        <translation>%1, cita con %2 a las %3, lleva esperando %4</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitingRoomPage</name>
    <message>
        <source>Waiting room</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>Nobody is waiting. Patients checked in on the Schedule page appear here.</source>
        <translation>No hay nadie esperando. Aquí aparecen los pacientes cuya llegada se ha registrado en la página Agenda.</translation>
    </message>
    <message>
        <source>Longest waiting: %1, %2.</source>
        <translation>Espera más larga: %1, %2.</translation>
    </message>
    <message>
        <source>1 patient waiting.</source>
        <translation>1 paciente esperando.</translation>
    </message>
    <message>
        <source>%1 patients waiting.</source>
        <translation>%1 pacientes esperando.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitlistBox</name>
    <message>
        <source>Waiting lists</source>
        <translation>Listas de espera</translation>
    </message>
    <message>
        <source>Book the time on offer</source>
        <translation>Reservar la hora ofrecida</translation>
    </message>
    <message>
        <source>Leave the waiting list</source>
        <translation>Salir de la lista de espera</translation>
    </message>
    <message>
        <source>Requested. The doctor will confirm it.</source>
        <translation>Solicitada. El médico la confirmará.</translation>
    </message>
    <message>
        <source>Off the waiting list.</source>
        <translation>Ha salido de la lista de espera.</translation>
    </message>
</context>
<context>
    <name>clinic::ui::WaitlistModel</name>
    <message>
        <source>a doctor</source>
        <translation>un médico</translation>
    </message>
    <message>
        <source>%1 waits for %2, until %3</source>
        <translation>%1 espera cita con %2, hasta el %3</translation>
    </message>
    <message>
        <source>Waiting for %1, until %2</source>
        <translation>Esperando cita con %1, hasta el %2</translation>
    </message>
    <message>
        <source>Free now: %1 — book it before someone else does</source>
        <translation>Libre ahora: %1 — resérvela antes de que la ocupe otra persona</translation>
    </message>
    <message>
        <source>Booked: a visit with this doctor was requested</source>
        <translation>Reservada: se ha solicitado una cita con este médico</translation>
    </message>
</context>
<context>
    <name>clinic::ui::WeekCalendarModel</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Asks for this time: confirm it or propose another</source>
        <translation>Solicita esta hora: confírmela o proponga otra</translation>
    </message>
    <message>
        <source>Asked for %1; you offered this time instead, waiting for the patient</source>
        <translation>Solicitó %1; usted ofreció esta hora en su lugar, pendiente del paciente</translation>
    </message>
    <message>
        <source>A patient</source>
        <translation>Un paciente</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 · waiting to sync</source>
        <translation>%1 · pendiente de sincronizar</translation>
    </message>
    <message>
        <source>%1–%2, %3: %4</source>
        <translation>%1–%2, %3: %4</translation>
    </message>
    <message>
        <source>%1 (waiting to sync)</source>
        <translation>%1 (pendiente de sincronizar)</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Ausencia</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Horario disponible</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
</context>
</TS>
