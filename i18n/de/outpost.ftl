# Outpost — Deutsch.

## Formularfelder

field-from = Von
field-to = An
field-cc = Cc
field-bcc = Bcc
field-reply-to = Antwort an
field-subject = Betreff
field-email = E-Mail-Adresse
field-display-name = Ihr Name
field-host = Server
field-username = Benutzername
field-account-name = Kontoname

## Eingabefehler

input-invalid-address = „{ $value }“ im Feld „{ $field }“ ist keine gültige E-Mail-Adresse. Sie sollte so aussehen: name@example.com.
input-empty = Das Feld „{ $field }“ ist leer. Bitte füllen Sie es aus.
input-line-break = Das Feld „{ $field }“ enthält einen Zeilenumbruch. Bitte schreiben Sie alles in eine Zeile.
input-port-out-of-range = „{ $value }“ ist keine Portnummer. Verwenden Sie eine Zahl von 1 bis 65535, zum Beispiel 587 oder 465.
input-invalid-host = „{ $value }“ ist kein gültiger Servername. Er sollte so aussehen: smtp.example.com.
input-missing-username = Für die Anmeldung wird ein Benutzername benötigt. Meist ist das Ihre vollständige E-Mail-Adresse.
input-password-without-encryption = Outpost sendet Ihr Passwort nicht über eine unverschlüsselte Verbindung. Wählen Sie SSL/TLS oder STARTTLS oder akzeptieren Sie das Risiko für dieses Konto ausdrücklich.
input-invalid-account-name = „{ $value }“ kann nicht als Kontoname verwendet werden. Verwenden Sie höchstens 64 Zeichen, ohne Zeilenumbrüche und ohne Leerzeichen am Anfang oder Ende.
input-unknown-account = Es gibt kein Konto namens „{ $name }“. Eine Liste erhalten Sie mit: outpost accounts list
input-account-exists = Ein Konto namens „{ $name }“ gibt es bereits. Wählen Sie einen anderen Namen.
input-no-recipients = Geben Sie mindestens einen Empfänger unter An, Cc oder Bcc an.
input-attachment-missing = Der Anhang „{ $path }“ existiert nicht. Er wurde möglicherweise verschoben oder gelöscht.
input-attachment-unreadable = Der Anhang „{ $path }“ kann nicht gelesen werden. Prüfen Sie, ob es sich um eine Datei handelt und ob Sie sie öffnen dürfen.
input-attachment-too-large = Die Anhänge sind zusammen { $size } groß – mehr als die { $limit }, die Outpost in einer Nachricht senden kann. Teilen Sie große Dateien stattdessen über einen Link.
input-unknown-security = „{ $value }“ ist keine gültige Verschlüsselungseinstellung. Verwenden Sie tls (SSL/TLS), starttls oder none.
input-missing-password = Ein Passwort wird benötigt. Übergeben Sie es mit --password-stdin in der ersten Zeile der Standardeingabe.
input-ca-file-unusable = Die Zertifikatsdatei „{ $path }“ kann nicht verwendet werden. Es muss eine lesbare PEM-Datei sein.
input-body-file-unreadable = Die Datei mit dem Nachrichtentext „{ $path }“ kann nicht gelesen werden.

## Konfiguration

config-broken = Ihre Einstellungsdatei konnte nicht gelesen werden, daher wurde Outpost mit leeren Einstellungen gestartet. Die alte Datei wurde als { $backup } aufbewahrt.
config-invalid-value = Eine Einstellung in Ihrer Einstellungsdatei war ungültig, daher wurde stattdessen der Standardwert verwendet ({ $section }, { $key }).
config-duplicate-account = Zwei Konten hießen „{ $name }“; das zweite heißt jetzt „{ $renamed }“.
config-io-error = Outpost konnte { $path } nicht lesen oder schreiben: { $reason }
config-unparseable = Die Einstellungsdatei { $path } kann gerade nicht gelesen werden (vielleicht wird sie gerade geschrieben). Outpost behält die bisherigen Einstellungen und liest die Datei erneut, sobald sie sich ändert.
config-no-home = Outpost konnte Ihren Benutzerordner nicht finden, um dort seine Einstellungen zu speichern.

io-not-found = die Datei oder der Ordner existiert nicht.
io-permission-denied = Sie haben keine Berechtigung dafür.
io-disk-full = der Datenträger ist voll.
io-read-only = der Datenträger ist schreibgeschützt.
io-other = das System hat einen Fehler gemeldet.

## Schlüsselbund

keychain-unavailable = Outpost konnte den Schlüsselbund Ihres Systems nicht erreichen, in dem Passwörter sicher aufbewahrt werden. Stellen Sie unter Linux sicher, dass ein Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet) installiert ist und läuft, und versuchen Sie es dann erneut. Ihr Passwort wurde nirgends gespeichert.
keychain-locked = Ihr Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (zum Beispiel, indem Sie sich erneut anmelden) und versuchen Sie es dann noch einmal. Ihr Passwort wurde nirgends gespeichert.
keychain-failed = Der Schlüsselbund des Systems hat einen Fehler gemeldet, daher konnte das Passwort nicht verwendet werden. Versuchen Sie es erneut; falls das Problem weiter auftritt, starten Sie Ihren Schlüsselbund-Dienst neu.

## Bezeichnungen für Sicherheit und Anmeldung

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = unverschlüsselt

## Erkennung

detect-source-preset = integrierte Einstellungen
detect-source-isp = veröffentlichte Einstellungen Ihres Anbieters
detect-source-ispdb = Thunderbird-Einstellungsdatenbank
detect-source-mx = Mailserver Ihrer Domain
detect-source-guess = Vermutung anhand üblicher Servernamen
detect-unknown-provider = Unbekannter Anbieter
detect-heading = { $provider } (Quelle: { $source })
detect-server-line = {"  "}{ $host }, Port { $port }, { $security }, Benutzername: { $user }
detect-username-from-provider = der von Ihrem Anbieter vergebene
detect-note = {"  "}Hinweis: { $note }
detect-note-with-link = {"  "}Hinweis: { $note } Mehr dazu: { $url }
detect-note-isp = Diese Einstellungen werden vom Anbieter von { $domain } veröffentlicht.
detect-note-ispdb = Diese Einstellungen stammen aus der Datenbank des E-Mail-Programms Thunderbird.
detect-note-mx = Die E-Mails für { $domain } laufen über { $provider }, daher gelten dessen Einstellungen.
detect-note-probed = Diese Server haben geantwortet, als Outpost die üblichen Namen und Ports ausprobiert hat. Testen Sie die Verbindung, bevor Sie sich darauf verlassen.
detect-guess-note = Diese Einstellungen sind nur anhand der üblichen Servernamen geschätzt und wurden nicht überprüft. Testen Sie die Verbindung, bevor Sie sich darauf verlassen.
detect-note-offline = Sie scheinen offline zu sein: Outpost konnte für diese Domain nichts nachschlagen, daher sind das nur die üblichen Servernamen. Prüfen Sie Ihre Verbindung, gehen Sie dann zurück und fahren Sie erneut fort.
detect-imap-line = {"  "}Kopien gesendeter Nachrichten (IMAP): { $host }, Port { $port }, { $security }, Benutzername: { $user }
detect-imap-same-user = derselbe wie beim Senden

## Probleme: Was passiert ist und was Sie tun können

problem-dns-not-found = Den Servernamen „{ $host }“ gibt es nicht.
problem-dns-not-found-fix = Prüfen Sie den Servernamen auf Tippfehler. Auf den Hilfeseiten Ihres Anbieters finden Sie den richtigen Postausgangsserver (SMTP).
problem-network-unavailable = Sie scheinen offline zu sein: Der Name { $host } konnte nicht nachgeschlagen werden, weil kein Nameserver geantwortet hat.
problem-network-unavailable-fix = Prüfen Sie, ob dieser Computer mit dem Internet verbunden ist (WLAN, Kabel, VPN), und versuchen Sie es erneut. Nachrichten im Postausgang warten und werden automatisch verschickt, sobald Sie wieder online sind.
problem-connection-refused = Auf Port { $port } von { $host } antwortet nichts.
problem-connection-refused-fix = Prüfen Sie die Portnummer. Die meisten Anbieter verwenden 587 mit STARTTLS oder 465 mit SSL/TLS.
problem-connect-timeout = { $host } hat auf Port { $port } überhaupt nicht geantwortet.
problem-connect-timeout-fix = Möglicherweise blockiert eine Firewall oder Ihr Internetanbieter diesen Port. Versuchen Sie Port 587 oder 465 oder ein anderes Netzwerk.
problem-greeting-timeout = Die Verbindung zu { $host } wurde hergestellt, aber der Server hat sich nie gemeldet.
problem-greeting-timeout-fix = Falls Port { $port } von Anfang an SSL/TLS erwartet, stellen Sie die Verschlüsselung auf SSL/TLS um. Andernfalls versuchen Sie es später noch einmal.
problem-greeting-rejected = Der Server { $host } hat die Verbindung gleich nach dem Aufbau abgelehnt.
problem-greeting-rejected-fix = Möglicherweise sperrt dieser Server Ihr Netzwerk oder Ihre Adresse. Versuchen Sie es über ein anderes Netzwerk oder fragen Sie Ihren Anbieter.
problem-server-busy = Der Server ist ausgelastet oder vorübergehend nicht erreichbar.
problem-server-busy-fix = Warten Sie ein paar Minuten und versuchen Sie es dann erneut. An Ihren Einstellungen müssen Sie nichts ändern.
problem-expects-implicit-tls = Port { $port } erwartet von Anfang an SSL/TLS, aber die Verbindung wurde unverschlüsselt begonnen.
problem-expects-implicit-tls-fix = Stellen Sie die Verschlüsselung auf SSL/TLS um (oder verwenden Sie Port 587 mit STARTTLS).
problem-expects-starttls = Port { $port } beginnt unverschlüsselt und wechselt erst per STARTTLS zur Verschlüsselung, gewählt wurde aber SSL/TLS.
problem-expects-starttls-fix = Stellen Sie die Verschlüsselung auf STARTTLS um (oder verwenden Sie Port 465 mit SSL/TLS).
problem-starttls-unavailable = Der Server bietet auf Port { $port } kein STARTTLS an, daher kann die Verbindung auf diese Weise nicht verschlüsselt werden.
problem-starttls-unavailable-fix = Versuchen Sie Port 465 mit SSL/TLS. Falls Ihr Anbieter überhaupt keine Verschlüsselung anbietet, sollten Sie einen Anbieterwechsel in Betracht ziehen.
problem-tls-handshake-failed = Es konnte keine verschlüsselte Verbindung zu { $host } aufgebaut werden.
problem-tls-handshake-failed-fix = Prüfen Sie Port und Verschlüsselungseinstellung. Wenn beides stimmt, verwendet der Server möglicherweise eine veraltete Verschlüsselung; fragen Sie Ihren Anbieter.
problem-certificate-untrusted = Das Sicherheitszertifikat des Servers stammt nicht von einer vertrauenswürdigen Zertifizierungsstelle (es ist vielleicht selbst signiert oder von einer privaten Zertifizierungsstelle ausgestellt).
problem-certificate-untrusted-fix = Wenn es sich um einen eigenen Server Ihrer Organisation handelt, bitten Sie die zuständige Administration um die Datei der Zertifizierungsstelle. Andernfalls fahren Sie nicht fort: Die Verbindung könnte abgefangen werden.
problem-certificate-expired = Das Sicherheitszertifikat des Servers ist abgelaufen oder noch nicht gültig.
problem-certificate-expired-fix = Prüfen Sie Datum und Uhrzeit Ihres Computers. Wenn beides stimmt, teilen Sie Ihrem Anbieter mit, dass sein Zertifikat abgelaufen ist.
problem-certificate-name-mismatch = Das Sicherheitszertifikat des Servers gilt für einen anderen Namen als „{ $host }“.
problem-certificate-name-mismatch-fix = Verwenden Sie den Servernamen, den Ihr Anbieter angibt (er muss zum Zertifikat passen), zum Beispiel smtp.provider.com statt mail.yourdomain.com.
problem-auth-unavailable = Der Server bietet bei dieser Verbindung keine Anmeldung an.
problem-auth-unavailable-fix = Wenn der Server E-Mails ohne Anmeldung annimmt, wählen Sie „Dieser Server benötigt keine Anmeldung“. Andernfalls verwenden Sie den Port, der zum Senden gedacht ist (587 oder 465).
problem-auth-mechanism-unsupported = Der Server und Outpost haben kein gemeinsames Anmeldeverfahren.
problem-auth-mechanism-unsupported-fix = Versuchen Sie die andere Verschlüsselungseinstellung oder einen anderen Port; manche Server erlauben die Anmeldung mit Passwort nur über eine verschlüsselte Verbindung.
problem-auth-failed = Der Server hat den Benutzernamen oder das Passwort nicht akzeptiert.
problem-auth-failed-fix = Prüfen Sie den Benutzernamen (oft Ihre vollständige E-Mail-Adresse) und geben Sie das Passwort erneut ein. Manche Anbieter verlangen statt Ihres normalen Passworts ein App-Passwort.
problem-app-password-required = Ihr Anbieter verlangt hier ein App-Passwort statt Ihres normalen Passworts (die Zwei-Faktor-Authentifizierung ist aktiviert).
problem-app-password-required-fix = Erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein App-Passwort und verwenden Sie es in Outpost als Passwort.
problem-web-login-required = Ihr Anbieter möchte, dass Sie sich zuerst auf seiner Website anmelden.
problem-web-login-required-fix = Melden Sie sich in einem Webbrowser bei Ihrem E-Mail-Konto an, bestätigen Sie eventuelle Sicherheitsabfragen und versuchen Sie es dann erneut.
problem-auth-disabled-by-provider = Ihr Anbieter oder Ihre Organisation hat die Anmeldung mit Passwort zum Senden von E-Mails deaktiviert.
problem-auth-disabled-by-provider-fix = Bitten Sie Ihre Administration, die SMTP-Anmeldung für Ihr Postfach zu erlauben, oder verwenden Sie ein Konto, das die Anmeldung per OAuth2 unterstützt.
problem-auth-required = Der Server verlangt eine Anmeldung, bevor er E-Mails annimmt.
problem-auth-required-fix = Aktivieren Sie die Anmeldung und geben Sie Ihren Benutzernamen und Ihr Passwort ein.
problem-encryption-required = Der Server verlangt zuerst eine verschlüsselte Verbindung.
problem-encryption-required-fix = Stellen Sie die Verschlüsselung auf STARTTLS oder SSL/TLS um.
problem-sender-rejected = Der Server erlaubt das Senden mit dieser Absenderadresse (Von) nicht.
problem-sender-rejected-fix = Senden Sie von der Adresse des Kontos, mit dem Sie sich angemeldet haben, oder bestätigen Sie diese Adresse zuerst bei Ihrem Anbieter.
problem-recipient-rejected = Der Server hat einen Empfänger abgelehnt.
problem-recipient-rejected-fix = Prüfen Sie die Adresse des Empfängers auf Tippfehler. Wenn der Server „relay denied“ meldet, melden Sie sich zuerst an.
problem-message-too-large = Die Nachricht ist größer, als der Server annimmt.
problem-message-too-large-limit = Die Nachricht ist { $size } groß, dieser Server nimmt höchstens { $limit } an. Sie wurde nicht gesendet.
problem-message-too-large-fix = Entfernen oder verkleinern Sie Anhänge oder teilen Sie große Dateien über einen Link.
problem-rate-limited = Sie haben ein Sendelimit dieses Servers oder Anbieters erreicht.
problem-rate-limited-fix = Warten Sie, bevor Sie weitere Nachrichten senden (Limits werden meist innerhalb eines Tages zurückgesetzt), oder senden Sie an weniger Empfänger gleichzeitig.
problem-connection-lost = Die Verbindung zu { $host } ist mittendrin abgebrochen.
problem-connection-lost-fix = Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.
problem-unexpected-reply = Der Server hat etwas geantwortet, das Outpost nicht erwartet hat.
problem-unexpected-reply-fix = Versuchen Sie es später erneut. Falls das Problem weiter auftritt, zeigen Sie Ihrem Anbieter die Antwort des Servers.

