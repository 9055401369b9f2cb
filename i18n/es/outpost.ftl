# Outpost — español. Aquí está cada frase que una persona puede leer.

## Campos del formulario

field-from = De
field-to = Para
field-cc = Cc
field-bcc = Cco
field-reply-to = Responder a
field-subject = Asunto
field-email = Dirección de correo electrónico
field-display-name = Su nombre
field-host = Servidor
field-username = Nombre de usuario
field-account-name = Nombre de la cuenta

## Errores de entrada

input-invalid-address = El campo «{ $field }» contiene «{ $value }», que no es una dirección de correo válida. Debe tener la forma nombre@example.com.
input-empty = El campo «{ $field }» está vacío. Complételo, por favor.
input-line-break = El campo «{ $field }» contiene un salto de línea. Escríbalo en una sola línea.
input-port-out-of-range = «{ $value }» no es un número de puerto. Use un número del 1 al 65535, por ejemplo 587 o 465.
input-invalid-host = «{ $value }» no es un nombre de servidor válido. Debe tener la forma smtp.example.com.
input-missing-username = Se necesita un nombre de usuario para iniciar sesión. Normalmente es su dirección de correo completa.
input-password-without-encryption = Outpost no enviará su contraseña por una conexión sin cifrar. Elija SSL/TLS o STARTTLS, o acepte expresamente el riesgo para esta cuenta.
input-invalid-account-name = «{ $value }» no se puede usar como nombre de cuenta. Use como máximo 64 caracteres, sin saltos de línea ni espacios al principio o al final.
input-unknown-account = No hay ninguna cuenta llamada «{ $name }». Consulte la lista con: outpost accounts list
input-account-exists = Ya existe una cuenta llamada «{ $name }». Elija otro nombre.
input-no-recipients = Añada al menos un destinatario en Para, Cc o Cco.
input-attachment-missing = El archivo adjunto «{ $path }» no existe. Puede que se haya movido o eliminado.
input-attachment-unreadable = No se puede leer el archivo adjunto «{ $path }». Compruebe que es un archivo y que tiene permiso para abrirlo.
input-attachment-too-large = Los adjuntos suman { $size }, más de los { $limit } que Outpost puede enviar en un mensaje. Comparta los archivos grandes mediante un enlace.
input-unknown-security = «{ $value }» no es un ajuste de cifrado válido. Use tls (SSL/TLS), starttls o none.
input-missing-password = Se necesita una contraseña. Indíquela en la primera línea de la entrada estándar con --password-stdin.
input-ca-file-unusable = No se puede usar el archivo de certificado «{ $path }». Debe ser un archivo PEM legible.
input-body-file-unreadable = No se puede leer el archivo «{ $path }» con el texto del mensaje.

## Configuración

config-broken = No se pudo leer su archivo de configuración, así que Outpost se inició con la configuración vacía. El archivo anterior se conservó como { $backup }.
config-invalid-value = Un ajuste de su archivo de configuración no era válido y se usó su valor predeterminado ({ $section }, { $key }).
config-duplicate-account = Había dos cuentas llamadas «{ $name }»; la segunda se llama ahora «{ $renamed }».
config-io-error = Outpost no pudo leer ni escribir { $path }: { $reason }
config-unparseable = El archivo de ajustes { $path } no se puede leer ahora (quizá se está escribiendo). Outpost conserva los ajustes que tiene y vuelve a leer el archivo cuando cambie.
config-no-home = Outpost no encontró su carpeta personal, donde guarda su configuración.

io-not-found = el archivo o la carpeta no existe.
io-permission-denied = no tiene permiso.
io-disk-full = el disco está lleno.
io-read-only = el disco es de solo lectura.
io-other = el sistema devolvió un error.

## Llavero

keychain-unavailable = Outpost no pudo acceder al llavero del sistema, donde guarda las contraseñas de forma segura. En Linux, asegúrese de que haya un servicio de llavero (como GNOME Keyring o KWallet) instalado y en funcionamiento, y vuelva a intentarlo. Su contraseña no se guardó en ninguna parte.
keychain-locked = El llavero está bloqueado o ha denegado el acceso. Desbloquéelo (por ejemplo, volviendo a iniciar sesión en el equipo) y vuelva a intentarlo. Su contraseña no se guardó en ninguna parte.
keychain-failed = El llavero del sistema devolvió un error, así que no se pudo usar la contraseña. Vuelva a intentarlo; si sigue ocurriendo, reinicie el servicio de llavero.

## Etiquetas de seguridad e inicio de sesión

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = sin cifrado

## Detección

detect-source-preset = ajustes integrados
detect-source-isp = ajustes publicados por su proveedor
detect-source-ispdb = base de datos de Thunderbird
detect-source-mx = servidores de correo de su dominio
detect-source-guess = suposición a partir de los nombres de servidor habituales
detect-unknown-provider = Proveedor desconocido
detect-heading = { $provider } (fuente: { $source })
detect-server-line = {"  "}{ $host }, puerto { $port }, { $security }, nombre de usuario: { $user }
detect-username-from-provider = el que le dio su proveedor
detect-note = {"  "}Nota: { $note }
detect-note-with-link = {"  "}Nota: { $note } Más información: { $url }
detect-note-isp = Estos ajustes los publica el proveedor de { $domain }.
detect-note-ispdb = Estos ajustes proceden de la base de datos del programa de correo Thunderbird.
detect-note-mx = El correo de { $domain } lo gestiona { $provider }, así que se aplican sus ajustes.
detect-note-probed = Estos servidores respondieron cuando Outpost probó los nombres y puertos habituales. Pruebe la conexión antes de confiar en ellos.
detect-guess-note = Estos ajustes son una suposición a partir de los nombres de servidor habituales y no se han comprobado. Pruebe la conexión antes de confiar en ellos.
detect-note-offline = Parece que no tiene conexión: Outpost no pudo consultar nada sobre este dominio, así que estos son solo los nombres de servidor habituales. Compruebe su conexión, vuelva atrás y continúe de nuevo.
detect-imap-line = {"  "}Copias de los mensajes enviados (IMAP): { $host }, puerto { $port }, { $security }, nombre de usuario: { $user }
detect-imap-same-user = el mismo que para enviar

## Problemas: qué ha pasado y qué hacer

problem-dns-not-found = No existe ningún servidor llamado «{ $host }».
problem-dns-not-found-fix = Revise si el nombre del servidor tiene errores de escritura. Las páginas de ayuda de su proveedor indican el servidor de salida (SMTP) correcto.
problem-network-unavailable = Parece que no tiene conexión: no se pudo buscar el nombre { $host } porque ningún servidor de nombres respondió.
problem-network-unavailable-fix = Compruebe que este equipo está conectado a internet (wifi, cable, VPN) y vuelva a intentarlo. Los mensajes de la bandeja de salida esperan y se envían solos cuando vuelva a tener conexión.
problem-connection-refused = { $host } no acepta conexiones en el puerto { $port }.
problem-connection-refused-fix = Compruebe el número de puerto. La mayoría de los proveedores usan el 587 con STARTTLS o el 465 con SSL/TLS.
problem-connect-timeout = No hubo ninguna respuesta de { $host } en el puerto { $port }.
problem-connect-timeout-fix = Puede que un cortafuegos o su proveedor de internet bloquee este puerto. Pruebe el puerto 587 o 465, u otra red.
problem-greeting-timeout = La conexión con { $host } se abrió, pero el servidor nunca llegó a saludar.
problem-greeting-timeout-fix = Si el puerto { $port } espera SSL/TLS desde el principio, cambie el cifrado a SSL/TLS. Si no, vuelva a intentarlo más tarde.
problem-greeting-rejected = El servidor { $host } rechazó la conexión nada más abrirse.
problem-greeting-rejected-fix = Puede que este servidor bloquee su red o su dirección. Pruebe con otra red o consulte a su proveedor.
problem-server-busy = El servidor está ocupado o no está disponible temporalmente.
problem-server-busy-fix = Espere unos minutos y vuelva a intentarlo. No hace falta cambiar nada en sus ajustes.
problem-expects-implicit-tls = El puerto { $port } espera SSL/TLS desde el principio, pero la conexión intentó empezar sin cifrar.
problem-expects-implicit-tls-fix = Cambie el cifrado a SSL/TLS (o use el puerto 587 con STARTTLS).
problem-expects-starttls = El puerto { $port } empieza sin cifrar y pasa a cifrado con STARTTLS, pero se eligió SSL/TLS.
problem-expects-starttls-fix = Cambie el cifrado a STARTTLS (o use el puerto 465 con SSL/TLS).
problem-starttls-unavailable = El servidor no ofrece STARTTLS en el puerto { $port }, así que la conexión no se puede cifrar de esta forma.
problem-starttls-unavailable-fix = Pruebe el puerto 465 con SSL/TLS. Si su proveedor no ofrece ningún tipo de cifrado, plantéese cambiar de proveedor.
problem-tls-handshake-failed = No se pudo establecer una conexión cifrada con { $host }.
problem-tls-handshake-failed-fix = Compruebe el puerto y el ajuste de cifrado. Si son correctos, puede que el servidor use un cifrado obsoleto; consulte a su proveedor.
problem-certificate-untrusted = El certificado de seguridad del servidor no procede de una autoridad de confianza (puede ser autofirmado o de una autoridad privada).
problem-certificate-untrusted-fix = Si es el servidor propio de su organización, pida a su administrador el archivo de la autoridad de certificación. Si no, no continúe: la conexión podría estar interceptada.
problem-certificate-expired = El certificado de seguridad del servidor ha caducado o todavía no es válido.
problem-certificate-expired-fix = Compruebe la fecha y la hora de su equipo. Si son correctas, avise a su proveedor de que su certificado ha caducado.
problem-certificate-name-mismatch = El certificado de seguridad del servidor es para un nombre distinto de «{ $host }».
problem-certificate-name-mismatch-fix = Use el nombre de servidor que le indica su proveedor (debe coincidir con el certificado), por ejemplo smtp.provider.com en lugar de mail.yourdomain.com.
problem-auth-unavailable = El servidor no ofrece inicio de sesión en esta conexión.
problem-auth-unavailable-fix = Si el servidor acepta correo sin iniciar sesión, elija «Este servidor no necesita inicio de sesión». Si no, use el puerto destinado al envío (587 o 465).
problem-auth-mechanism-unsupported = El servidor y Outpost no tienen ningún método de inicio de sesión en común.
problem-auth-mechanism-unsupported-fix = Pruebe con el otro ajuste de cifrado o con otro puerto; algunos servidores solo permiten iniciar sesión con contraseña en una conexión cifrada.
problem-auth-failed = El servidor no aceptó el nombre de usuario o la contraseña.
problem-auth-failed-fix = Compruebe el nombre de usuario (a menudo es su dirección de correo completa) y vuelva a escribir la contraseña. Algunos proveedores exigen una contraseña de aplicación en lugar de la habitual.
problem-app-password-required = Su proveedor exige aquí una contraseña de aplicación, no su contraseña habitual (la verificación en dos pasos está activada).
problem-app-password-required-fix = Cree una contraseña de aplicación en la configuración de seguridad de su cuenta y úsela como contraseña en Outpost.
problem-web-login-required = Su proveedor le pide que primero inicie sesión en su sitio web.
problem-web-login-required-fix = Inicie sesión en su correo desde un navegador web, confirme cualquier aviso de seguridad y vuelva a intentarlo.
problem-auth-disabled-by-provider = Su proveedor u organización ha desactivado el inicio de sesión con contraseña para enviar correo.
problem-auth-disabled-by-provider-fix = Pida a su administrador que permita el inicio de sesión SMTP en su buzón, o use una cuenta que admita el inicio de sesión con OAuth2.
problem-auth-required = El servidor exige que inicie sesión antes de aceptar correo.
problem-auth-required-fix = Active el inicio de sesión y escriba su nombre de usuario y su contraseña.
problem-encryption-required = El servidor exige primero una conexión cifrada.
problem-encryption-required-fix = Cambie el cifrado a STARTTLS o SSL/TLS.
problem-sender-rejected = El servidor no permite enviar desde esta dirección de remitente (campo De).
problem-sender-rejected-fix = Envíe desde la dirección de la cuenta con la que inició sesión, o verifique antes esta dirección con su proveedor.
problem-recipient-rejected = El servidor rechazó a un destinatario.
problem-recipient-rejected-fix = Revise si la dirección del destinatario tiene errores de escritura. Si el servidor dice «relay denied», inicie sesión primero.
problem-message-too-large = El mensaje supera el tamaño máximo que acepta el servidor.
problem-message-too-large-limit = El mensaje ocupa { $size } y este servidor acepta como máximo { $limit }. No se envió.
problem-message-too-large-fix = Quite adjuntos o reduzca su tamaño, o comparta los archivos grandes mediante un enlace.
problem-rate-limited = Ha alcanzado un límite de envío de este servidor o proveedor.
problem-rate-limited-fix = Espere antes de enviar más (los límites suelen restablecerse en un día) o envíe a menos destinatarios a la vez.
problem-connection-lost = La conexión con { $host } se cortó a mitad.
problem-connection-lost-fix = Compruebe su conexión a internet y vuelva a intentarlo.
problem-unexpected-reply = El servidor respondió algo que Outpost no esperaba.
problem-unexpected-reply-fix = Vuelva a intentarlo más tarde. Si sigue ocurriendo, muestre a su proveedor la respuesta del servidor.