## Schritte der Verbindungsprüfung

step-name-resolve = Server finden
step-name-connect = Verbinden
step-name-greeting = Server meldet sich
step-name-ehlo = Serverfunktionen abfragen
step-name-starttls = Verschlüsselung starten (STARTTLS)
step-name-tls = Verschlüsselung und Zertifikat prüfen
step-name-auth = Anmelden
step-name-mail-from = Absender angenommen
step-name-rcpt-to = Empfänger angenommen
step-name-quit = Verabschieden
step-name-imap-connect = Postfach erreichen (IMAP)
step-name-imap-tls = Verbindung zum Postfach verschlüsseln
step-name-imap-auth = Am Postfach anmelden
step-name-imap-folder = Ordner „Gesendet“ finden
step-not-reached = Nicht erreicht.
step-resolved = Gefunden unter { $addresses }.
step-connected = Verbunden mit { $address }.
step-ehlo = Der Server bietet { $count ->
    [one] eine Erweiterung
   *[other] { $count } Erweiterungen
} an.
step-starttls = Der Server hat zugestimmt, die Verbindung zu verschlüsseln.
step-starttls-not-needed = Nicht nötig: Die Verbindung ist von Anfang an verschlüsselt.
step-no-encryption = Nicht verwendet: Diese Verbindung ist unverschlüsselt.
step-tls = Verschlüsselt mit { $version }. Das Zertifikat für { $subject }, ausgestellt von { $issuer }, ist vertrauenswürdig.
step-auth = Angemeldet als { $user } ({ $mechanism }).
step-no-sign-in = Nicht nötig: Dieses Konto verwendet keine Anmeldung.
step-mail-from = Der Server akzeptiert { $address } als Absender.
step-rcpt-to = Der Server akzeptiert { $count ->
    [one] den Empfänger
   *[other] alle { $count } Empfänger
}.
step-no-envelope = Nicht geprüft: Es wurden weder Absender noch Empfänger angegeben.
step-quit = Verbindung ordnungsgemäß beendet.
step-quit-closed = Der Server hat die Verbindung beendet.

## Befehlszeile

cli-about = Ein Konto für ausgehende E-Mails einrichten, E-Mails senden und herausfinden, was nicht stimmt, wenn es nicht klappt.
cli-about-detect = Die Einstellungen für eine E-Mail-Adresse finden
cli-about-compose = Ein Fenster zum Schreiben einer Nachricht öffnen, vorausgefüllt mit diesen Optionen
cli-about-outbox = Wartende Nachrichten im Postausgang ansehen und senden
cli-about-outbox-list = Die im Postausgang wartenden Nachrichten auflisten
cli-about-outbox-flush = Jetzt versuchen, alle wartenden Nachrichten zu senden
cli-about-outbox-retry = Eine angehaltene oder wartende Nachricht jetzt erneut senden
cli-about-outbox-remove = Eine Nachricht aus dem Postausgang löschen
cli-about-outbox-sent = Die gesendeten Nachrichten auflisten
cli-help-message-id = Die Postausgangs-ID der Nachricht (siehe outpost outbox list)
cli-help-allow-over-limit = Auch dann senden, wenn damit das tägliche Sendelimit des Kontos überschritten wird
cli-about-check = Die Verbindung zu einem Server Schritt für Schritt testen und erklären, was nicht stimmt
cli-about-probe = Herausfinden, welche Ports und Verschlüsselungen auf einem Server funktionieren
cli-help-check-from = Zusätzlich prüfen, ob der Server diesen Absender akzeptiert (es wird nichts gesendet)
cli-help-check-to = Zusätzlich prüfen, ob der Server diesen Empfänger akzeptiert (es wird nichts gesendet)
cli-help-ports = Auszuprobierende Ports, durch Kommas getrennt (Standard: 465,587,25,2525)
check-ok = Alles funktioniert: Outpost kann E-Mails über { $host } senden.
check-failed = Problem: { $message }
check-suggestion = Versuchen Sie stattdessen: Port { $port }, { $security }.
check-step-ok = ✓ { $name } ({ $ms } ms): { $detail }
check-step-failed = ✗ { $name } ({ $ms } ms): { $detail }
check-step-skipped = – { $name }: { $detail }
probe-line-ok = ✓ Port { $port }, { $security } funktioniert ({ $ms } ms)
probe-line-failed = ✗ Port { $port }, { $security }: { $problem }
probe-best = Beste Wahl: Port { $port }, { $security }.
probe-none = Auf { $host } funktioniert keine der ausprobierten Kombinationen aus Port und Verschlüsselung.
cli-about-send = Eine Nachricht senden
cli-about-accounts = Gespeicherte Konten verwalten
cli-about-accounts-list = Gespeicherte Konten auflisten
cli-about-accounts-show = Ein Konto anzeigen
cli-about-accounts-add = Ein neues Konto speichern (sein Passwort kommt in den Schlüsselbund des Systems)
cli-about-accounts-remove = Ein Konto und sein Passwort entfernen
cli-help-json = Ein einziges JSON-Dokument auf der Standardausgabe ausgeben, sonst nichts
cli-help-email = E-Mail-Adresse
cli-help-offline = Nur die integrierten Einstellungen verwenden, kein Netzwerk
cli-help-host = Name des Postausgangsservers (SMTP)
cli-help-port = Port (1–65535); standardmäßig der übliche für die gewählte Verschlüsselung
cli-help-security = Verschlüsselung: tls (SSL/TLS), starttls oder none
cli-help-user = Benutzername für die Anmeldung (standardmäßig die Absenderadresse)
cli-help-password-stdin = Das Passwort aus der ersten Zeile der Standardeingabe lesen
cli-help-ca-file = Zusätzlich dieser Zertifizierungsstelle (PEM) vertrauen, für private Server
cli-help-timeout = Wie viele Sekunden auf den Server gewartet wird, bevor abgebrochen wird
cli-help-final-reply-timeout = Wie viele Sekunden auf die Bestätigung des Servers gewartet wird, nachdem die ganze Nachricht gesendet wurde (Standard 600)
cli-help-allow-password-without-encryption = Senden des Passworts über eine unverschlüsselte Verbindung erlauben (unsicher)
cli-help-account = Dieses gespeicherte Konto verwenden
cli-help-from = Absenderadresse
cli-help-to = Empfänger (mehrfach angeben oder durch Kommas trennen)
cli-help-cc = Empfänger einer Kopie (Cc)
cli-help-bcc = Empfänger einer Blindkopie (wird in der Nachricht nie angezeigt)
cli-help-subject = Betreffzeile
cli-help-body = Nachrichtentext
cli-help-body-file = Den Nachrichtentext aus dieser Datei lesen
cli-help-attach = Diese Datei anhängen (für weitere Dateien mehrfach angeben)
cli-help-no-queue = Die Nachricht nicht im Postausgang behalten, wenn das Senden fehlschlägt
cli-help-account-name = Kontoname
cli-help-display-name = Ihr Name, wie ihn die Empfänger sehen
cli-help-provider = Anbietervorlage, aus der die Einstellungen stammen (siehe outpost detect)
cli-help-default = Dieses Konto zum Standard machen
cli-help-daily-limit = Wie viele Nachrichten dieses Konto pro Tag senden darf (Standard: das Limit des Anbieters)
cli-warning = Warnung: { $message }
cli-error = Fehler: { $message }
cli-fix = Was Sie tun können: { $fix }
cli-server-said = Antwort des Servers: { $reply }
cli-runtime-failed = Outpost konnte seine Netzwerkkomponente nicht starten: { $reason }
cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-help-help = Diese Hilfe anzeigen
cli-help-version = Die Version anzeigen
cli-about-help = Die Hilfe zu einem Befehl anzeigen
cli-usage-unknown-argument = „{ $arg }“ ist keine Option dieses Befehls.
cli-usage-unknown-command = „{ $arg }“ ist kein Befehl.
cli-usage-invalid-value = „{ $value }“ ist kein gültiger Wert für { $arg }.
cli-usage-missing = Es fehlt: { $arg }
cli-usage-conflict = { $arg } kann nicht zusammen mit { $other } verwendet werden.
cli-usage-value-missing = { $arg } braucht einen Wert.
cli-usage-invalid = Die Befehlszeile ist nicht verständlich.
cli-usage-see-help = Was möglich ist, zeigt: { $command } --help

send-done = Gesendet. Message-ID: { $message_id }
send-failed = Nicht gesendet: { $message }
send-not-queued = Die Nachricht wurde nicht aufbewahrt: Senden Sie sie erneut, sobald das Problem behoben ist.
send-no-secret = Für das Konto „{ $account }“ ist kein Passwort gespeichert. Fügen Sie das Konto erneut hinzu oder übergeben Sie das Passwort mit --password-stdin.

accounts-none = Noch keine Konten vorhanden. Fügen Sie eines hinzu mit: outpost accounts add
accounts-line = { $name }: { $email } über { $host }:{ $port }
accounts-line-default = { $line } (Standard)
accounts-show-name = Konto: { $name }
accounts-show-from = Sendet als: { $display_name } <{ $email }>
accounts-show-from-address = Sendet als: { $email }
accounts-show-server = Server: { $host }, Port { $port }, { $security }
accounts-show-user = Meldet sich an als: { $user }
accounts-show-no-sign-in = Anmeldung: keine (der Server nimmt E-Mails ohne Anmeldung an)
accounts-show-secret-stored = Passwort: im Schlüsselbund des Systems gespeichert
accounts-show-secret-missing = Passwort: nicht gespeichert – fügen Sie das Konto erneut hinzu mit: outpost accounts add
accounts-show-secret-unknown = Passwort: unbekannt, da der Schlüsselbund des Systems nicht verfügbar ist
accounts-unknown-provider = Es gibt keine Anbietervorlage namens „{ $provider }“.
accounts-added = Das Konto „{ $name }“ wurde gespeichert. Sein Passwort liegt im Schlüsselbund des Systems.
accounts-removed = Das Konto „{ $name }“ und sein Passwort wurden entfernt.
accounts-removed-secret-kept = Das Konto „{ $name }“ wurde entfernt, aber sein Passwort konnte nicht aus dem Schlüsselbund entfernt werden: { $reason }

gui-failed = Outpost konnte sein Fenster nicht öffnen: { $reason }
## Desktop-App

gui-app-title = Outpost
gui-window-title = { $page } – Outpost
gui-settings = Einstellungen
gui-add-account = Konto hinzufügen
gui-new-message = Neue Nachricht
gui-accounts-intro = Ihre Konten zum Senden. Testen Sie ein Konto, um zu sehen, ob es funktioniert, oder schreiben Sie eine Nachricht.
accounts-none-gui = Noch keine Konten. Fügen Sie ein Konto hinzu, um loszulegen.
gui-default-badge = Standard
gui-outbox = Postausgang
gui-status-testing = Wird getestet …
gui-status-works = Funktioniert
gui-status-problem = Hat ein Problem
gui-status-needs-sign-in = Neu anmelden
gui-status-not-tested = Noch nicht getestet
gui-status-waiting = { $count ->
    [one] 1 wartet
   *[other] { $count } warten
}
gui-test-connection = Verbindung testen
gui-edit = Bearbeiten
gui-make-default = Als Standard festlegen
gui-remove = Entfernen
gui-remove-question = { $email } entfernen? Die Einstellungen des Kontos und sein Passwort im Schlüsselbund des Systems werden gelöscht.
gui-remove-confirm = Konto entfernen
gui-keep = Behalten
gui-dismiss = Ausblenden
gui-done = Fertig
gui-close = Schließen
gui-cancel = Abbrechen
gui-back = Zurück
gui-continue = Weiter
gui-save = Konto speichern
gui-save-anyway = Trotzdem speichern
gui-step-time = { $ms } ms
gui-test-running = Wird getestet…

gui-wizard-title = E-Mail einrichten
gui-wizard-edit-title = Konto ändern
gui-wizard-intro = Outpost sucht die passenden Einstellungen für Sie. Geben Sie zuerst Ihren Namen und Ihre E-Mail-Adresse ein.
gui-wizard-progress = Schritt { $step } von { $total }
gui-wizard-step-address = Adresse
gui-wizard-step-provider = Anbieter
gui-wizard-step-server = Server
gui-wizard-step-sign-in = Anmelden
gui-wizard-step-test = Test
gui-wizard-step-done = Fertig
gui-your-name = Ihr Name
gui-your-name-placeholder = So, wie Empfänger ihn sehen, z. B. Ada Lovelace
gui-email = E-Mail-Adresse
gui-email-placeholder = name@example.com
gui-detect-builtin = Integrierte Einstellungen werden geprüft…
gui-detect-provider = Ihr Anbieter wird gefragt…
gui-detect-domain = Die Mailserver Ihrer Domain werden geprüft…
gui-detect-stop = Suche beenden und Einstellungen selbst eingeben
gui-provider-title = Ihr E-Mail-Anbieter
gui-found-provider = Gefunden: { $provider } (Quelle: { $source }).
gui-found-settings = Einstellungen gefunden (Quelle: { $source }).
gui-provider-other = Anderer
gui-region = Region
gui-open-help = Hilfeseite öffnen
gui-server-title = Postausgangsserver
gui-server-intro = Diese Einstellungen stammen von Ihrem Anbieter. Ändern Sie sie nur, wenn Ihr Anbieter Sie dazu auffordert.
gui-host = Server
gui-host-placeholder = smtp.example.com
gui-port = Port
gui-port-other = Anderer…
gui-encryption = Verschlüsselung
gui-no-encryption-warning = Ohne Verschlüsselung können andere im Netzwerk alles mitlesen, was Sie senden – auch Ihr Passwort.
gui-accept-insecure = Mir ist bewusst, dass mein Passwort unverschlüsselt gesendet wird
gui-find-automatically = Automatisch ermitteln
gui-finding = Die üblichen Ports werden ausprobiert…
gui-probe-line = Port { $port }, { $security }
gui-probe-best = Verwendet wird: Port { $port }, { $security }.
gui-sign-in-title = Anmelden
gui-sign-in-password = Mit Passwort anmelden
gui-sign-in-none = Dieser Server benötigt keine Anmeldung
gui-oauth-not-available = Dieser Anbieter erlaubt die Anmeldung nur über seine Website (OAuth2), was Outpost noch nicht unterstützt. Verwenden Sie ein anderes Konto, oder fragen Sie Ihren Administrator, ob die Anmeldung mit Passwort (SMTP AUTH) aktiviert werden kann.
gui-username = Benutzername
gui-username-placeholder = Meist Ihre vollständige E-Mail-Adresse
gui-password = Passwort
gui-password-placeholder = Ihr Passwort oder App-Passwort
gui-password-keep = Leer lassen, um das gespeicherte Passwort zu behalten
gui-password-needed = Geben Sie Ihr Passwort (oder App-Passwort) ein, um sich anzumelden.
gui-password-keychain = Ihr Passwort wird im Schlüsselbund des Systems aufbewahrt, niemals in einer Datei.
gui-show = Anzeigen
gui-hide = Verbergen
gui-test-title = Verbindung wird getestet
gui-test-ok = Alles funktioniert. Outpost kann mit diesen Einstellungen E-Mails senden.
gui-test-ok-title = Alles funktioniert
gui-test-failed-title = Der Test ist fehlgeschlagen
gui-apply-suggestion = Port { $port }, { $security } verwenden und erneut testen
gui-show-details = Details anzeigen
gui-hide-details = Details ausblenden
gui-copy = Kopieren
gui-test-again = Erneut testen
gui-send-test-message = Testnachricht an mich senden
gui-test-message-subject = Testnachricht von Outpost
gui-test-message-body = Diese Nachricht hat Outpost gesendet, um Ihr Konto zu prüfen. Ihr Postausgangsserver { $host } funktioniert.
gui-test-message-sent = Eine Testnachricht wurde an { $email } gesendet. Sehen Sie in Ihrem Posteingang nach.
gui-done-title = Ihr Konto ist bereit
gui-done-body = { $email } ist gespeichert. Das Passwort liegt im Schlüsselbund des Systems.
gui-write-message = Nachricht schreiben

gui-compose-title = Neue Nachricht
gui-compose-title-subject = { $subject }
gui-no-account = Fügen Sie zuerst ein Konto hinzu
gui-addresses-placeholder = name@example.com, another@example.com
gui-body-placeholder = Schreiben Sie Ihre Nachricht…
gui-attach = Dateien anhängen…
gui-attach-title = Dateien anhängen
gui-drop-hint = Ziehen Sie Dateien hierher, um sie anzuhängen.
gui-file-missing = Datei fehlt
gui-attachments-total = Anhänge: { $size }
gui-attachments-too-large = Anhänge: { $size } – zu groß für diesen Server, der Nachrichten nur bis { $limit } annimmt.
gui-send = Senden
gui-sending = Wird gesendet…
gui-sending-progress = Ihre Nachricht wird gesendet…
gui-sent = Gesendet.
gui-send-shortcut = Strg+Enter
gui-send-temporary = Die Nachricht wartet im Postausgang und wird automatisch erneut gesendet. Sie können dieses Fenster schließen.
gui-send-kept = Die Nachricht bleibt im Postausgang, bis das Problem behoben ist. Alles, was Sie geschrieben haben, ist noch da.
gui-fix-edit-account = Öffnen Sie das Konto im Hauptfenster, wählen Sie „Bearbeiten“ und geben Sie das Passwort erneut ein.
gui-discard-question = Das Geschriebene als Entwurf behalten oder verwerfen?
gui-discard = Verwerfen
gui-keep-editing = Weiter bearbeiten

gui-theme = Erscheinungsbild
gui-text-size = Textgröße
gui-text-size-help = Vergrößert Text und Schaltflächen in allen Fenstern.
gui-text-size-percent = { $percent } %
gui-theme-system = Wie im System
gui-theme-light = Hell
gui-theme-dark = Dunkel
gui-language = Sprache
gui-language-system = Wie im System
gui-language-note = Änderungen gelten sofort.

## Postausgang

outbox-storage-error = Outpost konnte nicht in seinen Postausgangsordner schreiben: { $reason }
outbox-sent-log-unwritable = Outpost kann sein Protokoll der gesendeten Nachrichten nicht schreiben ({ $reason }) und sendet deshalb nichts mehr, bis es wieder geht: Eine vom Server angenommene Nachricht muss festgehalten werden, sonst könnte sie zweimal hinausgehen. Schaffen Sie Platz auf dem Datenträger oder korrigieren Sie die Berechtigungen des Ordners; es geht nichts verloren.
outbox-cannot-mark = Outpost kann nicht in seinen Postausgang schreiben ({ $reason }) und hat das Senden angehalten: Es vermerkt jede Nachricht auf dem Datenträger, bevor es sie übergibt. Schaffen Sie Platz auf dem Datenträger; es geht nichts verloren.
outbox-state-unconfirmed = gesendet, aber nicht bestätigt: vor erneutem Senden prüfen
outbox-unconfirmed-explain = Outpost hat diese Nachricht gesendet, aber die Bestätigung des Servers kam nie an. Sehen Sie in Ihrem Ordner „Gesendet“ nach oder fragen Sie den Empfänger.
outbox-unconfirmed-choices = Falls sie nicht ankam: outpost outbox retry { $id }. Falls doch: outpost outbox mark-sent { $id }
outbox-marked-sent = { $id } als gesendet vermerkt und aus dem Postausgang entfernt.
cli-about-outbox-mark-sent = Eine Nachricht als gesendet vermerken (sie kam an) und aus dem Postausgang entfernen
gui-send-again = Erneut senden
gui-it-arrived = Sie kam an
gui-flush-stopped = Senden angehalten: { $reason }
outbox-unknown-id = Im Postausgang gibt es keine Nachricht „{ $id }“. Die Liste zeigt: outpost outbox list
outbox-removed = Die Nachricht { $id } wurde aus dem Postausgang gelöscht.
outbox-empty = Der Postausgang ist leer.
outbox-state-queued = wartet auf erneuten Versand ({ $attempts ->
    [one] bisher 1 Versuch
   *[other] bisher { $attempts } Versuche
})
outbox-state-held = angehalten: wartet darauf, dass Sie das Problem beheben
outbox-line = { $id }: „{ $subject }“ an { $recipients } – { $state }
outbox-sent-line = „{ $subject }“ an { $recipients } gesendet ({ $message_id })
outbox-damaged = Ein beschädigter Eintrag im Postausgang wurde beiseitegelegt, nicht gelöscht: { $path }
outbox-flushed = { $sent ->
    [one] 1 Nachricht gesendet.
   *[other] { $sent } Nachrichten gesendet.
} { $remaining ->
    [0] Der Postausgang ist leer.
    [one] 1 Nachricht wartet noch.
   *[other] { $remaining } Nachrichten warten noch.
}
outbox-failed-line = Nicht gesendet: „{ $subject }“: { $message }
send-queued = Die Nachricht bleibt im Postausgang und wird automatisch erneut gesendet. Anzeigen mit: outpost outbox list
send-held = Die Nachricht bleibt im Postausgang und ist angehalten, bis Sie das Problem behoben haben. Danach: outpost outbox retry { $id }
send-limit-warning = Dieses Konto hat heute { $used } von { $limit } möglichen Nachrichten gesendet.
send-over-limit = Damit würde das Tageslimit des Kontos überschritten (heute { $used } von { $limit } verbraucht). Fügen Sie --allow-over-limit hinzu, um trotzdem zu senden.
outbox-account-gone = Das Konto „{ $account }“ existiert nicht mehr. Bearbeiten Sie die Nachricht, um sie über ein anderes Konto zu senden, oder löschen Sie sie.
gui-outbox-title = Postausgang
gui-outbox-button = Postausgang ({ $count })
gui-outbox-tab = Wartend ({ $count })
gui-sent-tab = Gesendet
gui-outbox-empty = Nichts wartet. Alle Ihre Nachrichten sind verschickt.
gui-outbox-sending = Wartende Nachrichten werden gesendet…
gui-outbox-next-try = Nächster Versuch: { $time } ({ $attempts ->
    [one] bisher 1 Versuch
   *[other] bisher { $attempts } Versuche
}).
gui-outbox-to = An { $recipients }, von { $account }
gui-no-subject = (kein Betreff)
gui-retry-now = Jetzt erneut versuchen
gui-delete = Löschen
gui-delete-question = Diese Nachricht löschen? Sie wird dann nicht gesendet.
gui-search-sent = Gesendete Nachrichten durchsuchen
gui-sent-line = An { $recipients }, { $time }, { $size }
gui-sent-empty = Keine gesendeten Nachrichten vorhanden.
gui-time-now = jetzt
gui-time-in-minutes = in { $minutes ->
    [one] 1 Minute
   *[other] { $minutes } Minuten
}
gui-time-minutes-ago = { $minutes ->
    [one] vor 1 Minute
   *[other] vor { $minutes } Minuten
}
gui-queued-sent = Eine wartende Nachricht wurde gesendet: „{ $subject }“.