## Pasos de la comprobación de conexión

step-name-resolve = Buscar el servidor
step-name-connect = Conectar
step-name-greeting = El servidor saluda
step-name-ehlo = Preguntar qué ofrece el servidor
step-name-starttls = Iniciar el cifrado (STARTTLS)
step-name-tls = Comprobar el cifrado y el certificado
step-name-auth = Iniciar sesión
step-name-mail-from = Remitente aceptado
step-name-rcpt-to = Destinatarios aceptados
step-name-quit = Despedirse
step-name-imap-connect = Llegar al buzón (IMAP)
step-name-imap-tls = Cifrar la conexión con el buzón
step-name-imap-auth = Iniciar sesión en el buzón
step-name-imap-folder = Encontrar la carpeta Enviados
step-not-reached = No se llegó a este paso.
step-resolved = Encontrado en { $addresses }.
step-connected = Conectado a { $address }.
step-ehlo = El servidor ofrece { $count ->
    [one] una extensión
   *[other] { $count } extensiones
}.
step-starttls = El servidor aceptó cifrar la conexión.
step-starttls-not-needed = No es necesario: la conexión está cifrada desde el principio.
step-no-encryption = No se usa: esta conexión no está cifrada.
step-tls = Cifrado con { $version }. El certificado para { $subject }, emitido por { $issuer }, es de confianza.
step-auth = Sesión iniciada como { $user } ({ $mechanism }).
step-no-sign-in = No es necesario: esta cuenta no inicia sesión.
step-mail-from = El servidor acepta { $address } como remitente.
step-rcpt-to = El servidor acepta { $count ->
    [one] al destinatario
   *[other] a los { $count } destinatarios
}.
step-no-envelope = No se comprobó: no se indicó remitente ni destinatario.
step-quit = Se cerró la conexión correctamente.
step-quit-closed = El servidor cerró la conexión.

## Línea de órdenes

cli-about = Configure una cuenta de correo saliente, envíe correo y descubra qué falla cuando algo no funciona.
cli-about-detect = Buscar los ajustes de una dirección de correo
cli-about-compose = Abrir una ventana para redactar un mensaje, con estas opciones ya rellenadas
cli-about-outbox = Ver y enviar lo que espera en la bandeja de salida
cli-about-outbox-list = Mostrar los mensajes que esperan en la bandeja de salida
cli-about-outbox-flush = Intentar enviar ahora todos los mensajes en espera
cli-about-outbox-retry = Volver a intentar ahora un mensaje detenido o en espera
cli-about-outbox-remove = Eliminar un mensaje de la bandeja de salida
cli-about-outbox-sent = Mostrar los mensajes enviados
cli-help-message-id = Identificador del mensaje en la bandeja de salida (vea outpost outbox list)
cli-help-allow-over-limit = Enviar aunque se supere el límite diario de envío de la cuenta
cli-about-check = Probar paso a paso la conexión con un servidor y explicar qué falla
cli-about-probe = Averiguar qué puertos y tipos de cifrado funcionan en un servidor
cli-help-check-from = Comprobar también que el servidor acepta este remitente (no se envía nada)
cli-help-check-to = Comprobar también que el servidor acepta este destinatario (no se envía nada)
cli-help-ports = Puertos que probar, separados por comas (por defecto 465,587,25,2525)
check-ok = Todo funciona: Outpost puede enviar correo a través de { $host }.
check-failed = Problema: { $message }
check-suggestion = Pruebe en su lugar: puerto { $port }, { $security }.
check-step-ok = ✓ { $name } ({ $ms } ms): { $detail }
check-step-failed = ✗ { $name } ({ $ms } ms): { $detail }
check-step-skipped = – { $name }: { $detail }
probe-line-ok = ✓ puerto { $port }, { $security }: funciona ({ $ms } ms)
probe-line-failed = ✗ puerto { $port }, { $security }: { $problem }
probe-best = Mejor opción: puerto { $port }, { $security }.
probe-none = Ninguna de las combinaciones de puerto y cifrado probadas funciona en { $host }.
cli-about-send = Enviar un mensaje
cli-about-accounts = Gestionar las cuentas guardadas
cli-about-accounts-list = Mostrar las cuentas guardadas
cli-about-accounts-show = Mostrar una cuenta
cli-about-accounts-add = Guardar una cuenta nueva (su contraseña se guarda en el llavero del sistema)
cli-about-accounts-remove = Eliminar una cuenta y su contraseña
cli-help-json = Escribir un único documento JSON en la salida estándar, y nada más
cli-help-email = Dirección de correo electrónico
cli-help-offline = Usar solo los ajustes integrados, sin conexión a la red
cli-help-host = Nombre del servidor de salida (SMTP)
cli-help-port = Puerto (1–65535); por defecto, el habitual para el cifrado elegido
cli-help-security = Cifrado: tls (SSL/TLS), starttls o none
cli-help-user = Nombre de usuario para iniciar sesión (por defecto, la dirección del remitente)
cli-help-password-stdin = Leer la contraseña de la primera línea de la entrada estándar
cli-help-ca-file = Confiar también en esta autoridad de certificación (PEM), para servidores privados
cli-help-timeout = Segundos que se espera al servidor antes de desistir
cli-help-final-reply-timeout = Segundos que se espera la confirmación del servidor una vez enviado todo el mensaje (600 por defecto)
cli-help-allow-password-without-encryption = Aceptar que la contraseña se envíe por una conexión sin cifrar (no es seguro)
cli-help-account = Usar esta cuenta guardada
cli-help-from = Dirección del remitente
cli-help-to = Destinatario (repita la opción o separe con comas)
cli-help-cc = Destinatario en copia
cli-help-bcc = Destinatario en copia oculta (nunca aparece en el mensaje)
cli-help-subject = Asunto del mensaje
cli-help-body = Texto del mensaje
cli-help-body-file = Leer el texto del mensaje de este archivo
cli-help-attach = Adjuntar este archivo (repita la opción para adjuntar más)
cli-help-no-queue = No guardar el mensaje en la bandeja de salida si el envío falla
cli-help-account-name = Nombre de la cuenta
cli-help-display-name = Su nombre tal como lo verán los destinatarios
cli-help-provider = Proveedor predefinido del que proceden los ajustes (vea outpost detect)
cli-help-default = Convertir esta cuenta en la predeterminada
cli-help-daily-limit = Cuántos mensajes puede enviar esta cuenta al día (por defecto, el límite del proveedor)
cli-warning = Aviso: { $message }
cli-error = Error: { $message }
cli-fix = Qué hacer: { $fix }
cli-server-said = Respuesta del servidor: { $reply }
cli-runtime-failed = Outpost no pudo iniciar su motor de red: { $reason }
cli-heading-usage = Uso
cli-heading-commands = Órdenes
cli-heading-options = Opciones
cli-heading-arguments = Argumentos
cli-help-help = Mostrar esta ayuda
cli-help-version = Mostrar la versión
cli-about-help = Mostrar la ayuda de una orden
cli-usage-unknown-argument = «{ $arg }» no es una opción de esta orden.
cli-usage-unknown-command = «{ $arg }» no es una orden.
cli-usage-invalid-value = «{ $value }» no es un valor válido para { $arg }.
cli-usage-missing = Falta: { $arg }
cli-usage-conflict = { $arg } no se puede usar junto con { $other }.
cli-usage-value-missing = { $arg } necesita un valor.
cli-usage-invalid = No se pudo entender la línea de órdenes.
cli-usage-see-help = Vea lo que es posible con: { $command } --help

send-done = Enviado. Message-ID: { $message_id }
send-failed = No enviado: { $message }
send-not-queued = El mensaje no se ha guardado: vuelva a enviarlo cuando se haya resuelto el problema.
send-no-secret = No hay ninguna contraseña guardada para la cuenta «{ $account }». Vuelva a añadir la cuenta o indique la contraseña con --password-stdin.

accounts-none = Todavía no hay cuentas. Añada una con: outpost accounts add
accounts-line = { $name }: { $email } a través de { $host }:{ $port }
accounts-line-default = { $line } (predeterminada)
accounts-show-name = Cuenta: { $name }
accounts-show-from = Envía como: { $display_name } <{ $email }>
accounts-show-from-address = Envía como: { $email }
accounts-show-server = Servidor: { $host }, puerto { $port }, { $security }
accounts-show-user = Inicia sesión como: { $user }
accounts-show-no-sign-in = Inicio de sesión: no (el servidor acepta correo sin iniciar sesión)
accounts-show-secret-stored = Contraseña: guardada en el llavero del sistema
accounts-show-secret-missing = Contraseña: no guardada — vuelva a añadirla con: outpost accounts add
accounts-show-secret-unknown = Contraseña: no se puede saber, el llavero del sistema no está disponible
accounts-unknown-provider = No hay ningún proveedor predefinido llamado «{ $provider }».
accounts-added = Se ha guardado la cuenta «{ $name }». Su contraseña está en el llavero del sistema.
accounts-removed = Se ha eliminado la cuenta «{ $name }» y su contraseña.
accounts-removed-secret-kept = Se ha eliminado la cuenta «{ $name }», pero no se pudo eliminar su contraseña del llavero: { $reason }

gui-failed = Outpost no pudo abrir su ventana: { $reason }
## Aplicación de escritorio

gui-app-title = Outpost
gui-window-title = { $page } – Outpost
gui-settings = Ajustes
gui-add-account = Añadir cuenta
gui-new-message = Nuevo mensaje
gui-accounts-intro = Sus cuentas de envío. Pruebe una para ver si funciona, o escriba un mensaje.
accounts-none-gui = Todavía no hay cuentas. Añada una para empezar a enviar.
gui-default-badge = Predeterminada
gui-outbox = Bandeja de salida
gui-status-testing = Probando…
gui-status-works = Funciona
gui-status-problem = Tiene un problema
gui-status-needs-sign-in = Hay que volver a acceder
gui-status-not-tested = Aún sin probar
gui-status-waiting = { $count ->
    [one] 1 en espera
   *[other] { $count } en espera
}
gui-test-connection = Probar conexión
gui-edit = Editar
gui-make-default = Hacer predeterminada
gui-remove = Quitar
gui-remove-question = ¿Quitar { $email }? Se borrarán su configuración y su contraseña guardada en el llavero del sistema.
gui-remove-confirm = Quitar cuenta
gui-keep = Conservarla
gui-dismiss = Descartar
gui-done = Listo
gui-close = Cerrar
gui-cancel = Cancelar
gui-back = Atrás
gui-continue = Continuar
gui-save = Guardar cuenta
gui-save-anyway = Guardar de todos modos
gui-step-time = { $ms } ms
gui-test-running = Probando…

gui-wizard-title = Configure su correo
gui-wizard-edit-title = Modificar su cuenta
gui-wizard-intro = Outpost buscará la configuración adecuada por usted. Empiece por su nombre y su dirección de correo.
gui-wizard-progress = Paso { $step } de { $total }
gui-wizard-step-address = Dirección
gui-wizard-step-provider = Proveedor
gui-wizard-step-server = Servidor
gui-wizard-step-sign-in = Acceso
gui-wizard-step-test = Prueba
gui-wizard-step-done = Listo
gui-your-name = Su nombre
gui-your-name-placeholder = Tal como lo verán los destinatarios, p. ej., Ada Lovelace
gui-email = Dirección de correo
gui-email-placeholder = name@example.com
gui-detect-builtin = Consultando la configuración integrada…
gui-detect-provider = Consultando a su proveedor…
gui-detect-domain = Revisando los servidores de correo de su dominio…
gui-detect-stop = Dejar de buscar e introducir la configuración manualmente
gui-provider-title = Su proveedor de correo
gui-found-provider = Encontrado: { $provider } (fuente: { $source }).
gui-found-settings = Se encontró una configuración (fuente: { $source }).
gui-provider-other = Otro
gui-region = Región
gui-open-help = Abrir página de ayuda
gui-server-title = Servidor de salida
gui-server-intro = Esta configuración la proporciona su proveedor. Cámbiela solo si su proveedor se lo indica.
gui-host = Servidor
gui-host-placeholder = smtp.example.com
gui-port = Puerto
gui-port-other = Otro…
gui-encryption = Cifrado
gui-no-encryption-warning = Sin cifrado, otras personas de la red pueden leer todo lo que envíe, incluida su contraseña.
gui-accept-insecure = Entiendo que mi contraseña se enviará sin cifrar
gui-find-automatically = Buscar automáticamente
gui-finding = Probando los puertos habituales…
gui-probe-line = Puerto { $port }, { $security }
gui-probe-best = Se usará el puerto { $port }, { $security }.
gui-sign-in-title = Inicio de sesión
gui-sign-in-password = Iniciar sesión con contraseña
gui-sign-in-none = Este servidor no necesita inicio de sesión
gui-oauth-not-available = Este proveedor solo permite iniciar sesión a través de su sitio web (OAuth2), algo que Outpost todavía no puede hacer. Use otra cuenta o pregunte a su administrador si se puede activar el inicio de sesión con contraseña (SMTP AUTH).
gui-username = Nombre de usuario
gui-username-placeholder = Normalmente, su dirección de correo completa
gui-password = Contraseña
gui-password-placeholder = Su contraseña o contraseña de aplicación
gui-password-keep = Déjelo vacío para conservar la contraseña guardada
gui-password-needed = Introduzca su contraseña (o contraseña de aplicación) para iniciar sesión.
gui-password-keychain = Su contraseña se guarda en el llavero del sistema, nunca en un archivo.
gui-show = Mostrar
gui-hide = Ocultar
gui-test-title = Probando la conexión
gui-test-ok = Todo funciona. Outpost puede enviar correo con esta configuración.
gui-test-ok-title = Todo funciona
gui-test-failed-title = La prueba no ha salido bien
gui-apply-suggestion = Usar el puerto { $port }, { $security } y volver a probar
gui-show-details = Mostrar detalles
gui-hide-details = Ocultar detalles
gui-copy = Copiar
gui-test-again = Volver a probar
gui-send-test-message = Enviarme un mensaje de prueba
gui-test-message-subject = Mensaje de prueba de Outpost
gui-test-message-body = Outpost le envió este mensaje para comprobar su cuenta. Su servidor de salida { $host } funciona.
gui-test-message-sent = Se envió un mensaje de prueba a { $email }. Revise su bandeja de entrada.
gui-done-title = Su cuenta está lista
gui-done-body = { $email } se guardó. Su contraseña está en el llavero del sistema.
gui-write-message = Escribir un mensaje

gui-compose-title = Nuevo mensaje
gui-compose-title-subject = { $subject }
gui-no-account = Primero añada una cuenta
gui-addresses-placeholder = name@example.com, another@example.com
gui-body-placeholder = Escriba su mensaje…
gui-attach = Adjuntar archivos…
gui-attach-title = Adjuntar archivos
gui-drop-hint = Suelte aquí los archivos para adjuntarlos.
gui-file-missing = falta el archivo
gui-attachments-total = Adjuntos: { $size }
gui-attachments-too-large = Adjuntos: { $size }. Es demasiado para este servidor, que acepta mensajes de hasta { $limit }.
gui-send = Enviar
gui-sending = Enviando…
gui-sending-progress = Enviando su mensaje…
gui-sent = Enviado.
gui-send-shortcut = Ctrl+Enter
gui-send-temporary = El mensaje espera en la bandeja de salida y se volverá a enviar automáticamente. Puede cerrar esta ventana.
gui-send-kept = El mensaje se guarda en la bandeja de salida hasta que se resuelva el problema, y todo lo que escribió sigue aquí.
gui-fix-edit-account = Abra la cuenta en la ventana principal, elija Editar y vuelva a introducir la contraseña.
gui-discard-question = ¿Guardar lo que escribió como borrador o descartarlo?
gui-discard = Descartar
gui-keep-editing = Seguir editando

gui-theme = Apariencia
gui-text-size = Tamaño del texto
gui-text-size-help = Agranda el texto y los botones en todas las ventanas.
gui-text-size-percent = { $percent } %
gui-theme-system = Igual que el sistema
gui-theme-light = Clara
gui-theme-dark = Oscura
gui-language = Idioma
gui-language-system = Igual que el sistema
gui-language-note = Los cambios se aplican al instante.

## Bandeja de salida