## Hinweise zu Anbietern

note-gmail-app-password = Google akzeptiert hier nur ein App-Passwort, nicht Ihr normales Passwort. Aktivieren Sie in Ihrem Google-Konto die Bestätigung in zwei Schritten, erstellen Sie unter „Sicherheit“ ein App-Passwort und fügen Sie es hier ein.
note-workspace-admin = Wird das Senden abgelehnt, muss der Google-Administrator Ihrer Organisation für Ihr Konto eventuell App-Passwörter oder das Senden aus anderen Apps erlauben.
note-microsoft-oauth2 = Mit Adressen von Outlook.com, Hotmail, Live und MSN können Sie erst senden, nachdem Sie sich auf der Anmeldeseite von Microsoft angemeldet haben (OAuth2). Ihr normales Passwort und App-Passwörter funktionieren hier nicht mehr.
note-office365-oauth2 = Geschäfts-, Schul- oder Unikonten von Microsoft 365 melden sich normalerweise auf der Anmeldeseite von Microsoft an (OAuth2), was Outpost noch nicht unterstützt. Senden mit einem einfachen Passwort funktioniert nur, wenn Ihr Administrator es erlaubt – und Microsoft schaltet diese Möglichkeit nach und nach ab.
note-office365-smtp-auth = Wird das Senden abgelehnt, bitten Sie Ihren Administrator, im Microsoft 365 Admin Center für Ihr Postfach „Authentifiziertes SMTP“ (SMTP AUTH) zu aktivieren.
note-yahoo-app-password = Yahoo benötigt ein App-Passwort: Öffnen Sie in Ihrem Yahoo-Konto „Account security“, wählen Sie „Generate app password“ und fügen Sie das Passwort hier ein.
note-aol-app-password = AOL benötigt ein App-Passwort: Öffnen Sie in Ihrem AOL-Konto „Account security“, wählen Sie „Generate app password“ und fügen Sie das Passwort hier ein.
note-icloud-app-password = iCloud benötigt ein App-spezifisches Passwort: Melden Sie sich im Web bei Ihrem Apple Account an, öffnen Sie „Anmelden und Sicherheit“, erstellen Sie ein App-spezifisches Passwort und fügen Sie es hier ein.
note-fastmail-app-password = Fastmail benötigt ein App-Passwort, auch ohne Anmeldung in zwei Schritten: Öffnen Sie in Fastmail „Settings“ und dann „Privacy & Security“, erstellen Sie ein neues App-Passwort mit Zugriff auf E-Mails und fügen Sie es hier ein.
note-zoho-app-password = Wenn für Ihr Zoho-Konto die Zwei-Faktor-Authentifizierung aktiv ist, erstellen Sie in den Sicherheitseinstellungen von Zoho Mail ein anwendungsspezifisches Passwort und verwenden Sie es hier.
note-zoho-region = Zoho führt Konten in getrennten Regionen: Wenn Sie sich bei zoho.eu, zoho.in oder zoho.com.au anmelden, wählen Sie stattdessen die Zoho-Mail-Vorlage für diese Region.
note-zoho-workplace = Dies gilt für kostenpflichtige Zoho-Tarife mit eigener Domain. Nutzt Ihre Organisation den kostenlosen Tarif von Zoho, wählen Sie stattdessen „Zoho Mail“ für Ihre Region.
note-gmx-enable-imap = Erlauben Sie zuerst im Webmailer von GMX den Zugriff durch E-Mail-Programme: Öffnen Sie „Einstellungen“, dann „POP3 & IMAP“, und schalten Sie den Zugriff ein.
note-webde-enable-imap = Erlauben Sie zuerst im Webmailer von WEB.DE den Zugriff durch E-Mail-Programme: Öffnen Sie „Einstellungen“, dann „POP3/IMAP“, und schalten Sie den Zugriff ein. Ihr Benutzername ist der Teil Ihrer Adresse vor dem @.
note-mailcom-enable-imap = Erlauben Sie zuerst im Webmailer von mail.com den Zugriff durch E-Mail-Programme: Öffnen Sie „Settings“, dann „POP3 & IMAP“, und schalten Sie den Zugriff ein. Bei neueren Konten ist das Teil von mail.com Premium.
note-yandex-app-password = Yandex benötigt für E-Mail-Programme ein App-Passwort: Öffnen Sie in Ihrer Yandex ID „Security“, erstellen Sie ein App-Passwort für E-Mail und achten Sie darauf, dass in den Einstellungen von Yandex Mail der Zugriff durch E-Mail-Programme eingeschaltet ist.
note-mailru-app-password = Mail.ru benötigt ein Passwort für externe Anwendungen („password for external applications“): Erstellen Sie es in den Sicherheitseinstellungen Ihres Mail.ru-Kontos und fügen Sie es hier statt Ihres normalen Passworts ein.
note-proton-bridge = Proton Mail funktioniert nur über die App Proton Mail Bridge, die einen kostenpflichtigen Tarif voraussetzt: Installieren Sie Bridge, lassen Sie die App laufen und verwenden Sie das Passwort, das Bridge Ihnen anzeigt – nicht Ihr Proton-Passwort.
note-proton-smtp-token = Für eine Adresse mit eigener Domain können einige Proton-Tarife (Business, Family und Visionary) in den Einstellungen von Proton Mail ein SMTP-Token erstellen; verwenden Sie es als Passwort. Andernfalls nutzen Sie die App Bridge.
note-app-password-2fa = Wenn Sie die Zwei-Faktor-Authentifizierung eingeschaltet haben, erstellen Sie in den Sicherheitseinstellungen Ihres Kontos ein Anwendungspasswort und verwenden Sie es hier statt Ihres normalen Passworts.
note-tonline-password = Die Telekom benötigt für E-Mail-Programme ein eigenes E-Mail-Passwort: Legen Sie es im E-Mail Center der Telekom unter „Einstellungen“ und dann „Passwörter“ fest und verwenden Sie es hier. Ihr Passwort für den Web-Login funktioniert nicht.
note-xfinity-third-party = Schalten Sie zuerst in den E-Mail-Einstellungen von Xfinity den Zugriff durch E-Mail-Programme von Drittanbietern ein und melden Sie sich dann mit Ihrer vollständigen Xfinity-Adresse und Ihrem Passwort an.
note-authorization-code = Schalten Sie in den Webmail-Einstellungen dieses Anbieters POP3/IMAP/SMTP ein, lassen Sie den dort angebotenen Autorisierungscode erzeugen und verwenden Sie diesen Code hier als Passwort.
note-ses-credentials = SMTP-Zugangsdaten für Amazon SES sind nicht Ihre AWS-Zugriffsschlüssel: Erstellen Sie in der SES-Konsole unter „SMTP settings“ SMTP-Zugangsdaten und verwenden Sie den dort angezeigten Benutzernamen und das Passwort.
note-ses-sandbox = Neue SES-Konten starten in der Sandbox: Sie können nur an Adressen senden, die Sie bestätigt haben, und höchstens 200 Nachrichten pro Tag – bis Sie bei AWS den Produktionszugriff beantragen.
note-ses-region = Wählen Sie die Region, in der Sie SES eingerichtet haben. SMTP-Zugangsdaten und bestätigte Adressen funktionieren nur in der Region, in der sie erstellt wurden.
note-verify-sender = Dieser Dienst sendet nur von Adressen oder Domains, die Sie in seinem Dashboard bestätigt haben. Bestätigen Sie dort also zuerst Ihre Absenderadresse.
note-sendgrid-apikey = Der Benutzername ist das Wort „apikey“, das Passwort ein SendGrid-API-Schlüssel mit der Berechtigung zum Senden von E-Mails.
note-mailgun-credentials = Verwenden Sie den SMTP-Benutzer und das Passwort Ihrer Absenderdomain (oft postmaster@ gefolgt von Ihrer Domain). Sie finden beides in Mailgun bei den SMTP-Zugangsdaten Ihrer Domain.
note-mailgun-region = Die Regionen USA und EU sind bei Mailgun getrennt: Wählen Sie die Region, in der Sie Ihre Mailgun-Domain angelegt haben.
note-postmark-token = Verwenden Sie das API-Token Ihres Postmark-Servers sowohl als Benutzernamen als auch als Passwort.
note-brevo-smtp-key = Verwenden Sie den Login, der in Brevo unter „SMTP & API“ angezeigt wird, und als Passwort einen SMTP-Schlüssel (keinen API-Schlüssel und nicht Ihr Brevo-Passwort).
note-mailjet-keys = Verwenden Sie Ihren Mailjet-API-Schlüssel als Benutzernamen und den zugehörigen geheimen Schlüssel als Passwort.
note-sparkpost-apikey = Der Benutzername ist „SMTP_Injection“, das Passwort ein SparkPost-API-Schlüssel mit der Berechtigung „Send via SMTP“.
note-smtp2go-user = Verwenden Sie einen SMTP-Benutzer samt Passwort, den Sie in SMTP2GO unter „Sending“ und dann „SMTP Users“ angelegt haben.
note-resend-apikey = Der Benutzername ist das Wort „resend“, das Passwort einer Ihrer Resend-API-Schlüssel.
note-mandrill-apikey = Das Passwort ist ein API-Schlüssel für Mailchimp Transactional. Geben Sie als Benutzernamen die Kontakt-E-Mail-Adresse Ihres Mailchimp-Kontos ein.
note-elastic-email-credentials = Erstellen Sie in den Einstellungen von Elastic Email SMTP-Zugangsdaten und verwenden Sie den Benutzernamen und das Passwort, das dort nur einmal angezeigt wird.

gui-over-limit = Dieses Konto hat bereits { $used } der { $limit } Nachrichten gesendet, die sein Anbieter pro Tag erlaubt. Wenn Sie mehr senden, kann das Konto vorübergehend gesperrt werden. Trotzdem senden?
gui-send-anyway = Trotzdem senden
gui-near-limit = Dieses Konto hat heute { $used } der { $limit } Nachrichten gesendet, die pro Tag erlaubt sind.