outbox-storage-error = Outpost no pudo escribir en su carpeta de bandeja de salida: { $reason }
outbox-sent-log-unwritable = Outpost no puede escribir su registro de correo enviado ({ $reason }), así que no envía nada más hasta que pueda: un mensaje que el servidor acepta debe quedar registrado, o podría salir dos veces. Libere espacio en disco o corrija los permisos de la carpeta; no se pierde nada.
outbox-cannot-mark = Outpost no puede escribir en su bandeja de salida ({ $reason }) y dejó de enviar: anota cada mensaje en el disco antes de entregarlo. Libere espacio en disco; no se pierde nada.
outbox-state-unconfirmed = enviado, pero sin confirmar: compruébelo antes de enviarlo otra vez
outbox-unconfirmed-explain = Outpost envió este mensaje, pero la confirmación del servidor nunca llegó. Mire en su carpeta de enviados o pregunte al destinatario.
outbox-unconfirmed-choices = Si no llegó: outpost outbox retry { $id }. Si llegó: outpost outbox mark-sent { $id }
outbox-marked-sent = { $id } se registró como enviado y se quitó de la bandeja de salida.
cli-about-outbox-mark-sent = Registrar un mensaje como enviado (llegó) y quitarlo de la bandeja de salida
gui-send-again = Enviar otra vez
gui-it-arrived = Llegó
gui-flush-stopped = Envío detenido: { $reason }
outbox-unknown-id = No hay ningún mensaje «{ $id }» en la bandeja de salida. Consulte la lista con: outpost outbox list
outbox-removed = Se borró el mensaje { $id } de la bandeja de salida.
outbox-empty = La bandeja de salida está vacía.
outbox-state-queued = en espera de reenvío ({ $attempts ->
    [one] 1 intento hasta el momento
   *[other] { $attempts } intentos hasta el momento
})
outbox-state-held = detenido: espera a que resuelva el problema
outbox-line = { $id }: «{ $subject }» para { $recipients } — { $state }
outbox-sent-line = Enviado «{ $subject }» a { $recipients } ({ $message_id })
outbox-damaged = Una entrada dañada de la bandeja de salida se apartó, sin borrarla: { $path }
outbox-flushed = { $sent ->
    [one] Se envió 1 mensaje.
   *[other] Se enviaron { $sent } mensajes.
} { $remaining ->
    [0] La bandeja de salida está vacía.
    [one] Todavía queda 1 mensaje en espera.
   *[other] Todavía quedan { $remaining } mensajes en espera.
}
outbox-failed-line = No enviado: «{ $subject }»: { $message }
send-queued = El mensaje se guarda en la bandeja de salida y se volverá a enviar automáticamente. Consúltelo con: outpost outbox list
send-held = El mensaje se guarda en la bandeja de salida, detenido hasta que resuelva el problema. Después: outpost outbox retry { $id }
send-limit-warning = Esta cuenta ha enviado hoy { $used } de sus { $limit } mensajes.
send-over-limit = Enviar esto superaría el límite diario de la cuenta (hoy se han usado { $used } de { $limit }). Añada --allow-over-limit para enviarlo de todos modos.
outbox-account-gone = La cuenta «{ $account }» ya no existe. Edite el mensaje para enviarlo desde otra cuenta, o bórrelo.
gui-outbox-title = Bandeja de salida
gui-outbox-button = Bandeja de salida ({ $count })
gui-outbox-tab = En espera ({ $count })
gui-sent-tab = Enviados
gui-outbox-empty = No hay nada en espera. Todos los mensajes que envió han salido.
gui-outbox-sending = Enviando lo que está en espera…
gui-outbox-next-try = Se volverá a intentar { $time } ({ $attempts ->
    [one] 1 intento hasta el momento
   *[other] { $attempts } intentos hasta el momento
}).
gui-outbox-to = Para { $recipients }, desde { $account }
gui-no-subject = (sin asunto)
gui-retry-now = Reintentar ahora
gui-delete = Borrar
gui-delete-question = ¿Borrar este mensaje? No se enviará.
gui-search-sent = Buscar en los mensajes enviados
gui-sent-line = Para { $recipients }, { $time }, { $size }
gui-sent-empty = No hay mensajes enviados que mostrar.
gui-time-now = ahora
gui-time-in-minutes = dentro de { $minutes ->
    [one] 1 minuto
   *[other] { $minutes } minutos
}
gui-time-minutes-ago = { $minutes ->
    [one] hace 1 minuto
   *[other] hace { $minutes } minutos
}
gui-queued-sent = Se envió un mensaje que estaba en espera: «{ $subject }».

## Notas sobre proveedores

note-gmail-app-password = Aquí Google solo acepta una contraseña de aplicación, no su contraseña normal. Active la verificación en dos pasos en su cuenta de Google, cree una contraseña de aplicación en Seguridad y péguela aquí.
note-workspace-admin = Si se rechaza el envío, puede que el administrador de Google de su organización tenga que permitir en su cuenta las contraseñas de aplicación o el envío desde otras aplicaciones.
note-microsoft-oauth2 = Las direcciones de Outlook.com, Hotmail, Live y MSN solo pueden enviar después de iniciar sesión en la página de inicio de sesión de Microsoft (OAuth2); aquí ya no funcionan ni su contraseña normal ni las contraseñas de aplicación.
note-office365-oauth2 = Las cuentas de Microsoft 365 de trabajo o de centros educativos suelen iniciar sesión en la página de inicio de sesión de Microsoft (OAuth2), algo que Outpost todavía no puede hacer. El envío con una contraseña normal solo funciona si su administrador lo permite, y Microsoft está desactivando esa opción.
note-office365-smtp-auth = Si se rechaza el envío, pida a su administrador que active «SMTP autenticado» (SMTP AUTH) para su buzón en el Centro de administración de Microsoft 365.
note-yahoo-app-password = Yahoo necesita una contraseña de aplicación: en su cuenta de Yahoo, abra la página de seguridad de la cuenta, elija «Generate app password» y pegue aquí esa contraseña.
note-aol-app-password = AOL necesita una contraseña de aplicación: en su cuenta de AOL, abra la página de seguridad de la cuenta, elija «Generate app password» y pegue aquí esa contraseña.
note-icloud-app-password = iCloud necesita una contraseña específica de app: inicie sesión en su cuenta de Apple en la web, abra «Inicio de sesión y seguridad», cree una contraseña específica de app y péguela aquí.
note-fastmail-app-password = Fastmail necesita una contraseña de aplicación, aunque no use el inicio de sesión en dos pasos: en Fastmail, abra «Settings» y luego «Privacy & Security», cree una nueva contraseña de aplicación con acceso al correo y péguela aquí.
note-zoho-app-password = Si tiene activada la autenticación en dos pasos en su cuenta de Zoho, cree una contraseña específica de aplicación en la configuración de seguridad de Zoho Mail y úsela aquí.
note-zoho-region = Zoho guarda las cuentas en regiones separadas: si inicia sesión en zoho.eu, zoho.in o zoho.com.au, elija en su lugar la configuración predefinida de Zoho Mail para esa región.
note-zoho-workplace = Esta opción es para los planes de pago de Zoho con dominio propio. Si su organización usa el plan gratuito de Zoho, elija en su lugar «Zoho Mail» para su región.
note-gmx-enable-imap = Primero permita el acceso de programas de correo en el correo web de GMX: abra «Settings», luego «POP3 & IMAP», y active el acceso.
note-webde-enable-imap = Primero permita el acceso de programas de correo en el correo web de WEB.DE: abra «Settings», luego «POP3/IMAP», y active el acceso. Su nombre de usuario es la parte de su dirección anterior a la @.
note-mailcom-enable-imap = Primero permita el acceso de programas de correo en el correo web de mail.com: abra «Settings», luego «POP3 & IMAP», y active el acceso. En las cuentas más recientes, esto forma parte de mail.com Premium.
note-yandex-app-password = Yandex necesita una contraseña de aplicación para los programas de correo: en su Yandex ID, abra «Security», cree una contraseña de aplicación para el correo y asegúrese de que el acceso de programas de correo esté activado en la configuración de Yandex Mail.
note-mailru-app-password = Mail.ru necesita una «contraseña para aplicaciones externas»: cree una en la configuración de seguridad de su cuenta de Mail.ru y péguela aquí en lugar de su contraseña normal.
note-proton-bridge = Proton Mail solo funciona a través de la aplicación Proton Mail Bridge, que requiere un plan de pago: instale Bridge, manténgala abierta y use la contraseña que le muestra Bridge, no su contraseña de Proton.
note-proton-smtp-token = Para una dirección con dominio propio, algunos planes de Proton para empresas, Family y Visionary permiten crear un token SMTP en la configuración de Proton Mail; úselo como contraseña. Si no, use la aplicación Bridge.
note-app-password-2fa = Si activó la autenticación en dos pasos, cree una contraseña de aplicación en la configuración de seguridad de su cuenta y úsela aquí en lugar de su contraseña normal.
note-tonline-password = Telekom necesita una contraseña de correo aparte para los programas de correo: configúrela en el centro de correo de Telekom, en «Settings» y luego «Passwords», y úsela aquí. La contraseña con la que entra en la web no funciona.
note-xfinity-third-party = Primero active el acceso de programas de correo de terceros en la configuración de correo de Xfinity; después, inicie sesión con su dirección completa de Xfinity y su contraseña.
note-authorization-code = Active POP3/IMAP/SMTP en la configuración del correo web de este proveedor, genere el código de autorización que ofrece y use ese código aquí como contraseña.
note-ses-credentials = Las credenciales SMTP de Amazon SES no son sus claves de acceso de AWS: cree credenciales SMTP en la consola de SES, en «SMTP settings», y use el nombre de usuario y la contraseña que le muestre.
note-ses-sandbox = Las cuentas nuevas de SES empiezan en el entorno de pruebas (sandbox): solo puede enviar a direcciones que haya verificado, y como máximo 200 mensajes al día, hasta que solicite a AWS el acceso de producción.
note-ses-region = Elija la región en la que configuró SES; las credenciales SMTP y las direcciones verificadas solo funcionan en la región donde se crearon.
note-verify-sender = Este servicio solo envía desde una dirección o un dominio que haya verificado en su panel, así que verifique allí primero su dirección de envío.
note-sendgrid-apikey = El nombre de usuario es la palabra «apikey»; la contraseña es una clave de API de SendGrid con permiso para enviar correo.
note-mailgun-credentials = Use el usuario SMTP y la contraseña de su dominio de envío (a menudo postmaster@ seguido de su dominio), que encontrará en Mailgun, en las credenciales SMTP de su dominio.
note-mailgun-region = Las regiones de EE. UU. y de la UE de Mailgun están separadas: elija aquella en la que creó su dominio de Mailgun.
note-postmark-token = Use el token de API de su servidor de Postmark como nombre de usuario y también como contraseña.
note-brevo-smtp-key = Use el usuario de inicio de sesión que aparece en Brevo en «SMTP & API» y, como contraseña, una clave SMTP (no una clave de API ni su contraseña de Brevo).
note-mailjet-keys = Use su clave de API de Mailjet como nombre de usuario y su clave secreta como contraseña.
note-sparkpost-apikey = El nombre de usuario es «SMTP_Injection»; la contraseña es una clave de API de SparkPost con el permiso «Send via SMTP».
note-smtp2go-user = Use un usuario SMTP, con su contraseña, que haya creado en SMTP2GO en «Sending» y luego «SMTP Users».
note-resend-apikey = El nombre de usuario es la palabra «resend»; la contraseña es una de sus claves de API de Resend.
note-mandrill-apikey = La contraseña es una clave de API de Mailchimp Transactional; como nombre de usuario, introduzca la dirección de correo de contacto de su cuenta de Mailchimp.
note-elastic-email-credentials = Cree credenciales SMTP en la configuración de Elastic Email y use ese nombre de usuario y la contraseña que se le muestra una sola vez.

gui-over-limit = Esta cuenta ya ha enviado { $used } de los { $limit } mensajes diarios que permite su proveedor. Si envía más, la cuenta podría quedar bloqueada durante un tiempo. ¿Enviar de todos modos?
gui-send-anyway = Enviar de todos modos
gui-near-limit = Esta cuenta ha enviado { $used } de los { $limit } mensajes que puede enviar al día.