## One sender at a time
outbox-unreadable = Die Nachrichtendatei im Postausgang konnte nicht gelesen werden ({ $reason }). Sie bleibt im Postausgang; prüfen Sie den Datenträger und versuchen Sie es dann erneut.
outbox-busy = Die Nachricht „{ $id }“ wird gerade gesendet oder bearbeitet, daher wurde nichts geändert. Versuchen Sie es gleich noch einmal.
outbox-busy-line = „{ $subject }“ übersprungen: Die Nachricht wird gerade anderswo bearbeitet oder gesendet.
outbox-waiting-for-other = Ein anderes Outpost sendet gerade aus diesem Postausgang; warte, bis es fertig ist …
gui-send-busy = Diese Nachricht wird gerade von einem anderen Outpost-Fenster oder -Befehl gesendet. Warten Sie einen Moment und sehen Sie dann im Postausgang nach.
gui-edit-original-sent = Die erste Fassung dieser Nachricht wurde bereits gesendet ({ $time }), bevor Ihre Änderungen sie ersetzen konnten. Ihre Änderungen wurden nicht gesendet.
gui-edit-original-sent-fix = Sehen Sie in der Liste „Gesendet“ nach. Wenn die Änderungen wichtig sind, senden Sie sie als neue Nachricht.
gui-outbox-busy = Diese Nachricht wird gerade gesendet oder bearbeitet und wurde daher nicht gelöscht. Versuchen Sie es gleich noch einmal.
gui-outbox-being-edited = Wird in einem Fenster bearbeitet: Sie wird erst gesendet, wenn Sie sie dort senden oder das Fenster schließen.
gui-outbox-blocked = Wartet: Sie konnte noch nicht versucht werden.
gui-show-more = { $count } weitere anzeigen
input-time-unreadable = „{ $value }“ ist keine Zeitangabe, die Outpost lesen kann. Schreiben Sie sie als 2026-12-01 09:00 (Ihre Ortszeit) oder im Format RFC 3339.
input-time-in-past = { $value } ist schon vorbei. Wählen Sie einen Zeitpunkt in der Zukunft.
input-later-needs-account = Späteres Senden funktioniert mit einem gespeicherten Konto (--account NAME): Die Nachricht wartet bis dahin im Postausgang.

## Send later and undo
cli-help-at = Später senden: zum Zeitpunkt TIME (RFC 3339 oder JJJJ-MM-TT HH:MM in Ortszeit); die Nachricht wartet im Postausgang
send-scheduled = Geplant für { $time }. Die Nachricht wartet im Postausgang (ID { $id }) und wird dann gesendet, auch wenn Outpost zwischendurch geschlossen war.
outbox-state-scheduled = geplant für { $time }
gui-undo-too-late = Zu spät zum Rückgängigmachen: Die Nachricht ist schon unterwegs.
gui-pending = Wird in wenigen Sekunden gesendet …
gui-undo = Rückgängig
gui-send-later = Später senden …
gui-send-later-label = Senden um (Ihre Ortszeit):
gui-schedule = Planen
gui-outbox-scheduled = Geplant für { $time }
gui-send-now = Jetzt senden
gui-undo-setting = Senden rückgängig machen
gui-undo-setting-help = Nach „Senden“ wartet die Nachricht so lange, damit Sie sie zurückholen können.
gui-undo-off = Aus
gui-undo-seconds = { $seconds } s

## Drafts
gui-keep-draft = Als Entwurf behalten
gui-drafts-title = { $count ->
    [one] Unfertige Nachricht
   *[other] Unfertige Nachrichten ({ $count })
}
gui-draft-no-recipient = noch kein Empfänger
gui-draft-line = An { $to } · gespeichert { $time }
gui-draft-open = Weiterschreiben

## Kommt meine Mail an? (Prüfung der Absenderdomain)
domain-check-spf = SPF
domain-check-dkim = DKIM
domain-check-dmarc = DMARC
domain-check-mx = MX
domain-check-blocklist = Sperrliste
domain-status-pass = OK
domain-status-warn = Warnung
domain-status-fail = Problem
domain-status-unknown = Unbekannt
domain-your-provider = Ihr Versanddienst
domain-handled-by-provider = { $domain } gehört zu { $provider }; der Anbieter kümmert sich um SPF, DKIM, DMARC und den Ruf seiner Server: Sie müssen nichts einrichten.
domain-lookup-failed = Die DNS-Abfrage von { $name } blieb ohne Antwort, deshalb konnte dies nicht geprüft werden.
domain-fix-retry = Prüfen Sie Ihre Internetverbindung und starten Sie die Prüfung erneut.
domain-fix-none = Nichts zu tun.
domain-fix-txt = Veröffentlichen Sie diesen TXT-Eintrag bei { $name }: { $record }
domain-spf-none = { $domain } hat keinen SPF-Eintrag, daher können Empfänger nicht erkennen, welche Server seine Mail versenden dürfen; viele sortieren solche Mail als Spam aus.
domain-spf-many = { $domain } hat { $count } SPF-Einträge. Empfänger werten das als Fehler (permerror) und ignorieren alle.
domain-fix-spf-merge = Ersetzen Sie sie durch einen einzigen TXT-Eintrag bei { $name }: { $record }
domain-spf-syntax = Der SPF-Eintrag enthält „{ $term }“, was Empfänger nicht verstehen; sie werten den ganzen Eintrag als Fehler.
domain-fix-spf-syntax = Korrigieren oder entfernen Sie „{ $term }“ im SPF-Eintrag bei { $name }.
domain-spf-include-missing = Der SPF-Eintrag bindet { $include } ein, das selbst keinen gültigen SPF-Eintrag hat; Empfänger werten das als Fehler.
domain-fix-spf-include = Korrigieren oder entfernen Sie „include:{ $include }“ im SPF-Eintrag bei { $name }.
domain-spf-too-many-lookups = Der SPF-Eintrag braucht { $count } DNS-Abfragen (alle Einbindungen mitgezählt); Empfänger hören bei 10 auf und werten den Eintrag als Fehler.
domain-fix-spf-lookups = Entfernen Sie Einbindungen von Diensten, die Sie nicht mehr nutzen, oder nennen Sie Adressen mit ip4:/ip6: statt Namen, bis der Eintrag höchstens 10 Abfragen braucht.
domain-spf-pass-all = Der SPF-Eintrag endet mit „{ $all }“: Damit darf jeder Server der Welt Mail als { $domain } versenden.
domain-spf-missing-provider = Der SPF-Eintrag erlaubt { $provider } nicht, den Dienst, über den dieses Konto versendet; seine Mail kann daher bei SPF durchfallen.
domain-spf-neutral-all = Der SPF-Eintrag endet ohne „-all“ oder „~all“ ({ $all }): Er sagt nichts über nicht genannte Server und schützt daher wenig.
domain-spf-host-unconfirmed = Outpost konnte nicht bestätigen, dass der SPF-Eintrag { $host } erlaubt, den Server, über den dieses Konto versendet.
domain-spf-ok = Der SPF-Eintrag ist gültig und braucht { $count } der 10 DNS-Abfragen, die Empfänger zulassen.
domain-dkim-no-selector = Outpost kennt den DKIM-Selektor des Versanddienstes dieser Domain nicht, deshalb konnte DKIM nicht geprüft werden.
domain-fix-dkim-selector = Schlagen Sie den DKIM-Selektor in den Einstellungen von { $provider } nach und starten Sie die Prüfung mit --dkim-selector SELEKTOR.
domain-dkim-ok = DKIM-Schlüssel beim Selektor „{ $selector }“ gefunden: { $kind }, { $bits } Bit.
domain-dkim-short = Der DKIM-Schlüssel beim Selektor „{ $selector }“ hat nur { $bits } Bit; Gmail und andere ignorieren Schlüssel unter 1024 Bit.
domain-dkim-revoked = Der DKIM-Schlüssel beim Selektor „{ $selector }“ ist widerrufen (sein p= ist leer): Damit signierte Mail besteht DKIM nicht.
domain-dkim-unreadable = Der DKIM-Eintrag beim Selektor „{ $selector }“ enthält einen Schlüssel, den Outpost nicht lesen kann.
domain-fix-dkim-rotate = Erzeugen Sie in den Einstellungen von { $provider } einen neuen 2048-Bit-DKIM-Schlüssel und veröffentlichen Sie den Eintrag, den Sie dort erhalten.
domain-dkim-missing = Für { $domain } wurde kein DKIM-Schlüssel gefunden (geprüfte Selektoren: { $selectors }). Ohne DKIM können Gmail und Yahoo die Mail abweisen oder als Spam einsortieren.
domain-fix-dkim-enable = Schalten Sie die DKIM-Signatur in den Einstellungen von { $provider } ein und veröffentlichen Sie den Eintrag, den Sie dort erhalten (einen TXT- oder CNAME-Eintrag bei SELEKTOR._domainkey.{ $domain }).
domain-dmarc-missing = { $domain } hat keinen DMARC-Eintrag. Gmail und Yahoo verlangen einen (p=none genügt) von allen, die ihnen mehr als 5.000 Nachrichten am Tag schicken.
domain-dmarc-many = { $domain } hat { $count } DMARC-Einträge; Empfänger ignorieren alle.
domain-dmarc-invalid = Der DMARC-Eintrag hat keine gültige Richtlinie (p=none, quarantine oder reject), daher ignorieren ihn Empfänger.
domain-dmarc-none = Die DMARC-Richtlinie ist „none“: Sie erfüllt die Regeln von Gmail und Yahoo von 2024, aber Empfänger stellen Mail, die sich nur als Ihre ausgibt, trotzdem zu. { $details }
domain-dmarc-ok = Die DMARC-Richtlinie ist „{ $policy }“: Sie erfüllt die Regeln von Gmail und Yahoo von 2024 und schützt die Domain vor gefälschter Mail. { $details }
domain-bulk-rules-met = Da auch SPF und DKIM eingerichtet sind, erfüllt die Domain, was Gmail und Yahoo im DNS von Massenversendern verlangen.
domain-bulk-rules-unmet = Gmail und Yahoo verlangen von Massenversendern SPF, DKIM und DMARC zusammen: Diese Domain erfüllt das noch nicht.
domain-dmarc-details = Ausrichtung: DKIM { $adkim }, SPF { $aspf }. Berichte gehen an: { $rua }.
domain-dmarc-strict = streng
domain-dmarc-relaxed = locker
domain-dmarc-no-reports = niemanden (keine rua=-Adresse)
domain-fix-dmarc-tighten = Sobald die Berichte nur Ihre eigenen Dienste zeigen, verschärfen Sie die Richtlinie mit diesem TXT-Eintrag bei { $name }: { $record }
domain-mx-ok = { $domain } empfängt Mail über { $hosts }.
domain-mx-none = { $domain } hat keinen MX-Eintrag: Antworten und Unzustellbarkeitsmeldungen können nirgends hin, und manche Empfänger weisen Mail solcher Domains ab.
domain-mx-null = { $domain } erklärt, keine Mail zu empfangen („Null-MX“): Antworten und Unzustellbarkeitsmeldungen gehen verloren.
domain-fix-mx = Legen Sie für { $domain } einen MX-Eintrag an, der auf den Server zeigt, der ihre Mail empfängt, zum Beispiel: { $record }
domain-blocklist-no-server = Es ist kein Versandserver bekannt, deshalb konnten seine Adressen nicht mit Sperrlisten abgeglichen werden.
domain-fix-blocklist-account = Starten Sie die Prüfung für ein Konto (outpost domain --account NAME), um dessen Server einzubeziehen.
domain-blocklist-listed = Die Adresse { $address } des Versandservers steht auf { $list } (Antwort { $answer }): Viele Empfänger weisen Mail von dort ab oder sortieren sie als Spam aus.
domain-fix-blocklist = Beantragen Sie die Entfernung unter { $url }. Gehört der Server Ihrem Anbieter, sagen Sie es dem Anbieter.
domain-blocklist-clean = { $addresses } steht nicht auf { $list }.
domain-blocklist-refused = { $list } hat die Antwort verweigert (Antwort { $answer }); die Liste beantwortet keine Abfragen über öffentliche oder stark genutzte DNS-Resolver, daher ist das Ergebnis unbekannt.
domain-fix-blocklist-refused = Starten Sie die Prüfung erneut aus einem Netz, dessen DNS-Resolver kein großer öffentlicher ist.
domain-heading = Kommt Mail von { $domain } an?
domain-provider-line = Versanddienst: { $provider }
domain-check-line = { $status } · { $check }: { $message }
domain-record-line = { "  " }Eintrag: { $record }
domain-fix-line = { "  " }Lösung: { $fix }
domain-invalid = „{ $domain }“ ist kein Domainname.
domain-needs-target = Nennen Sie eine Domain oder ein Konto (--account NAME).
cli-about-domain = Prüfen, ob Mail von einer Domain ankommt: SPF, DKIM, DMARC, MX und Sperrlisten
cli-help-domain = Zu prüfende Domain (z. B. example.com)
cli-help-dkim-selector = Ein zusätzlich abzufragender DKIM-Selektor (mehrfach möglich)
gui-delivery-title = Kommt Ihre Mail an?
gui-delivery-checking = { $domain } wird geprüft …
gui-delivery-again = Erneut prüfen
gui-delivery-done = Fertig
gui-delivery-button = Zustellung prüfen
gui-delivery-copy = Kopieren
gui-delivery-all-good = Alles, was Mail von { $domain } zum Ankommen braucht, ist vorhanden.
gui-delivery-some-failed = Einiges, was Empfänger bei { $domain } prüfen, fehlt oder ist falsch; jede Zeile sagt, was im DNS zu veröffentlichen ist.

## Attachment reminder
compose-attachment-words = anhang, angehängt, anbei, beigefügt, beiliegend
gui-reminder = Sie erwähnen einen Anhang, aber nichts ist angehängt.
gui-send-without = Ohne senden
gui-attach-files = Dateien anhängen …

## Address suggestions
gui-forget-address = vergessen

## Sign in with Google and Microsoft (OAuth2)
keychain-too-long = Die Anmeldung ist zu lang für den Schlüsselbund des Systems und wurde daher nicht gespeichert. Es wurde nichts gekürzt. Verwenden Sie einen Schlüsselbund ohne diese Grenze oder melden Sie sich mit einem Passwort an, wo der Anbieter das erlaubt.
oauth-device-code-unavailable = { $provider } erlaubt für E-Mail keine Anmeldung mit einem Code auf einem anderen Gerät. Führen Sie den Befehl auf einem Computer mit Webbrowser aus, oder verwenden Sie --no-browser und öffnen Sie die angezeigte Adresse auf einem beliebigen Gerät.
oauth-failed = Die Anmeldung hat nicht funktioniert: Der Anmeldedienst hat eine Antwort gegeben, mit der Outpost nichts anfangen kann. Versuchen Sie es gleich noch einmal.
oauth-page-done = Sie sind bei Outpost angemeldet. Sie können diesen Tab schließen.
oauth-page-failed = Die Anmeldung bei Outpost wurde nicht abgeschlossen. Sie können diesen Tab schließen und zu Outpost zurückkehren.
sign-in-expired = Die gespeicherte Anmeldung des Kontos „{ $account }“ funktioniert nicht mehr. Melden Sie sich erneut an: outpost accounts signin { $account }
sign-in-not-configured = Diese Outpost-Installation hat keine Anmelde-Registrierung für diesen Anbieter und kann sich dort daher nicht anmelden. Wie Sie eine in config.toml eintragen, steht in der README unter „Sign in with Google and Microsoft“.
problem-oauth-not-configured = Diese Outpost-Installation ist nicht für die Anmeldung bei diesem Anbieter registriert.
problem-oauth-not-configured-fix = Tragen Sie unter [oauth2.google] oder [oauth2.microsoft] in config.toml eine Registrierung ein (die README erklärt, wie), oder verwenden Sie ein App-Passwort, wo der Anbieter eines anbietet.
problem-sign-in-cancelled = Die Anmeldung wurde abgebrochen: Der Browser wurde geschlossen, der Zugriff wurde nicht erlaubt, oder sie wurde nicht rechtzeitig abgeschlossen.
problem-sign-in-cancelled-fix = Starten Sie die Anmeldung erneut und erlauben Sie Outpost, E-Mails für Sie zu senden.
problem-sign-in-expired = Die gespeicherte Anmeldung funktioniert nicht mehr: Der Anbieter hat sie abgelehnt (abgelaufen, Passwort geändert oder Zugriff entzogen).
problem-sign-in-expired-fix = Melden Sie sich erneut an. Ihre Nachrichten warten im Postausgang und werden danach gesendet.
problem-sign-in-blocked-by-admin = Ihre Organisation muss Outpost freigeben, bevor Sie sich damit anmelden können.
problem-sign-in-blocked-by-admin-fix = Bitten Sie Ihre IT-Administration, die App „Outpost“ für das Senden von E-Mails (SMTP) zuzulassen (Administratorzustimmung), und melden Sie sich dann erneut an.
problem-wrong-account-signed-in = Sie haben sich mit einem anderen Konto angemeldet als dem, zu dem diese Adresse gehört, daher hat der Server abgelehnt.
problem-wrong-account-signed-in-fix = Melden Sie sich erneut an und wählen Sie das Konto der Absenderadresse.
problem-starttls-tampered = Jemand im Netzwerk manipuliert möglicherweise die Verbindung zu { $host }: Kurz bevor die Verschlüsselung begann, kamen zusätzliche Daten an. Es wurde nichts gesendet.
problem-starttls-tampered-fix = Senden Sie jetzt nicht aus diesem Netzwerk. Versuchen Sie ein anderes Netzwerk (etwa den Hotspot Ihres Telefons) oder wählen Sie SSL/TLS auf Port 465, das vom ersten Byte an verschlüsselt ist.
problem-outcome-unknown = Der Server hat die Nachricht vielleicht erhalten, aber seine Antwort kam nie an.
problem-outcome-unknown-fix = Sehen Sie im Postfach des Empfängers oder in Ihrem Ordner „Gesendet“ nach, bevor Sie erneut senden: Erneutes Senden könnte sie doppelt zustellen.
problem-recipient-rejected-address = Der Server hat den Empfänger { $address } abgelehnt.
problem-address-needs-smtputf8 = Die Adresse { $address } enthält Buchstaben außerhalb des einfachen Alphabets, und { $host } kann solche Adressen nicht übertragen. Es wurde nichts gesendet.
problem-address-needs-smtputf8-fix = Fragen Sie nach einer Adresse mit einfachen Buchstaben, falls es eine gibt, oder senden Sie von einem Konto, dessen Server internationale Adressen (SMTPUTF8) unterstützt.
send-waiting-confirm = Warte auf die Bestätigung des Servers…
cli-help-oauth2 = Mit google oder microsoft im Browser anmelden statt mit einem Passwort
cli-help-no-browser = Keinen Browser öffnen: die Anmeldeadresse auf stderr ausgeben und warten
cli-help-device-code = Mit einem Code auf einem anderen Gerät anmelden (nur Microsoft)
cli-about-accounts-signin = Erneut bei einem Konto mit Google- oder Microsoft-Anmeldung anmelden
oauth-open-address = Öffnen Sie diese Adresse in einem Webbrowser, um sich anzumelden (Outpost wartet bis zu fünf Minuten):
oauth-device-instructions = Öffnen Sie auf einem beliebigen Gerät { $url } und geben Sie den Code { $code } ein. Outpost wartet, bis Sie angemeldet sind.
accounts-signed-in = Angemeldet: Das Konto „{ $name }“ kann jetzt senden.
accounts-not-oauth2 = Das Konto „{ $name }“ meldet sich mit einem Passwort an, nicht mit Google oder Microsoft.
accounts-show-signs-in-with = Meldet sich an mit { $provider }
accounts-show-token-stored = Anmeldung: im Schlüsselbund des Systems gespeichert
accounts-show-token-missing = Anmeldung: keine gespeichert (erneut anmelden)
gui-oauth-sign-in-with = Mit { $provider } anmelden
gui-oauth-waiting = Warten auf Ihre Anmeldung im Webbrowser …
gui-oauth-open-again = Browser erneut öffnen
gui-oauth-cancel = Abbrechen
gui-oauth-signed-in = Angemeldet als { $email }
gui-oauth-or-password = Oder mit einem Passwort anmelden
gui-oauth-unconfigured-google = Diese Outpost-Installation ist nicht bei Google registriert, daher ist „Mit Google anmelden“ nicht verfügbar. Schalten Sie stattdessen in Ihrem Google-Konto die Bestätigung in zwei Schritten ein, erstellen Sie ein App-Passwort und verwenden Sie es unten als Passwort.
gui-oauth-unconfigured-office365 = Diese Outpost-Installation ist nicht bei Microsoft registriert, daher ist „Mit Microsoft anmelden“ nicht verfügbar. Bitten Sie Ihre Administration, SMTP AUTH für Ihr Postfach einzuschalten, und verwenden Sie dann unten Ihr Passwort.
gui-oauth-unconfigured-outlook = Diese Outpost-Installation ist nicht bei Microsoft registriert, daher ist „Mit Microsoft anmelden“ nicht verfügbar. Outlook.com nimmt zum Senden keine Passwörter mehr an, es gibt hier also ehrlich gesagt keinen anderen Weg: Verwenden Sie eine registrierte Outpost-Installation (siehe README).
gui-oauth-sign-in-again = Erneut anmelden
gui-oauth-sign-in-first = Melden Sie sich zuerst an: Drücken Sie oben auf die Anmelde-Schaltfläche und schließen Sie die Anmeldung im Browser ab.
oauth-insecure-endpoint = Die Anmeldeadresse für { $provider } in config.toml ({ $url }) ist keine https://-Adresse, deshalb verwendet Outpost sie nicht: Eine Anmeldung wird nie unverschlüsselt übertragen. Verwenden Sie die https://-Adresse.
oauth-interaction-required = Der Anbieter möchte, dass Sie sich auf seiner eigenen Seite erneut anmelden (zum Beispiel, um einen zweiten Schritt zu bestätigen); die gespeicherte Anmeldung genügt allein nicht mehr.
oauth-consent-required = Der Anbieter braucht erneut Ihre Erlaubnis, dass Outpost für Sie E-Mails sendet (die Berechtigung fehlt oder wurde zurückgezogen).
oauth-registration-changed = Die gespeicherte Anmeldung stammt von einer anderen Outpost-Registrierung oder Anmeldeadresse als der jetzt eingerichteten, deshalb schickt Outpost sie nicht dorthin.
accounts-added-signed-in = Das Konto „{ $name }“ wurde gespeichert. Seine Anmeldung liegt im Schlüsselbund des Systems.
accounts-requeued = { $count ->
    [one] 1 Nachricht, die auf die Anmeldung wartete, ist wieder in der Warteschlange des Postausgangs; `outpost outbox flush` sendet sie jetzt.
   *[other] { $count } Nachrichten, die auf die Anmeldung warteten, sind wieder in der Warteschlange des Postausgangs; `outpost outbox flush` sendet sie jetzt.
}
gui-oauth-explain = Ihr Webbrowser öffnet die eigene Anmeldeseite von { $provider }. Outpost sieht Ihr Passwort nie.
gui-oauth-signed-in-next = Testen Sie als Nächstes die Verbindung.

## Formatting
cli-help-markdown = Der Text ist Markdown: als reiner Text und als formatiertes HTML senden (multipart/alternative)
gui-formatting = Formatierung (Markdown)

## Signatures and replies
cli-about-accounts-edit = Angezeigten Namen, Signatur, Antwortadresse oder Kopie an sich selbst eines Kontos ändern
cli-help-signature-file = Eine Textdatei mit der Signatur unter jeder neuen Nachricht (nach der Zeile „-- “)
cli-help-reply-to = Wohin Antworten gehen sollen, wenn nicht an die Absenderadresse
cli-help-bcc-self = Eine Kopie jeder Nachricht an die eigene Adresse des Kontos senden (Bcc)
cli-help-no-bcc-self = Keine Kopie mehr an die eigene Adresse des Kontos senden
accounts-edited = Die Änderungen am Konto „{ $name }“ wurden gespeichert.