## One sender at a time
outbox-unreadable = No se pudo leer el archivo del mensaje en la bandeja de salida ({ $reason }). Sigue en la bandeja de salida; revise el disco y vuelva a intentarlo.
outbox-busy = El mensaje «{ $id }» se está enviando o editando en este momento, así que no se cambió nada. Vuelva a intentarlo en un momento.
outbox-busy-line = Se omitió «{ $subject }»: se está editando o enviando en otro lugar en este momento.
outbox-waiting-for-other = Otro Outpost está enviando desde esta bandeja de salida; esperando a que termine…
gui-send-busy = Otra ventana u orden de Outpost está enviando este mensaje en este momento. Espere un momento y luego mire la bandeja de salida.
gui-edit-original-sent = La primera versión de este mensaje ya se envió ({ $time }), antes de que sus cambios pudieran sustituirla. Sus cambios no se enviaron.
gui-edit-original-sent-fix = Mire la lista de enviados. Si los cambios importan, envíelos como un mensaje nuevo.
gui-outbox-busy = Este mensaje se está enviando o editando en este momento, así que no se eliminó. Vuelva a intentarlo en un momento.
gui-outbox-being-edited = Se está editando en una ventana de redacción: no se envía hasta que lo envíe o cierre esa ventana.
gui-outbox-blocked = En espera: todavía no se pudo intentar.
gui-show-more = Mostrar { $count } más
input-time-unreadable = «{ $value }» no es una hora que Outpost pueda leer. Escríbala como 2026-12-01 09:00 (su hora local) o en RFC 3339.
input-time-in-past = { $value } ya pasó. Elija un momento en el futuro.
input-later-needs-account = Enviar más tarde funciona con una cuenta guardada (--account NOMBRE): el mensaje espera en la bandeja de salida hasta entonces.

## Send later and undo
cli-help-at = Enviar más tarde: a la hora TIME (RFC 3339, o AAAA-MM-DD HH:MM en hora local); el mensaje espera en la bandeja de salida
send-scheduled = Programado para { $time }. El mensaje espera en la bandeja de salida (id { $id }) y se envía entonces, aunque Outpost se haya cerrado mientras tanto.
outbox-state-scheduled = programado para { $time }
gui-undo-too-late = Demasiado tarde para deshacer: el mensaje ya está en camino.
gui-pending = Se enviará en unos segundos…
gui-undo = Deshacer
gui-send-later = Enviar más tarde…
gui-send-later-label = Enviar a las (su hora local):
gui-schedule = Programar
gui-outbox-scheduled = Programado para { $time }
gui-send-now = Enviar ahora
gui-undo-setting = Deshacer el envío
gui-undo-setting-help = Después de pulsar Enviar, el mensaje espera este tiempo para que pueda recuperarlo.
gui-undo-off = Desactivado
gui-undo-seconds = { $seconds } s

## Drafts
gui-keep-draft = Guardar como borrador
gui-drafts-title = { $count ->
    [one] Mensaje sin terminar
   *[other] Mensajes sin terminar ({ $count })
}
gui-draft-no-recipient = todavía sin destinatario
gui-draft-line = Para { $to } · guardado { $time }
gui-draft-open = Seguir escribiendo

## ¿Llegará mi correo? (comprobación del dominio remitente)
domain-check-spf = SPF
domain-check-dkim = DKIM
domain-check-dmarc = DMARC
domain-check-mx = MX
domain-check-blocklist = Lista de bloqueo
domain-status-pass = Correcto
domain-status-warn = Aviso
domain-status-fail = Problema
domain-status-unknown = Desconocido
domain-your-provider = su servicio de envío
domain-handled-by-provider = { $domain } pertenece a { $provider }, que se encarga de SPF, DKIM, DMARC y de la reputación de sus servidores: no tiene que configurar nada.
domain-lookup-failed = La consulta DNS de { $name } no obtuvo respuesta, así que esto no se pudo comprobar.
domain-fix-retry = Compruebe su conexión a internet y vuelva a hacer la comprobación.
domain-fix-none = No hay nada que hacer.
domain-fix-txt = Publique este registro TXT en { $name }: { $record }
domain-spf-none = { $domain } no tiene registro SPF, así que los destinatarios no pueden saber qué servidores pueden enviar su correo; muchos lo mandan a spam.
domain-spf-many = { $domain } tiene { $count } registros SPF. Los destinatarios lo tratan como un error (permerror) y los ignoran todos.
domain-fix-spf-merge = Sustitúyalos por un único registro TXT en { $name }: { $record }
domain-spf-syntax = El registro SPF contiene «{ $term }», que los destinatarios no entienden; tratan todo el registro como un error.
domain-fix-spf-syntax = Corrija o quite «{ $term }» del registro SPF de { $name }.
domain-spf-include-missing = El registro SPF incluye { $include }, que no tiene un registro SPF válido propio; los destinatarios lo tratan como un error.
domain-fix-spf-include = Corrija o quite «include:{ $include }» del registro SPF de { $name }.
domain-spf-too-many-lookups = El registro SPF necesita { $count } consultas DNS (contando cada include); los destinatarios se detienen en 10 y tratan el registro como un error.
domain-fix-spf-lookups = Quite los include de servicios que ya no use, o indique direcciones con ip4:/ip6: en lugar de nombres, hasta que el registro necesite 10 consultas o menos.
domain-spf-pass-all = El registro SPF termina en «{ $all }»: permite a cualquier servidor del mundo enviar correo como { $domain }.
domain-spf-missing-provider = El registro SPF no autoriza a { $provider }, el servicio por el que envía esta cuenta, así que su correo puede no superar SPF.
domain-spf-neutral-all = El registro SPF no termina en «-all» ni «~all» ({ $all }): no dice nada de los servidores que no nombra, así que protege poco.
domain-spf-host-unconfirmed = Outpost no pudo confirmar que el registro SPF autorice a { $host }, el servidor por el que envía esta cuenta.
domain-spf-ok = El registro SPF es válido y usa { $count } de las 10 consultas DNS que permiten los destinatarios.
domain-dkim-no-selector = Outpost no conoce el selector DKIM del servicio de envío de este dominio, así que no se pudo comprobar DKIM.
domain-fix-dkim-selector = Busque el selector DKIM en la configuración de { $provider } y repita la comprobación con --dkim-selector SELECTOR.
domain-dkim-ok = Clave DKIM encontrada en el selector «{ $selector }»: { $kind }, { $bits } bits.
domain-dkim-short = La clave DKIM del selector «{ $selector }» tiene solo { $bits } bits; Gmail y otros ignoran las claves de menos de 1024 bits.
domain-dkim-revoked = La clave DKIM del selector «{ $selector }» está revocada (su p= está vacío): el correo firmado con ella no supera DKIM.
domain-dkim-unreadable = El registro DKIM del selector «{ $selector }» contiene una clave que Outpost no sabe leer.
domain-fix-dkim-rotate = Cree una nueva clave DKIM de 2048 bits en la configuración de { $provider } y publique el registro que le indique.
domain-dkim-missing = No se encontró ninguna clave DKIM para { $domain } (selectores probados: { $selectors }). Sin DKIM, Gmail y Yahoo pueden rechazar el correo o mandarlo a spam.
domain-fix-dkim-enable = Active la firma DKIM en la configuración de { $provider } y publique el registro que le indique (un registro TXT o CNAME en SELECTOR._domainkey.{ $domain }).
domain-dmarc-missing = { $domain } no tiene registro DMARC. Gmail y Yahoo exigen uno (basta p=none) a quien les envíe más de 5000 mensajes al día.
domain-dmarc-many = { $domain } tiene { $count } registros DMARC; los destinatarios los ignoran todos.
domain-dmarc-invalid = El registro DMARC no tiene una política válida (p=none, quarantine o reject), así que los destinatarios lo ignoran.
domain-dmarc-none = La política DMARC es «none»: cumple las reglas de 2024 de Gmail y Yahoo, pero los destinatarios siguen entregando el correo que solo finge venir de usted. { $details }
domain-dmarc-ok = La política DMARC es «{ $policy }»: cumple las reglas de 2024 de Gmail y Yahoo y protege el dominio del correo falsificado. { $details }
domain-bulk-rules-met = Con SPF y DKIM también configurados, el dominio cumple lo que Gmail y Yahoo piden en el DNS a los remitentes masivos.
domain-bulk-rules-unmet = Gmail y Yahoo piden a los remitentes masivos SPF, DKIM y DMARC a la vez: este dominio aún no lo cumple.
domain-dmarc-details = Alineación: DKIM { $adkim }, SPF { $aspf }. Los informes van a: { $rua }.
domain-dmarc-strict = estricta
domain-dmarc-relaxed = flexible
domain-dmarc-no-reports = nadie (sin dirección rua=)
domain-fix-dmarc-tighten = Cuando los informes muestren solo sus propios servicios, endurezca la política con este registro TXT en { $name }: { $record }
domain-mx-ok = { $domain } recibe correo en { $hosts }.
domain-mx-none = { $domain } no tiene registro MX: las respuestas y los avisos de no entrega no tienen adónde ir, y algunos destinatarios rechazan el correo de esos dominios.
domain-mx-null = { $domain } declara que no recibe correo («MX nulo»): las respuestas y los avisos de no entrega se pierden.
domain-fix-mx = Añada para { $domain } un registro MX que apunte al servidor que recibe su correo, por ejemplo: { $record }
domain-blocklist-no-server = No se conoce ningún servidor de envío, así que sus direcciones no se pudieron comparar con las listas de bloqueo.
domain-fix-blocklist-account = Haga la comprobación para una cuenta (outpost domain --account NOMBRE) para incluir su servidor.
domain-blocklist-listed = La dirección { $address } del servidor de envío está en { $list } (respuesta { $answer }): muchos destinatarios rechazan su correo o lo mandan a spam.
domain-fix-blocklist = Solicite la retirada en { $url }. Si el servidor es de su proveedor, avísele.
domain-blocklist-clean = { $addresses } no está en { $list }.
domain-blocklist-refused = { $list } se negó a responder (respuesta { $answer }); no responde a consultas que llegan por resolvedores DNS públicos o muy usados, así que el resultado es desconocido.
domain-fix-blocklist-refused = Repita la comprobación desde una red cuyo resolvedor DNS no sea uno público grande.
domain-heading = ¿Llegará el correo de { $domain }?
domain-provider-line = Servicio de envío: { $provider }
domain-check-line = { $status } · { $check }: { $message }
domain-record-line = { "  " }Registro: { $record }
domain-fix-line = { "  " }Solución: { $fix }
domain-invalid = «{ $domain }» no es un nombre de dominio.
domain-needs-target = Indique un dominio o una cuenta (--account NOMBRE).
cli-about-domain = Comprobar si llegará el correo de un dominio: SPF, DKIM, DMARC, MX y listas de bloqueo
cli-help-domain = Dominio que comprobar (p. ej. example.com)
cli-help-dkim-selector = Un selector DKIM que consultar además (se puede repetir)
gui-delivery-title = ¿Llegará su correo?
gui-delivery-checking = Comprobando { $domain }…
gui-delivery-again = Comprobar de nuevo
gui-delivery-done = Listo
gui-delivery-button = Comprobar entrega
gui-delivery-copy = Copiar
gui-delivery-all-good = Está todo lo necesario para que llegue el correo de { $domain }.
gui-delivery-some-failed = Falta o está mal parte de lo que los destinatarios comprueban en { $domain }; cada línea dice qué publicar en el DNS.