## Signature and replies (GUI)
gui-identity-button = Signatur …
gui-identity-page = Signatur und Antworten
gui-identity-title = Signatur und Antworten für { $account }
gui-signature = Signatur
gui-signature-help = Steht unter jeder neuen Nachricht, nach einer Zeile „-- “, damit Mailprogramme sie vom Text unterscheiden. Sie sehen sie im Schreibfenster und können sie dort ändern.
gui-reply-to-placeholder = Antworten gehen an (optional): team@example.com
gui-bcc-self = Mir eine Kopie jeder Nachricht senden (Bcc an { $email })
gui-bcc-self-help = Outpost hat keinen Ordner „Gesendet“: Damit erhält Ihr Postfach eine Kopie von allem, was Sie senden.
gui-bcc-self-kept = { $provider } legt eine Kopie Ihrer gesendeten Nachrichten bereits im Ordner „Gesendet“ ab, das ist also meist nicht nötig.
gui-identity-save = Speichern
cli-help-compose-at = „Später senden“ mit diesem Zeitpunkt öffnen (RFC 3339 oder JJJJ-MM-TT HH:MM Ortszeit)
cli-help-identity = Eine weitere Absenderadresse, die über dieses Konto sendet: "Name <Adresse>" (mehrfach möglich)
cli-help-remove-identity = Diese weitere Absenderadresse entfernen
gui-other-addresses = Weitere Absenderadressen
gui-other-addresses-help = Adressen, unter denen Ihr Anbieter dieses Konto senden lässt (Aliasse), jede mit eigenem Namen und auf Wunsch eigener Signatur. Das Schreibfenster bietet sie unter „Von“ an.
gui-other-signature = Signatur für diese Adresse (leer: die des Kontos)
gui-add-other-address = Adresse hinzufügen

## Serienmails
merge-data-no-header = Die Datei hat keine Kopfzeile: Ihre erste Zeile muss die Spalten benennen (zum Beispiel Name und E-Mail).
merge-data-unreadable = Die Datei lässt sich nicht lesen: { $reason }
merge-data-damaged = sie ist beschädigt oder nicht die Art Datei, die ihr Name angibt
merge-data-unknown-sheet = Die Datei hat kein Tabellenblatt „{ $name }“. Ihre Tabellenblätter: { $sheets }.
merge-data-too-large = Die Datei ist zu groß ({ $size }); höchstens { $limit } können verwendet werden.
merge-data-too-large-unpacked = Die Tabelle ist entpackt zu groß ({ $size }); höchstens { $limit } können verwendet werden.
merge-data-too-many-rows = Die Datei hat mehr als { $limit } Zeilen. Teilen Sie sie in kleinere Listen auf.
merge-data-too-many-columns = Die Datei hat mehr als { $limit } Spalten.
merge-data-cell-too-long = Eine Zelle in Zeile { $row } ist länger als { $limit } Zeichen. Vielleicht wurde ein Anführungszeichen geöffnet und nie geschlossen.
merge-data-unsupported = Dateien dieser Art („{ $extension }“) können nicht gelesen werden. Speichern Sie die Liste als CSV, XLSX oder ODS.
merge-unknown-placeholder = Für den Platzhalter „{ $placeholder }“ gibt es keine Spalte.
merge-unknown-placeholder-closest = Für den Platzhalter „{ $placeholder }“ gibt es keine Spalte. Meinten Sie „{ $closest }“?
merge-no-address-column = Es wurde keine Spalte mit E-Mail-Adressen gefunden. Geben Sie dieser Spalte die Überschrift „E-Mail“, oder geben Sie an, welche Spalte die Adressen enthält.
merge-unknown-column = Es gibt keine Spalte „{ $name }“.
merge-unknown-column-closest = Es gibt keine Spalte „{ $name }“. Meinten Sie „{ $closest }“?
merge-skip-invalid-address = „{ $value }“ ist nicht genau eine gültige E-Mail-Adresse.
merge-skip-no-address = Die Adresse ist leer.
merge-skip-duplicate = { $address } erhält diese Nachricht bereits über Zeile { $row }.
merge-skip-empty-field = Kein Wert für { $columns } und kein Ersatztext im Platzhalter.
merge-skip-unsafe-field = Der Wert von { $columns } enthält einen Zeilenumbruch, den ein Betreff oder eine Adresse nicht enthalten kann.
merge-skip-attachment-missing = Der Anhang „{ $path }“ existiert nicht.
merge-skip-attachment-outside = Der Anhang „{ $path }“ liegt nicht im Ordner der Liste und wird daher nicht angehängt.
merge-skip-suppressed = { $address } steht auf der Sperrliste für Serienmails.
merge-estimate-none = Keine Nachrichten zu senden.
merge-estimate-today = { $count } heute
merge-estimate-tomorrow = { $count } morgen
merge-estimate-on = { $count } am { $date }
merge-estimate-more = { $count } weitere bis { $date }
merge-estimate = { $total ->
    [one] 1 Nachricht
   *[other] { $total } Nachrichten
}: { $days }.
merge-estimate-within-provider = { $total ->
    [one] 1 Nachricht
   *[other] { $total } Nachrichten
}: { $days }, innerhalb der { $limit } pro Tag von { $provider }.
merge-estimate-within-limit = { $total ->
    [one] 1 Nachricht
   *[other] { $total } Nachrichten
}: { $days }, innerhalb Ihres Limits von { $limit } pro Tag.
merge-rate-given = Tempo: { $count ->
    [one] 1 Nachricht
   *[other] { $count } Nachrichten
} pro Minute, wie angegeben.
merge-rate-provider = Tempo: { $count ->
    [one] 1 Nachricht
   *[other] { $count } Nachrichten
} pro Minute, innerhalb des Limits von { $provider }.
merge-rate-default = Tempo: { $count ->
    [one] 1 Nachricht
   *[other] { $count } Nachrichten
} pro Minute (Standard).

merge-paused-reason = Angehalten: Der Serienversand ist pausiert.
merge-unknown-id = Es gibt keinen Serienversand „{ $id }“.
merge-nothing-ready = Keine Zeile der Liste ist bereit zum Senden.
merge-unsubscribe-footer = Wenn Sie diese Nachrichten nicht mehr erhalten möchten, schreiben Sie an { $address }.
merge-summary = Zeilen: { $rows }. Bereit: { $ready }. Übersprungen: { $skipped }.
merge-skipped-line = Zeile { $row } übersprungen: { $detail }
merge-message-line = Zeile { $row }: { $to } – „{ $subject }“ ({ $time })
merge-dry-run-done = Nichts wurde in den Postausgang gelegt (Probelauf).
merge-queued = Serienversand { $id } liegt im Postausgang. { $estimate }
merge-test-sent = Die Testnachricht ging an { $address }.
merge-test-queued = Die Testnachricht wartet im Postausgang: siehe „outpost outbox list“.
merge-waiting = Die Nachrichten werden gesendet, sobald sie an der Reihe sind. Strg+C beendet nur das Warten: „outpost outbox flush“ oder das Fenster machen weiter.
merge-progress = Gesendet: { $sent } von { $total }. Nächste: { $time }.
merge-status-line = { $id } ({ $account }): gesendet { $sent }, wartend { $waiting }, geplant { $scheduled }, fehlgeschlagen { $failed }, angehalten { $held }, unbestätigt { $unconfirmed }, übersprungen { $skipped }
merge-status-paused = Pausiert: „outpost merge resume { $id }“ sendet den Rest.
merge-status-next = Nächste Nachricht: { $time }. Letzte: { $finish }.
merge-list-empty = Keine Serienversände.
merge-paused = Pausiert. Angehaltene Nachrichten: { $count }.
merge-resumed = Fortgesetzt. Wieder eingereihte Nachrichten: { $count }.
merge-cancelled = Abgebrochen. Entfernte Nachrichten: { $count }.
merge-busy = Nachrichten, die gerade gesendet wurden und unverändert bleiben: { $count }.
merge-report-written = Bericht gespeichert unter { $path }.
merge-suppressed = Zur Sperrliste hinzugefügt: { $count }.
cli-about-merge = Jeder Zeile einer Tabelle eine eigene Nachricht senden (Serienversand)
cli-help-merge-data = Die Liste: CSV, XLSX oder ODS, mit Kopfzeile
cli-help-merge-sheet = Das zu lesende Tabellenblatt (Standard: das erste)
cli-help-merge-to = Das An-Feld mit Platzhaltern, etwa "{"{{"}Name{"}}"} <{"{{"}Email{"}}"}>" (Standard: die Adressspalte)
cli-help-merge-subject = Der Betreff, mit {"{{"}Spalte{"}}"}-Platzhaltern
cli-help-merge-body = Der Text, mit {"{{"}Spalte{"}}"}- und {"{{"}Spalte|Ersatz{"}}"}-Platzhaltern
cli-help-merge-body-file = Den Text aus dieser Datei lesen
cli-help-merge-attach-column = Die Spalte mit den eigenen Anhängen jeder Zeile (relativ zum Ordner der Liste)
cli-help-merge-per-minute = Nachrichten pro Minute (Standard: die vom Anbieter veröffentlichte Rate, sonst 20)
cli-help-merge-start = Die erste Nachricht zu dieser Zeit senden (RFC 3339 oder JJJJ-MM-TT HH:MM Ortszeit)
cli-help-merge-unsubscribe = Eine List-Unsubscribe-Kopfzeile und eine Fußzeile mit dieser Adresse hinzufügen
cli-help-merge-allow-empty = Auch Zeilen mit leeren Platzhaltern senden
cli-help-merge-dry-run = Prüfen und zeigen, was gesendet würde; nichts einreihen
cli-help-merge-test-to = Nur die erste Nachricht senden, an diese Adresse, jetzt
cli-help-merge-no-wait = Zurückkehren, sobald die Nachrichten im Postausgang liegen
cli-help-merge-id = Die Kennung des Serienversands (siehe „outpost merge list“)
cli-help-merge-output = Wohin der Bericht geschrieben wird (CSV)
cli-help-merge-addresses = Adressen, die keine weiteren Nachrichten möchten
cli-about-merge-list = Die Serienversände zeigen
cli-about-merge-status = Zeigen, wie weit ein Serienversand ist
cli-about-merge-pause = Noch nicht gesendete Nachrichten eines Serienversands anhalten
cli-about-merge-resume = Die Nachrichten eines pausierten Serienversands wieder einreihen
cli-about-merge-cancel = Noch nicht gesendete Nachrichten eines Serienversands entfernen
cli-about-merge-report = Den Bericht eines Serienversands Zeile für Zeile als CSV schreiben
cli-about-merge-suppress = Adressen auf die Sperrliste setzen

# Send to a list, in the window
gui-send-to-list = An eine Liste senden…
gui-merge-title = An eine Liste senden
gui-merge-file-intro = Jede Person auf der Liste bekommt eine eigene Nachricht, mit ihrem Namen und ihren Angaben. Wählen Sie eine Tabelle, deren erste Zeile die Spalten benennt: CSV, XLSX oder ODS.
gui-merge-choose-file = Datei wählen…
gui-merge-choose-title = Liste wählen
gui-merge-file-filter = Tabellen
gui-merge-drop-hint = Oder ziehen Sie die Datei auf dieses Fenster.
gui-merge-loading = { $file } wird gelesen…
gui-merge-rows-columns = { $rows ->
    [one] 1 Zeile
   *[other] { $rows } Zeilen
}, { $columns ->
    [one] 1 Spalte
   *[other] { $columns } Spalten
}
gui-merge-sheet = Tabellenblatt
gui-merge-address-in = Adressen
gui-merge-found-by-header = Outpost hat die Adressen in der Spalte „{ $column }“ an ihrem Namen erkannt.
gui-merge-found-by-content = Outpost hat die Adressen in der Spalte „{ $column }“ an ihrem Inhalt erkannt.
gui-merge-address-picked = Die Adressen kommen aus der Spalte „{ $column }“.
gui-merge-no-address = Keine Spalte enthält E-Mail-Adressen. Wählen Sie oben die Spalte mit den Adressen, oder nennen Sie sie in der Liste „E-Mail“.
gui-merge-column = Spalte
gui-merge-example = Beispiel
gui-merge-column-empty = (leer)
gui-merge-addresses = Adressen
gui-merge-more-columns = { $count ->
    [one] Und 1 weitere Spalte.
   *[other] Und { $count } weitere Spalten.
}
gui-merge-earlier = Serienbriefe
gui-merge-earlier-line = { $date }, { $account }: { $sent } von { $total } gesendet
gui-merge-show-progress = Fortschritt zeigen
gui-merge-state-sending = Wird gesendet
gui-merge-state-paused = Angehalten
gui-merge-state-cancelled = Abgebrochen
gui-merge-state-done = Alle gesendet
gui-merge-state-problems = Wegen Problemen gestoppt
gui-merge-no-account = Legen Sie zuerst ein Konto an: Die Nachrichten werden von ihm gesendet.
gui-merge-write-title = Nachricht schreiben
gui-merge-write-intro = Felder wie {"{{"}Name{"}}"} werden aus jeder Zeile gefüllt. {"{{"}Name|Freundin{"}}"} schreibt „Freundin“, wo eine Zeile keinen Namen hat.
gui-merge-insert-field = Feld einfügen
gui-merge-text = Nachricht
gui-merge-body-placeholder = Liebe(r) {"{{"}Name{"}}"}, …
gui-merge-allow-empty = Auch an Zeilen senden, in denen ein Feld leer ist
gui-merge-unsubscribe = Eine Zeile zum Abbestellen anfügen (per Nachricht an { $address })
gui-merge-subject-missing = Schreiben Sie einen Betreff.
gui-merge-body-missing = Schreiben Sie die Nachricht.
gui-merge-preview-button = Vorschau
gui-merge-preparing = Jede Zeile wird geprüft…
gui-merge-preview-title = Vorschau
gui-merge-row-of = Zeile { $row } ({ $index } von { $count })
gui-merge-previous = Vorherige
gui-merge-next = Nächste
gui-merge-next-problem = Nächste übersprungene Zeile
gui-merge-skipped-row = Zeile { $row } bekommt keine Nachricht.
gui-merge-empty-warning = Wird ohne Inhalt in { $columns } gesendet.
gui-merge-send-test = Test an mich senden
gui-merge-test-sending = Die erste Nachricht geht als Test an Sie…
gui-merge-test-sent = Die erste Nachricht ging als Test an { $address }. Sehen Sie sie sich dort an.
gui-merge-test-failed = Der Test wurde nicht gesendet. { $reason }
gui-merge-test-waiting = Er wartet im Postausgang, der es von selbst erneut versucht.
gui-merge-send-title = Bereit zum Senden
gui-merge-send-summary = { $count ->
    [one] 1 Nachricht, von { $from }
   *[other] { $count } Nachrichten, jede an eine Person, von { $from }
}
gui-merge-send-skipped = { $count ->
    [one] 1 Zeile bekommt keine Nachricht (siehe Vorschau).
   *[other] { $count } Zeilen bekommen keine Nachricht (siehe Vorschau).
}
gui-merge-pacing = Wann sie hinausgehen
gui-merge-per-minute = Nachrichten pro Minute
gui-merge-per-minute-error = Geben Sie eine Zahl von 1 bis 600 an.
gui-merge-first-last = Die erste geht um { $first }, die letzte um { $last }.
gui-merge-pacing-note = Mit Abstand gesendet, bleiben die Nachrichten in den Grenzen des Anbieters und werden nicht für Spam gehalten.
gui-merge-send-count = { $count ->
    [one] 1 Nachricht senden
   *[other] { $count } Nachrichten senden
}
gui-merge-queuing = Die Nachrichten kommen in den Postausgang…
gui-merge-progress-title = Serienbrief
gui-merge-reading = Der Serienbrief wird gelesen…
gui-merge-progress-sub = Von { $account }, begonnen { $date }, { $rows ->
    [one] 1 Zeile
   *[other] { $rows } Zeilen
}
gui-merge-next-send = { $state }. Nächste Nachricht um { $next }, die letzte um { $finish }.
gui-merge-sent-of = { $sent } von { $total } gesendet
gui-merge-count-sent = Gesendet
gui-merge-count-waiting = Wartend
gui-merge-count-scheduled = Geplant
gui-merge-count-failed = Fehlgeschlagen
gui-merge-count-held = Angehalten
gui-merge-count-unconfirmed = Unbestätigt
gui-merge-count-skipped = Übersprungen
gui-merge-count-cancelled = Abgebrochen
gui-merge-problems = Zeilen mit einem Problem
gui-merge-row = Zeile { $row }
gui-merge-row-address = Zeile { $row }: { $address }
gui-merge-more-problems = { $count ->
    [one] Und 1 weitere: Der Bericht nennt jede Zeile.
   *[other] Und { $count } weitere: Der Bericht nennt jede Zeile.
}
gui-merge-pause = Anhalten
gui-merge-resume = Fortsetzen
gui-merge-cancel = Den Rest abbrechen
gui-merge-cancel-question = { $count ->
    [one] Die noch nicht gesendete Nachricht entfernen? Bereits gesendete bleiben gesendet.
   *[other] Die { $count } noch nicht gesendeten Nachrichten entfernen? Bereits gesendete bleiben gesendet.
}
gui-merge-keep-sending = Behalten
gui-merge-cancel-confirm = Entfernen
gui-merge-working = Einen Moment…
gui-merge-export = Bericht exportieren…
gui-merge-report-title = Bericht speichern
gui-merge-progress-note = Die Nachrichten warten im Postausgang und gehen zu ihrer Zeit hinaus, solange Outpost läuft. Wenn Sie es schließen, geht es beim nächsten Start weiter (oder mit „outpost outbox flush“); diese Seite finden Sie unter „An eine Liste senden“.
gui-merge-no-outbox = Der Postausgang lässt sich nicht öffnen, daher kann nichts an diese Liste gesendet werden. Der Hinweis oben nennt den Grund.
gui-merge-attachments = Anhänge
gui-merge-attach-hint = Jede Nachricht bekommt diese Dateien. Sie können Dateien auch auf dieses Fenster ziehen.
gui-merge-attach-none = Keine
gui-merge-attach-column = Spalte mit Anhang
gui-merge-attach-column-hint = Eine Spalte kann für jede Zeile eine Datei nennen, relativ zum Ordner der Liste. Eine Zeile, deren Datei fehlt, bekommt keine Nachricht.
gui-merge-insert-subject = In den Betreff
gui-merge-insert-text = In den Text
gui-merge-attached = Angehängt
gui-merge-start = Versand beginnen
gui-merge-start-now = Jetzt
gui-merge-start-at = Zu einer Zeit…
gui-merge-start-label = Datum und Uhrzeit (Ihre Ortszeit)
cli-help-merge-window = Stattdessen das Fenster mit dieser Liste öffnen, um die Nachrichten dort zu schreiben, anzusehen und zu senden
## Aufbewahrte gesendete Nachrichten (outbox show, outbox sent --search, Reiter „Gesendet“)
cli-about-outbox-show = Eine wartende oder gesendete Nachricht zeigen: Kopfzeilen, Text und Anhänge
cli-help-show-raw = Die Nachricht Byte für Byte ausgeben, so wie der Server sie bekommen hat
cli-help-sent-search = Nur Nachrichten, deren Betreff, Empfänger oder Text dies enthält
outbox-sent-not-kept = nicht aufbewahrt
outbox-sent-none-found = Keine gesendete Nachricht enthält „{ $search }“.
outbox-not-kept = Die Nachricht { $id } wurde nicht aufbewahrt: Nur ihr Eintrag im Sendeprotokoll ist noch da.
outbox-show-sent = Gesendet { $time }
outbox-show-queued = Noch im Postausgang
outbox-show-from = Von: { $value }
outbox-show-to = An: { $value }
outbox-show-cc = Kopie: { $value }
outbox-show-bcc = Blindkopie: { $value }
outbox-show-subject = Betreff: { $value }
outbox-show-date = Datum: { $value }
outbox-show-attachment = Anhang: { $name } ({ $size })
outbox-show-not-kept = Die Nachricht selbst wurde nicht aufbewahrt: Nur ihr Eintrag ist noch da.
forward-separator = ---------- Weitergeleitete Nachricht ----------
forward-from = Von: { $from }
forward-date = Datum: { $date }
forward-subject = Betreff: { $subject }
forward-to = An: { $to }
gui-sent-open = Öffnen
gui-sent-back = Zurück zu den gesendeten Nachrichten
gui-sent-send-again = Erneut senden
gui-sent-forward = Weiterleiten
gui-sent-save-attachment = Anhang speichern…
gui-sent-loading = Die Nachricht wird geöffnet…
gui-sent-gone = Diese Nachricht ist nicht mehr unter den gesendeten.
gui-sent-saved = Gespeichert: { $path }
gui-sent-save-failed = Der Anhang konnte nicht gespeichert werden: { $reason }
copy-saved-in = Kopie in „{ $folder }“ abgelegt
copy-pending = Kopie in „Gesendet“ noch nicht abgelegt: wird erneut versucht
copy-pending-because = Die Kopie in „Gesendet“ ist noch nicht abgelegt und wird erneut versucht: { $message }
copy-failed = Die Kopie in „Gesendet“ konnte nicht abgelegt werden
copy-failed-because = Die Kopie in „Gesendet“ konnte nicht abgelegt werden: { $message }
cli-help-imap-host = Der IMAP-Server des Postfachs, für Kopien in „Gesendet“ (leer: keiner)
cli-help-imap-port = Der Port des IMAP-Servers (993 für SSL/TLS, 143 für STARTTLS)
cli-help-imap-security = Die Verschlüsselung des IMAP-Servers: tls oder starttls
cli-help-imap-user = Der IMAP-Benutzername, wenn er sich vom Versand-Benutzernamen unterscheidet
cli-help-save-sent = Kopien gesendeter Nachrichten im Ordner „Gesendet“ des Postfachs: auto, imap oder off
cli-help-imap-password-stdin = Ein eigenes IMAP-Passwort von der Standardeingabe lesen
field-imap-host = IMAP-Server
field-imap-user = IMAP-Benutzername
gui-copy-try-again = Kopie erneut ablegen
gui-test-copies = Kopien in „Gesendet“ ablegen
gui-test-copies-found = ✓ Kopien in „Gesendet“ ablegen: im Ordner „{ $folder }“
gui-test-copies-failed = Kopien gesendeter Nachrichten können noch nicht in „Gesendet“ abgelegt werden (der Versand geht auch ohne): { $message }
gui-copy-problem-badge = Kopien in „Gesendet“ nicht abgelegt
problem-keychain-unavailable = Outpost konnte das Passwort nicht aus dem Schlüsselbund Ihres Systems lesen und hat sich daher nicht angemeldet.
problem-keychain-unavailable-fix = Sorgen Sie dafür, dass Ihr Schlüsselbund läuft und entsperrt ist (zum Beispiel durch erneutes Anmelden); Outpost versucht es von selbst erneut.
problem-imap-connection-refused-fix = Prüfen Sie IMAP-Server und Port des Postfachs (meist 993 mit SSL/TLS oder 143 mit STARTTLS). Ist der Server nur gerade nicht erreichbar, versucht Outpost es von selbst erneut.
problem-imap-connect-timeout-fix = Eine Firewall oder Ihr Netz blockiert vielleicht diesen Port, oder Sie sind offline. Der IMAP-Server nutzt meist Port 993 mit SSL/TLS; Outpost versucht es von selbst erneut.
problem-imap-expects-implicit-tls-fix = Stellen Sie die Verschlüsselung des IMAP-Servers auf SSL/TLS (meist Port 993).
problem-imap-expects-starttls-fix = Stellen Sie die Verschlüsselung des IMAP-Servers auf STARTTLS (meist Port 143) oder nutzen Sie Port 993 mit SSL/TLS.
gui-copies-title = Kopien gesendeter Nachrichten
gui-copies-choice = Eine Kopie im Ordner „Gesendet“ des Postfachs ablegen
gui-copies-auto = Automatisch
gui-copies-always = Immer
gui-copies-never = Nie
gui-copies-off = Gesendete Nachrichten bleiben nur im Reiter „Gesendet“ von Outpost.
gui-copies-provider-files = { $provider } legt gesendete Nachrichten selbst im Ordner „Gesendet“ ab.
gui-copies-unknown = Für dieses Postfach ist kein IMAP-Server bekannt, daher bleiben gesendete Nachrichten nur in Outpost. Geben Sie den IMAP-Server des Postfachs ein, um Kopien auch in seinem Ordner „Gesendet“ abzulegen.
gui-copies-to = Kopien kommen in den Ordner „Gesendet“ auf { $host }.
gui-imap-host-placeholder = imap.example.com
gui-imap-port = IMAP-Port