## Attachment reminder
compose-attachment-words = adjunt, anexo, anexad
gui-reminder = Menciona un archivo adjunto, pero no hay nada adjunto.
gui-send-without = Enviar sin adjunto
gui-attach-files = Adjuntar archivos…

## Address suggestions
gui-forget-address = olvidar

## Sign in with Google and Microsoft (OAuth2)
keychain-too-long = El inicio de sesión es demasiado largo para el llavero del sistema, así que no se guardó. No se recortó nada. Use un llavero sin este límite o inicie sesión con una contraseña si el proveedor lo permite.
oauth-device-code-unavailable = { $provider } no permite iniciar sesión para el correo con un código en otro dispositivo. Ejecute el comando en un equipo con navegador, o use --no-browser y abra la dirección que muestra en cualquier dispositivo.
oauth-failed = No se pudo iniciar sesión: el servicio de inicio de sesión dio una respuesta que Outpost no puede usar. Vuelva a intentarlo en un momento.
oauth-page-done = Ha iniciado sesión en Outpost. Puede cerrar esta pestaña.
oauth-page-failed = El inicio de sesión en Outpost no terminó. Puede cerrar esta pestaña y volver a Outpost.
sign-in-expired = El inicio de sesión guardado de la cuenta «{ $account }» ya no funciona. Vuelva a iniciar sesión: outpost accounts signin { $account }
sign-in-not-configured = Esta copia de Outpost no tiene un registro de inicio de sesión para este proveedor, así que no puede iniciar sesión allí. Consulte «Sign in with Google and Microsoft» en el README para añadir uno a config.toml.
problem-oauth-not-configured = Esta copia de Outpost no está registrada para iniciar sesión con este proveedor.
problem-oauth-not-configured-fix = Añada un registro de cliente en [oauth2.google] o [oauth2.microsoft] de config.toml (el README explica cómo), o use una contraseña de aplicación si el proveedor la ofrece.
problem-sign-in-cancelled = Se canceló el inicio de sesión: se cerró el navegador, no se permitió el acceso o no se terminó a tiempo.
problem-sign-in-cancelled-fix = Vuelva a iniciar sesión y permita que Outpost envíe correo por usted.
problem-sign-in-expired = El inicio de sesión guardado ya no funciona: el proveedor lo rechazó (caducó, cambió la contraseña o se retiró el acceso).
problem-sign-in-expired-fix = Vuelva a iniciar sesión. Sus mensajes esperan en la bandeja de salida y se enviarán después.
problem-sign-in-blocked-by-admin = Su organización tiene que aprobar Outpost antes de que pueda iniciar sesión con él.
problem-sign-in-blocked-by-admin-fix = Pida a su administrador de TI que permita (dé el consentimiento de administrador a) la aplicación «Outpost» para enviar correo (SMTP) y luego vuelva a iniciar sesión.
problem-wrong-account-signed-in = La cuenta con la que inició sesión no es la de esta dirección, así que el servidor la rechazó.
problem-wrong-account-signed-in-fix = Vuelva a iniciar sesión y elija la cuenta de la dirección desde la que envía.
problem-starttls-tampered = Alguien en la red podría estar manipulando la conexión con { $host }: llegaron datos de más justo antes de empezar el cifrado. No se envió nada.
problem-starttls-tampered-fix = No envíe desde esta red ahora. Pruebe otra red (por ejemplo, el punto de acceso de su teléfono) o elija SSL/TLS en el puerto 465, cifrado desde el primer byte.
problem-outcome-unknown = Puede que el servidor recibiera el mensaje, pero su respuesta nunca llegó.
problem-outcome-unknown-fix = Mire en el buzón del destinatario o en su carpeta de enviados antes de volver a enviarlo: enviarlo otra vez podría entregarlo dos veces.
problem-recipient-rejected-address = El servidor rechazó al destinatario { $address }.
problem-address-needs-smtputf8 = La dirección { $address } tiene letras fuera del alfabeto básico, y { $host } no puede transmitir esas direcciones. No se envió nada.
problem-address-needs-smtputf8-fix = Pida una dirección con letras básicas si la persona la tiene, o envíe desde una cuenta cuyo servidor admita direcciones internacionales (SMTPUTF8).
send-waiting-confirm = Esperando la confirmación del servidor…
cli-help-oauth2 = Iniciar sesión con google o microsoft en el navegador en lugar de una contraseña
cli-help-no-browser = No abrir el navegador: mostrar la dirección de inicio de sesión en stderr y esperar
cli-help-device-code = Iniciar sesión con un código en otro dispositivo (solo Microsoft)
cli-about-accounts-signin = Volver a iniciar sesión en una cuenta que usa Google o Microsoft
oauth-open-address = Abra esta dirección en un navegador para iniciar sesión (Outpost espera hasta cinco minutos):
oauth-device-instructions = En cualquier dispositivo, abra { $url } e introduzca el código { $code }. Outpost espera hasta que haya iniciado sesión.
accounts-signed-in = Sesión iniciada: la cuenta «{ $name }» ya puede enviar.
accounts-not-oauth2 = La cuenta «{ $name }» inicia sesión con una contraseña, no con Google ni Microsoft.
accounts-show-signs-in-with = Inicia sesión con { $provider }
accounts-show-token-stored = Inicio de sesión: guardado en el llavero del sistema
accounts-show-token-missing = Inicio de sesión: no hay ninguno guardado (vuelva a iniciar sesión)
gui-oauth-sign-in-with = Iniciar sesión con { $provider }
gui-oauth-waiting = Esperando a que inicie sesión en el navegador…
gui-oauth-open-again = Abrir el navegador de nuevo
gui-oauth-cancel = Cancelar
gui-oauth-signed-in = Sesión iniciada como { $email }
gui-oauth-or-password = O iniciar sesión con una contraseña
gui-oauth-unconfigured-google = Esta copia de Outpost no está registrada en Google, así que «Iniciar sesión con Google» no está disponible. En su lugar, active la verificación en dos pasos en su cuenta de Google, cree una contraseña de aplicación y úsela como contraseña abajo.
gui-oauth-unconfigured-office365 = Esta copia de Outpost no está registrada en Microsoft, así que «Iniciar sesión con Microsoft» no está disponible. Pida a su administrador que active SMTP AUTH para su buzón y luego use su contraseña abajo.
gui-oauth-unconfigured-outlook = Esta copia de Outpost no está registrada en Microsoft, así que «Iniciar sesión con Microsoft» no está disponible. Outlook.com ya no acepta contraseñas para enviar, así que, sinceramente, aquí no hay otra forma: use una copia de Outpost que esté registrada (vea el README).
gui-oauth-sign-in-again = Volver a iniciar sesión
gui-oauth-sign-in-first = Inicie sesión primero: pulse el botón de inicio de sesión de arriba y termine en el navegador.
oauth-insecure-endpoint = La dirección de inicio de sesión de { $provider } en config.toml ({ $url }) no es una dirección https://, así que Outpost no la usa: un inicio de sesión nunca viaja sin cifrar. Use su dirección https://.
oauth-interaction-required = El proveedor quiere que vuelva a iniciar sesión en su propia página (por ejemplo, para confirmar un segundo paso), así que el inicio de sesión guardado ya no basta por sí solo.
oauth-consent-required = El proveedor necesita que vuelva a permitir que Outpost envíe correo por usted (el permiso falta o fue retirado).
oauth-registration-changed = El inicio de sesión guardado se hizo con otro registro de Outpost u otra dirección de inicio de sesión que la configurada ahora, así que Outpost no lo envía allí.
accounts-added-signed-in = Se ha guardado la cuenta «{ $name }». Su inicio de sesión está en el llavero del sistema.
accounts-requeued = { $count ->
    [one] 1 mensaje retenido por el inicio de sesión vuelve a estar en la cola de la bandeja de salida; `outpost outbox flush` lo envía ahora.
   *[other] { $count } mensajes retenidos por el inicio de sesión vuelven a estar en la cola de la bandeja de salida; `outpost outbox flush` los envía ahora.
}
gui-oauth-explain = Su navegador abre la propia página de inicio de sesión de { $provider }. Outpost nunca ve su contraseña.
gui-oauth-signed-in-next = Ahora, pruebe la conexión.

## Formatting
cli-help-markdown = El cuerpo es Markdown: enviarlo como texto sin formato y como HTML con formato (multipart/alternative)
gui-formatting = Formato (Markdown)

## Signatures and replies
cli-about-accounts-edit = Cambiar el nombre visible, la firma, la dirección de respuesta o la copia a sí mismo de una cuenta
cli-help-signature-file = Un archivo de texto con la firma que va bajo cada mensaje nuevo (tras la línea «-- »)
cli-help-reply-to = A dónde deben ir las respuestas, si no a la dirección del remitente
cli-help-bcc-self = Enviar una copia de cada mensaje a la propia dirección de la cuenta (Cco)
cli-help-no-bcc-self = Dejar de enviar una copia a la propia dirección de la cuenta
accounts-edited = Se guardaron los cambios de la cuenta «{ $name }».

## Signature and replies (GUI)
gui-identity-button = Firma…
gui-identity-page = Firma y respuestas
gui-identity-title = Firma y respuestas de { $account }
gui-signature = Firma
gui-signature-help = Se coloca bajo cada mensaje nuevo, tras una línea «-- », para que los programas de correo la distingan del texto. La ve en la ventana de redacción y puede cambiarla allí.
gui-reply-to-placeholder = Las respuestas van a (opcional): team@example.com
gui-bcc-self = Enviarme una copia de cada mensaje (Cco a { $email })
gui-bcc-self-help = Outpost no tiene carpeta de enviados: con esto activado, su buzón recibe una copia de todo lo que envía.
gui-bcc-self-kept = { $provider } ya guarda una copia de lo que envía en su carpeta de enviados, así que normalmente no hace falta.
gui-identity-save = Guardar
cli-help-compose-at = Abrir «Enviar más tarde» con esta hora (RFC 3339, o AAAA-MM-DD HH:MM local)
cli-help-identity = Otra dirección de remitente que envía a través de esta cuenta: "Nombre <dirección>" (se puede repetir)
cli-help-remove-identity = Quitar esa otra dirección de remitente
gui-other-addresses = Otras direcciones de remitente
gui-other-addresses-help = Direcciones con las que su proveedor deja enviar a esta cuenta (alias), cada una con su nombre y, si quiere, su propia firma. La ventana de redacción las ofrece en «De».
gui-other-signature = Firma para esta dirección (vacía: la de la cuenta)
gui-add-other-address = Añadir una dirección

## Combinación de correspondencia
merge-data-no-header = El archivo no tiene fila de encabezado: su primera fila debe nombrar las columnas (por ejemplo Nombre y Correo).
merge-data-unreadable = No se puede leer el archivo: { $reason }
merge-data-damaged = está dañado o no es el tipo de archivo que indica su nombre
merge-data-unknown-sheet = El archivo no tiene ninguna hoja «{ $name }». Sus hojas: { $sheets }.
merge-data-too-large = El archivo es demasiado grande ({ $size }); se puede usar como máximo { $limit }.
merge-data-too-large-unpacked = La hoja de cálculo es demasiado grande una vez descomprimida ({ $size }); se puede usar como máximo { $limit }.
merge-data-too-many-rows = El archivo tiene más de { $limit } filas. Divídalo en listas más pequeñas.
merge-data-too-many-columns = El archivo tiene más de { $limit } columnas.
merge-data-cell-too-long = Una celda de la fila { $row } tiene más de { $limit } caracteres. Quizá se abrieron unas comillas que nunca se cerraron.
merge-data-unsupported = Los archivos de este tipo («{ $extension }») no se pueden leer. Guarde la lista como CSV, XLSX u ODS.
merge-unknown-placeholder = No hay ninguna columna para el marcador «{ $placeholder }».
merge-unknown-placeholder-closest = No hay ninguna columna para el marcador «{ $placeholder }». ¿Quiso decir «{ $closest }»?
merge-no-address-column = No se encontró ninguna columna de direcciones de correo. Ponga a esa columna el encabezado «Correo» o indique qué columna contiene las direcciones.
merge-unknown-column = No hay ninguna columna «{ $name }».
merge-unknown-column-closest = No hay ninguna columna «{ $name }». ¿Quiso decir «{ $closest }»?
merge-skip-invalid-address = «{ $value }» no es una única dirección de correo válida.
merge-skip-no-address = La dirección está vacía.
merge-skip-duplicate = { $address } ya recibe este mensaje por la fila { $row }.
merge-skip-empty-field = No hay valor para { $columns } y el marcador no tiene texto alternativo.
merge-skip-unsafe-field = El valor de { $columns } tiene un salto de línea, que un asunto o una dirección no pueden contener.
merge-skip-attachment-missing = El archivo adjunto «{ $path }» no existe.
merge-skip-attachment-outside = El archivo adjunto «{ $path }» no está en la carpeta de la lista, así que no se adjunta.
merge-skip-suppressed = { $address } está en la lista de direcciones a las que no enviar.
merge-estimate-none = No hay mensajes que enviar.
merge-estimate-today = { $count } hoy
merge-estimate-tomorrow = { $count } mañana
merge-estimate-on = { $count } el { $date }
merge-estimate-more = { $count } más hasta el { $date }
merge-estimate = { $total ->
    [one] 1 mensaje
   *[other] { $total } mensajes
}: { $days }.
merge-estimate-within-provider = { $total ->
    [one] 1 mensaje
   *[other] { $total } mensajes
}: { $days }, dentro de los { $limit } diarios de { $provider }.
merge-estimate-within-limit = { $total ->
    [one] 1 mensaje
   *[other] { $total } mensajes
}: { $days }, dentro de su límite de { $limit } al día.
merge-rate-given = Ritmo: { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
} por minuto, como se indicó.
merge-rate-provider = Ritmo: { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
} por minuto, dentro del límite de { $provider }.
merge-rate-default = Ritmo: { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
} por minuto (predeterminado).

merge-paused-reason = Retenido: la combinación de correspondencia está en pausa.
merge-unknown-id = No hay ninguna combinación de correspondencia «{ $id }».
merge-nothing-ready = Ninguna fila de la lista está lista para enviarse.
merge-unsubscribe-footer = Para no recibir más estos mensajes, escriba a { $address }.
merge-summary = Filas: { $rows }. Listas: { $ready }. Omitidas: { $skipped }.
merge-skipped-line = Fila { $row } omitida: { $detail }
merge-message-line = Fila { $row }: { $to } — «{ $subject }» ({ $time })
merge-dry-run-done = No se puso nada en la bandeja de salida (simulación).
merge-queued = La combinación { $id } está en la bandeja de salida. { $estimate }
merge-test-sent = El mensaje de prueba se envió a { $address }.
merge-test-queued = El mensaje de prueba espera en la bandeja de salida: vea «outpost outbox list».
merge-waiting = Enviando los mensajes a medida que llega su hora. Ctrl+C solo deja de esperar: «outpost outbox flush» o la ventana continúan.
merge-progress = Enviados: { $sent } de { $total }. Siguiente: { $time }.
merge-status-line = { $id } ({ $account }): enviados { $sent }, en espera { $waiting }, programados { $scheduled }, fallidos { $failed }, retenidos { $held }, sin confirmar { $unconfirmed }, omitidos { $skipped }
merge-status-paused = En pausa: «outpost merge resume { $id }» envía el resto.
merge-status-next = Siguiente mensaje: { $time }. Último: { $finish }.
merge-list-empty = No hay combinaciones de correspondencia.
merge-paused = En pausa. Mensajes retenidos: { $count }.
merge-resumed = Reanudada. Mensajes de nuevo en la cola: { $count }.
merge-cancelled = Cancelada. Mensajes quitados: { $count }.
merge-busy = Mensajes que se estaban enviando en ese momento, sin cambios: { $count }.
merge-report-written = Informe guardado en { $path }.
merge-suppressed = Añadidas a la lista de exclusión: { $count }.
cli-about-merge = Enviar un mensaje a cada fila de una hoja de cálculo (combinación de correspondencia)
cli-help-merge-data = La lista: CSV, XLSX u ODS, con una fila de encabezado
cli-help-merge-sheet = La hoja que se lee (predeterminada: la primera)
cli-help-merge-to = El campo Para con marcadores, como "{"{{"}Nombre{"}}"} <{"{{"}Email{"}}"}>" (predeterminado: la columna de direcciones)
cli-help-merge-subject = El asunto, con marcadores {"{{"}Columna{"}}"}
cli-help-merge-body = El texto, con marcadores {"{{"}Columna{"}}"} y {"{{"}Columna|alternativa{"}}"}
cli-help-merge-body-file = Leer el texto de este archivo
cli-help-merge-attach-column = La columna con los adjuntos propios de cada fila (relativos a la carpeta de la lista)
cli-help-merge-per-minute = Mensajes por minuto (predeterminado: el ritmo que publica el proveedor; si no, 20)
cli-help-merge-start = Enviar el primer mensaje a esta hora (RFC 3339, o AAAA-MM-DD HH:MM local)
cli-help-merge-unsubscribe = Añadir un encabezado List-Unsubscribe y una línea al pie con esta dirección
cli-help-merge-allow-empty = Enviar también las filas con marcadores vacíos
cli-help-merge-dry-run = Comprobar y mostrar qué se enviaría; no poner nada en la cola
cli-help-merge-test-to = Enviar solo el primer mensaje, a esta dirección, ahora
cli-help-merge-no-wait = Volver en cuanto los mensajes estén en la bandeja de salida
cli-help-merge-id = El identificador de la combinación (vea «outpost merge list»)
cli-help-merge-output = Dónde escribir el informe (CSV)
cli-help-merge-addresses = Direcciones que pidieron no recibir más correo
cli-about-merge-list = Mostrar las combinaciones de correspondencia
cli-about-merge-status = Mostrar cómo va una combinación de correspondencia
cli-about-merge-pause = Retener los mensajes aún no enviados de una combinación
cli-about-merge-resume = Volver a poner en la cola los mensajes de una combinación en pausa
cli-about-merge-cancel = Quitar los mensajes aún no enviados de una combinación
cli-about-merge-report = Escribir el informe de una combinación, fila por fila, en CSV
cli-about-merge-suppress = Poner direcciones en la lista de exclusión

# Send to a list, in the window
gui-send-to-list = Enviar a una lista…
gui-merge-title = Enviar a una lista
gui-merge-file-intro = Cada persona de la lista recibe su propio mensaje, con su nombre y sus datos. Elija una hoja de cálculo cuya primera fila nombre las columnas: CSV, XLSX u ODS.
gui-merge-choose-file = Elegir un archivo…
gui-merge-choose-title = Elegir la lista
gui-merge-file-filter = Hojas de cálculo
gui-merge-drop-hint = O suelte el archivo en esta ventana.
gui-merge-loading = Leyendo { $file }…
gui-merge-rows-columns = { $rows ->
    [one] 1 fila
   *[other] { $rows } filas
}, { $columns ->
    [one] 1 columna
   *[other] { $columns } columnas
}
gui-merge-sheet = Hoja
gui-merge-address-in = Direcciones
gui-merge-found-by-header = Outpost encontró las direcciones en la columna «{ $column }» por su nombre.
gui-merge-found-by-content = Outpost encontró las direcciones en la columna «{ $column }» por lo que contiene.
gui-merge-address-picked = Las direcciones se toman de la columna «{ $column }».
gui-merge-no-address = Ninguna columna contiene direcciones de correo. Elija arriba la columna con las direcciones, o llámela «Email» en la lista.
gui-merge-column = Columna
gui-merge-example = Ejemplo
gui-merge-column-empty = (vacía)
gui-merge-addresses = Direcciones
gui-merge-more-columns = { $count ->
    [one] Y 1 columna más.
   *[other] Y { $count } columnas más.
}
gui-merge-earlier = Combinaciones de correspondencia
gui-merge-earlier-line = { $date }, { $account }: { $sent } de { $total } enviados
gui-merge-show-progress = Ver el progreso
gui-merge-state-sending = Enviando
gui-merge-state-paused = En pausa
gui-merge-state-cancelled = Cancelada
gui-merge-state-done = Todo enviado
gui-merge-state-problems = Detenida por problemas
gui-merge-no-account = Añada primero una cuenta: los mensajes se envían desde ella.
gui-merge-write-title = Escribir el mensaje
gui-merge-write-intro = Los campos como {"{{"}Nombre{"}}"} se rellenan con cada fila. {"{{"}Nombre|amiga{"}}"} pone «amiga» donde una fila no tiene nombre.
gui-merge-insert-field = Insertar campo
gui-merge-text = Mensaje
gui-merge-body-placeholder = Hola, {"{{"}Nombre{"}}"}: …
gui-merge-allow-empty = Enviar también a las filas con algún campo vacío
gui-merge-unsubscribe = Añadir una línea para darse de baja (escribiendo a { $address })
gui-merge-subject-missing = Escriba un asunto.
gui-merge-body-missing = Escriba el mensaje.
gui-merge-preview-button = Vista previa
gui-merge-preparing = Revisando cada fila…
gui-merge-preview-title = Vista previa
gui-merge-row-of = Fila { $row } ({ $index } de { $count })
gui-merge-previous = Anterior
gui-merge-next = Siguiente
gui-merge-next-problem = Siguiente fila omitida
gui-merge-skipped-row = La fila { $row } no recibe ningún mensaje.
gui-merge-empty-warning = Se envía sin nada en { $columns }.
gui-merge-send-test = Enviarme una prueba
gui-merge-test-sending = Enviándole el primer mensaje como prueba…
gui-merge-test-sent = El primer mensaje se envió como prueba a { $address }. Revíselo allí.
gui-merge-test-failed = La prueba no se envió. { $reason }
gui-merge-test-waiting = Espera en la bandeja de salida, que lo volverá a intentar por sí sola.
gui-merge-send-title = Listo para enviar
gui-merge-send-summary = { $count ->
    [one] 1 mensaje, desde { $from }
   *[other] { $count } mensajes, cada uno a una persona, desde { $from }
}
gui-merge-send-skipped = { $count ->
    [one] 1 fila no recibe ningún mensaje (vea la vista previa).
   *[other] { $count } filas no reciben ningún mensaje (vea la vista previa).
}
gui-merge-pacing = Cuándo salen
gui-merge-per-minute = Mensajes por minuto
gui-merge-per-minute-error = Indique un número del 1 al 600.
gui-merge-first-last = El primero sale a las { $first } y el último a las { $last }.
gui-merge-pacing-note = Espaciar los mensajes los mantiene dentro de los límites del proveedor, para que no se tomen por spam.
gui-merge-send-count = { $count ->
    [one] Enviar 1 mensaje
   *[other] Enviar { $count } mensajes
}
gui-merge-queuing = Poniendo los mensajes en la bandeja de salida…
gui-merge-progress-title = Combinación de correspondencia
gui-merge-reading = Leyendo la combinación de correspondencia…
gui-merge-progress-sub = Desde { $account }, iniciada el { $date }, { $rows ->
    [one] 1 fila
   *[other] { $rows } filas
}
gui-merge-next-send = { $state }. Próximo mensaje a las { $next }, el último a las { $finish }.
gui-merge-sent-of = { $sent } de { $total } enviados
gui-merge-count-sent = Enviados
gui-merge-count-waiting = En espera
gui-merge-count-scheduled = Programados
gui-merge-count-failed = Fallidos
gui-merge-count-held = Retenidos
gui-merge-count-unconfirmed = Sin confirmar
gui-merge-count-skipped = Omitidos
gui-merge-count-cancelled = Cancelados
gui-merge-problems = Filas con algún problema
gui-merge-row = Fila { $row }
gui-merge-row-address = Fila { $row }: { $address }
gui-merge-more-problems = { $count ->
    [one] Y 1 más: el informe recoge todas las filas.
   *[other] Y { $count } más: el informe recoge todas las filas.
}
gui-merge-pause = Pausar
gui-merge-resume = Reanudar
gui-merge-cancel = Cancelar el resto
gui-merge-cancel-question = { $count ->
    [one] ¿Quitar el mensaje aún no enviado? Los ya enviados siguen enviados.
   *[other] ¿Quitar los { $count } mensajes aún no enviados? Los ya enviados siguen enviados.
}
gui-merge-keep-sending = Conservarlos
gui-merge-cancel-confirm = Quitarlos
gui-merge-working = Un momento…
gui-merge-export = Exportar informe…
gui-merge-report-title = Guardar el informe
gui-merge-progress-note = Los mensajes esperan en la bandeja de salida y salen a su hora mientras Outpost está abierto. Si lo cierra, continúan la próxima vez que se abra (o con «outpost outbox flush»); esta página está en «Enviar a una lista».
gui-merge-no-outbox = No se puede abrir la bandeja de salida, así que no se puede enviar nada a esta lista. El aviso de arriba explica por qué.
gui-merge-attachments = Adjuntos
gui-merge-attach-hint = Cada mensaje lleva estos archivos. También puede soltar archivos en esta ventana.
gui-merge-attach-none = Ninguna
gui-merge-attach-column = Columna de adjuntos
gui-merge-attach-column-hint = Una columna puede nombrar un archivo para cada fila, relativo a la carpeta de la lista. Una fila cuyo archivo falta no recibe mensaje.
gui-merge-insert-subject = En el asunto
gui-merge-insert-text = En el texto
gui-merge-attached = Adjunto
gui-merge-start = Empezar a enviar
gui-merge-start-now = Ahora
gui-merge-start-at = A una hora…
gui-merge-start-label = Fecha y hora (su hora local)
cli-help-merge-window = Abrir en su lugar la ventana con esta lista, para escribir, revisar y enviar los mensajes allí
## Mensajes enviados guardados (outbox show, outbox sent --search, la pestaña Enviados)
cli-about-outbox-show = Mostrar un mensaje en espera o enviado: sus encabezados, su texto y sus adjuntos
cli-help-show-raw = Imprimir los bytes exactos del mensaje, tal como los recibió el servidor
cli-help-sent-search = Solo los mensajes cuyo asunto, destinatarios o texto contengan esto
outbox-sent-not-kept = no guardado
outbox-sent-none-found = Ningún mensaje enviado contiene «{ $search }».
outbox-not-kept = El mensaje { $id } no se guardó: solo queda su registro en el historial de envíos.
outbox-show-sent = Enviado { $time }
outbox-show-queued = Aún en la bandeja de salida
outbox-show-from = De: { $value }
outbox-show-to = Para: { $value }
outbox-show-cc = Cc: { $value }
outbox-show-bcc = Cco: { $value }
outbox-show-subject = Asunto: { $value }
outbox-show-date = Fecha: { $value }
outbox-show-attachment = Adjunto: { $name } ({ $size })
outbox-show-not-kept = El mensaje en sí no se guardó: solo queda su registro.
forward-separator = ---------- Mensaje reenviado ----------
forward-from = De: { $from }
forward-date = Fecha: { $date }
forward-subject = Asunto: { $subject }
forward-to = Para: { $to }
gui-sent-open = Abrir
gui-sent-back = Volver a los enviados
gui-sent-send-again = Enviar de nuevo
gui-sent-forward = Reenviar
gui-sent-save-attachment = Guardar adjunto…
gui-sent-loading = Abriendo el mensaje…
gui-sent-gone = Este mensaje ya no está entre los enviados.
gui-sent-saved = Guardado: { $path }
gui-sent-save-failed = No se pudo guardar el adjunto: { $reason }
copy-saved-in = Copia guardada en «{ $folder }»
copy-pending = Copia en Enviados aún sin guardar: se volverá a intentar
copy-pending-because = La copia en Enviados aún no se ha guardado y se volverá a intentar: { $message }
copy-failed = No se pudo guardar la copia en Enviados
copy-failed-because = No se pudo guardar la copia en Enviados: { $message }
cli-help-imap-host = El servidor IMAP del buzón, para las copias en Enviados (vacío: ninguno)
cli-help-imap-port = El puerto del servidor IMAP (993 para SSL/TLS, 143 para STARTTLS)
cli-help-imap-security = El cifrado del servidor IMAP: tls o starttls
cli-help-imap-user = El usuario IMAP, si es distinto del de envío
cli-help-save-sent = Copias de los mensajes enviados en la carpeta Enviados del buzón: auto, imap u off
cli-help-imap-password-stdin = Leer de la entrada estándar una contraseña IMAP distinta de la de envío
field-imap-host = Servidor IMAP
field-imap-user = Usuario IMAP
gui-copy-try-again = Volver a guardar la copia
gui-test-copies = Guardar copias en Enviados
gui-test-copies-found = ✓ Copias guardadas en la carpeta «{ $folder }»
gui-test-copies-failed = Las copias de los mensajes enviados aún no se pueden guardar en Enviados (el envío funciona sin ellas): { $message }
gui-copy-problem-badge = Copias en Enviados sin guardar
problem-keychain-unavailable = Outpost no pudo leer la contraseña del llavero de su sistema, así que no inició sesión.
problem-keychain-unavailable-fix = Asegúrese de que su llavero esté en marcha y desbloqueado (por ejemplo, volviendo a iniciar sesión); Outpost lo intentará de nuevo por sí mismo.
problem-imap-connection-refused-fix = Compruebe el servidor IMAP del buzón y su puerto (normalmente 993 con SSL/TLS, o 143 con STARTTLS). Si el servidor solo está caído por ahora, Outpost lo intentará de nuevo por sí mismo.
problem-imap-connect-timeout-fix = Un cortafuegos o su red puede bloquear este puerto, o no tiene conexión. El servidor IMAP suele usar el puerto 993 con SSL/TLS; Outpost lo intentará de nuevo por sí mismo.
problem-imap-expects-implicit-tls-fix = Cambie el cifrado del servidor IMAP a SSL/TLS (normalmente el puerto 993).
problem-imap-expects-starttls-fix = Cambie el cifrado del servidor IMAP a STARTTLS (normalmente el puerto 143), o use el puerto 993 con SSL/TLS.
gui-copies-title = Copias del correo enviado
gui-copies-choice = Guardar una copia en la carpeta Enviados del buzón
gui-copies-auto = Automáticamente
gui-copies-always = Siempre
gui-copies-never = Nunca
gui-copies-off = Los mensajes enviados se guardan solo en la pestaña Enviados de Outpost.
gui-copies-provider-files = { $provider } guarda por sí mismo los mensajes enviados en su carpeta Enviados.
gui-copies-unknown = No se conoce ningún servidor IMAP para este buzón, así que los mensajes enviados se guardan solo en Outpost. Escriba el servidor IMAP del buzón para guardar también copias en su carpeta Enviados.
gui-copies-to = Las copias van a la carpeta Enviados de { $host }.
gui-imap-host-placeholder = imap.example.com
gui-imap-port = Puerto IMAP
