# Outpost — English (the fallback language). Every sentence a person can read is here.

## Form fields

field-from = From
field-to = To
field-cc = Cc
field-bcc = Bcc
field-reply-to = Reply-To
field-subject = Subject
field-email = Email address
field-display-name = Your name
field-host = Server
field-username = User name
field-account-name = Account name

## Input errors

input-invalid-address = “{ $value }” in { $field } is not a valid email address. It should look like name@example.com.
input-empty = { $field } is empty. Please fill it in.
input-line-break = { $field } contains a line break. Please keep it on one line.
input-port-out-of-range = “{ $value }” is not a port number. Use a number from 1 to 65535, for example 587 or 465.
input-invalid-host = “{ $value }” is not a valid server name. It should look like smtp.example.com.
input-missing-username = A user name is needed to sign in. Usually it is your full email address.
input-password-without-encryption = Outpost will not send your password over an unencrypted connection. Choose SSL/TLS or STARTTLS, or explicitly accept the risk for this account.
input-invalid-account-name = “{ $value }” cannot be used as an account name. Use up to 64 characters, without line breaks or spaces at either end.
input-unknown-account = There is no account called “{ $name }”. See the list with: outpost accounts list
input-account-exists = An account called “{ $name }” already exists. Choose another name.
input-no-recipients = Add at least one recipient in To, Cc or Bcc.
input-attachment-missing = The attachment “{ $path }” does not exist. It may have been moved or deleted.
input-attachment-unreadable = The attachment “{ $path }” cannot be read. Check that it is a file and that you may open it.
input-attachment-too-large = The attachments add up to { $size }, more than the { $limit } Outpost can send in one message. Share large files through a link instead.
input-unknown-security = “{ $value }” is not an encryption setting. Use tls (SSL/TLS), starttls or none.
input-missing-password = A password is needed. Give it on the first line of standard input with --password-stdin.
input-ca-file-unusable = The certificate file “{ $path }” cannot be used. It must be a readable PEM file.
input-body-file-unreadable = The message text file “{ $path }” cannot be read.

## Configuration

config-broken = Your settings file could not be read, so Outpost started with empty settings. The old file was kept as { $backup }.
config-invalid-value = A setting in your settings file was not valid and its default was used instead ({ $section }, { $key }).
config-duplicate-account = Two accounts were called “{ $name }”; the second one is now called “{ $renamed }”.
config-io-error = Outpost could not read or write { $path }: { $reason }
config-unparseable = The settings file { $path } cannot be read right now (it may be being written). Outpost keeps the settings it has and reads the file again when it changes.
config-no-home = Outpost could not find your home folder to keep its settings in.

io-not-found = the file or folder does not exist.
io-permission-denied = you do not have permission.
io-disk-full = the disk is full.
io-read-only = the disk is read-only.
io-other = the system reported an error.

## Keychain

keychain-unavailable = Outpost could not reach your system’s keychain, where it keeps passwords safely. On Linux, make sure a keyring service (such as GNOME Keyring or KWallet) is installed and running, then try again. Your password was not saved anywhere.
keychain-locked = Your keychain is locked or refused access. Unlock it (for example by logging in again), then try again. Your password was not saved anywhere.
keychain-failed = The system keychain reported an error, so the password could not be used. Try again; if it keeps happening, restart your keyring service.

## Security and sign-in labels

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = no encryption

## Detection

detect-source-preset = built-in settings
detect-source-isp = your provider’s published settings
detect-source-ispdb = the Thunderbird settings database
detect-source-mx = your domain’s mail servers
detect-source-guess = a guess from the usual server names
detect-unknown-provider = Unknown provider
detect-heading = { $provider } (found from { $source })
detect-server-line = {"  "}{ $host }, port { $port }, { $security }, user name: { $user }
detect-username-from-provider = the one your provider gave you
detect-note = {"  "}Note: { $note }
detect-note-with-link = {"  "}Note: { $note } More: { $url }
detect-note-isp = These settings are published by the provider of { $domain }.
detect-note-ispdb = These settings come from the database of the Thunderbird mail program.
detect-note-mx = Mail for { $domain } is handled by { $provider }, so its settings apply.
detect-note-probed = These servers answered when Outpost tried the usual names and ports. Test the connection before you rely on them.
detect-guess-note = These settings are a guess from the usual server names and have not been checked. Test the connection before you rely on them.
detect-note-offline = You seem to be offline: Outpost could not look anything up for this domain, so these are only the usual server names. Check your connection, then go back and continue again.
detect-imap-line = {"  "}Copies of sent mail (IMAP): { $host }, port { $port }, { $security }, user name: { $user }
detect-imap-same-user = the same as for sending

## Problems: what happened, and what to do

problem-dns-not-found = The server name “{ $host }” does not exist.
problem-dns-not-found-fix = Check the server name for typos. Your provider’s help pages list the correct outgoing (SMTP) server.
problem-network-unavailable = You seem to be offline: the name { $host } could not be looked up because no name server answered.
problem-network-unavailable-fix = Check that this computer is connected to the internet (Wi-Fi, cable, VPN), then try again. Messages in the outbox wait and go out on their own once you are back online.
problem-connection-refused = Nothing answers on port { $port } of { $host }.
problem-connection-refused-fix = Check the port number. Most providers use 587 with STARTTLS or 465 with SSL/TLS.
problem-connect-timeout = There was no answer at all from { $host } on port { $port }.
problem-connect-timeout-fix = A firewall or your internet provider may block this port. Try port 587 or 465, or another network.
problem-greeting-timeout = The connection to { $host } opened, but the server never said hello.
problem-greeting-timeout-fix = If port { $port } expects SSL/TLS from the start, switch encryption to SSL/TLS. Otherwise try again later.
problem-greeting-rejected = The server { $host } refused the connection as soon as it opened.
problem-greeting-rejected-fix = Your network or address may be blocked by this server. Try another network, or ask your provider.
problem-server-busy = The server is busy or temporarily unavailable.
problem-server-busy-fix = Wait a few minutes and try again. Nothing needs to change in your settings.
problem-expects-implicit-tls = Port { $port } expects SSL/TLS from the start, but the connection tried to start unencrypted.
problem-expects-implicit-tls-fix = Switch encryption to SSL/TLS (or use port 587 with STARTTLS).
problem-expects-starttls = Port { $port } starts unencrypted and upgrades with STARTTLS, but SSL/TLS was chosen.
problem-expects-starttls-fix = Switch encryption to STARTTLS (or use port 465 with SSL/TLS).
problem-starttls-unavailable = The server does not offer STARTTLS on port { $port }, so the connection cannot be encrypted this way.
problem-starttls-unavailable-fix = Try port 465 with SSL/TLS. If your provider offers no encryption at all, consider another provider.
problem-tls-handshake-failed = An encrypted connection to { $host } could not be set up.
problem-tls-handshake-failed-fix = Check the port and encryption setting. If they are right, the server may use outdated encryption; ask your provider.
problem-certificate-untrusted = The server’s security certificate is not from a trusted authority (it may be self-signed or from a private authority).
problem-certificate-untrusted-fix = If this is your organisation’s own server, ask its administrator for the certificate authority file. Otherwise do not continue: the connection may be intercepted.
problem-certificate-expired = The server’s security certificate has expired or is not valid yet.
problem-certificate-expired-fix = Check your computer’s date and time. If they are right, tell your provider their certificate has expired.
problem-certificate-name-mismatch = The server’s security certificate is for a different name than “{ $host }”.
problem-certificate-name-mismatch-fix = Use the server name your provider gives (it must match the certificate), for example smtp.provider.com instead of mail.yourdomain.com.
problem-auth-unavailable = The server does not offer a sign-in on this connection.
problem-auth-unavailable-fix = If the server accepts mail without a sign-in, choose “This server does not need a sign-in”. Otherwise use the port meant for sending (587 or 465).
problem-auth-mechanism-unsupported = The server and Outpost have no sign-in method in common.
problem-auth-mechanism-unsupported-fix = Try the other encryption setting or port; some servers offer password sign-in only on an encrypted connection.
problem-auth-failed = The server did not accept the user name or password.
problem-auth-failed-fix = Check the user name (often your full email address) and type the password again. Some providers need an app password instead of your normal one.
problem-app-password-required = Your provider needs an app password here, not your normal password (2-step verification is on).
problem-app-password-required-fix = Create an app password in your account’s security settings and use it as the password in Outpost.
problem-web-login-required = Your provider wants you to sign in through its website first.
problem-web-login-required-fix = Sign in to your mail in a web browser, confirm any security prompt, then try again.
problem-auth-disabled-by-provider = Your provider or organisation has turned off password sign-in for sending mail.
problem-auth-disabled-by-provider-fix = Ask your administrator to allow SMTP sign-in for your mailbox, or use an account that supports OAuth2 sign-in.
problem-auth-required = The server wants you to sign in before it accepts mail.
problem-auth-required-fix = Turn on sign-in and enter your user name and password.
problem-encryption-required = The server wants an encrypted connection first.
problem-encryption-required-fix = Switch encryption to STARTTLS or SSL/TLS.
problem-sender-rejected = The server does not allow sending from this From address.
problem-sender-rejected-fix = Send from the address of the account you signed in with, or verify this address with your provider first.
problem-recipient-rejected = The server refused a recipient.
problem-recipient-rejected-fix = Check the recipient’s address for typos. If the server says “relay denied”, sign in first.
problem-message-too-large = The message is larger than the server accepts.
problem-message-too-large-limit = The message is { $size }, and this server accepts at most { $limit }. It was not sent.
problem-message-too-large-fix = Remove or shrink attachments, or share large files through a link.
problem-rate-limited = You have reached a sending limit of this server or provider.
problem-rate-limited-fix = Wait before sending more (limits usually reset within a day), or send to fewer recipients at once.
problem-connection-lost = The connection to { $host } dropped in the middle.
problem-connection-lost-fix = Check your internet connection and try again.
problem-unexpected-reply = The server answered something Outpost did not expect.
problem-unexpected-reply-fix = Try again later. If it keeps happening, show your provider the server’s words.

## Connection check steps

step-name-resolve = Find the server
step-name-connect = Connect
step-name-greeting = Server says hello
step-name-ehlo = Ask what the server offers
step-name-starttls = Start encryption (STARTTLS)
step-name-tls = Check encryption and certificate
step-name-auth = Sign in
step-name-mail-from = Sender accepted
step-name-rcpt-to = Recipients accepted
step-name-quit = Say goodbye
step-name-imap-connect = Reach the mailbox (IMAP)
step-name-imap-tls = Encrypt the mailbox connection
step-name-imap-auth = Sign in to the mailbox
step-name-imap-folder = Find the Sent folder
step-not-reached = Not reached.
step-resolved = Found at { $addresses }.
step-connected = Connected to { $address }.
step-ehlo = The server offers { $count ->
    [one] one extension
   *[other] { $count } extensions
}.
step-starttls = The server agreed to encrypt the connection.
step-starttls-not-needed = Not needed: the connection is encrypted from the start.
step-no-encryption = Not used: this connection is not encrypted.
step-tls = Encrypted with { $version }. Certificate for { $subject }, issued by { $issuer }, is trusted.
step-auth = Signed in as { $user } ({ $mechanism }).
step-no-sign-in = Not needed: this account does not sign in.
step-mail-from = The server accepts { $address } as the sender.
step-rcpt-to = The server accepts { $count ->
    [one] the recipient
   *[other] all { $count } recipients
}.
step-no-envelope = Not checked: no sender and recipient were given.
step-quit = Closed the connection politely.
step-quit-closed = The server closed the connection.

## Command line

cli-about = Set up an outgoing email account, send mail, and find out what is wrong when it does not work.
cli-about-detect = Find the settings for an email address
cli-about-compose = Open a window to write a message, filled in from these options
cli-about-outbox = See and send what waits in the outbox
cli-about-outbox-list = List the messages waiting in the outbox
cli-about-outbox-flush = Try to send every waiting message now
cli-about-outbox-retry = Try one held or waiting message again now
cli-about-outbox-remove = Delete a message from the outbox
cli-about-outbox-sent = List the messages sent
cli-help-message-id = The outbox id of the message (see outpost outbox list)
cli-help-allow-over-limit = Send even if this goes over the account’s daily sending limit
cli-about-check = Test the connection to a server step by step, and explain what is wrong
cli-about-probe = Find which ports and encryption work on a server
cli-help-check-from = Also check that the server accepts this sender (nothing is sent)
cli-help-check-to = Also check that the server accepts this recipient (nothing is sent)
cli-help-ports = Ports to try, separated by commas (default 465,587,25,2525)
check-ok = Everything works: Outpost can send mail through { $host }.
check-failed = Problem: { $message }
check-suggestion = Try instead: port { $port } with { $security }.
check-step-ok = ✓ { $name } ({ $ms } ms): { $detail }
check-step-failed = ✗ { $name } ({ $ms } ms): { $detail }
check-step-skipped = – { $name }: { $detail }
probe-line-ok = ✓ port { $port } with { $security } works ({ $ms } ms)
probe-line-failed = ✗ port { $port } with { $security }: { $problem }
probe-best = Best choice: port { $port } with { $security }.
probe-none = None of the tried ports and encryption settings work on { $host }.
cli-about-send = Send a message
cli-about-accounts = Manage saved accounts
cli-about-accounts-list = List saved accounts
cli-about-accounts-show = Show one account
cli-about-accounts-add = Save a new account (its password goes to the system keychain)
cli-about-accounts-remove = Remove an account and its password
cli-help-json = Print one JSON document on standard output, nothing else
cli-help-email = Email address
cli-help-offline = Use only the built-in settings, no network
cli-help-host = Outgoing mail (SMTP) server name
cli-help-port = Port (1–65535); by default the usual one for the encryption
cli-help-security = Encryption: tls (SSL/TLS), starttls or none
cli-help-user = User name for sign-in (by default the sender’s address)
cli-help-password-stdin = Read the password from the first line of standard input
cli-help-ca-file = Also trust this certificate authority (PEM), for private servers
cli-help-timeout = Seconds to wait for the server before giving up
cli-help-final-reply-timeout = Seconds to wait for the server to confirm a message once all of it was sent (default 600)
cli-help-allow-password-without-encryption = Accept sending the password over an unencrypted connection (unsafe)
cli-help-account = Use this saved account
cli-help-from = Sender address
cli-help-to = Recipient (repeat or separate with commas)
cli-help-cc = Copy recipient
cli-help-bcc = Hidden copy recipient (never shown in the message)
cli-help-subject = Subject line
cli-help-body = Message text
cli-help-body-file = Read the message text from this file
cli-help-attach = Attach this file (repeat for more)
cli-help-no-queue = Do not keep the message in the outbox when sending fails
cli-help-account-name = Account name
cli-help-display-name = Your name as recipients will see it
cli-help-provider = Provider preset the settings came from (see outpost detect)
cli-help-default = Make this the default account
cli-help-daily-limit = How many messages this account may send per day (default: the provider’s limit)
cli-warning = Warning: { $message }
cli-error = Error: { $message }
cli-fix = What to do: { $fix }
cli-server-said = The server said: { $reply }
cli-runtime-failed = Outpost could not start its network engine: { $reason }
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help-help = Show this help
cli-help-version = Show the version
cli-about-help = Show the help of a command
cli-usage-unknown-argument = “{ $arg }” is not an option of this command.
cli-usage-unknown-command = “{ $arg }” is not a command.
cli-usage-invalid-value = “{ $value }” is not a valid value for { $arg }.
cli-usage-missing = This is missing: { $arg }
cli-usage-conflict = { $arg } cannot be used together with { $other }.
cli-usage-value-missing = { $arg } needs a value.
cli-usage-invalid = The command line could not be understood.
cli-usage-see-help = See what is possible with: { $command } --help

send-done = Sent. Message-ID: { $message_id }
send-failed = Not sent: { $message }
send-not-queued = The message was not kept: send it again when the problem is fixed.
send-no-secret = No password is stored for the account “{ $account }”. Add the account again, or give the password with --password-stdin.

accounts-none = No accounts yet. Add one with: outpost accounts add
accounts-line = { $name }: { $email } via { $host }:{ $port }
accounts-line-default = { $line } (default)
accounts-show-name = Account: { $name }
accounts-show-from = Sends as: { $display_name } <{ $email }>
accounts-show-from-address = Sends as: { $email }
accounts-show-server = Server: { $host }, port { $port }, { $security }
accounts-show-user = Signs in as: { $user }
accounts-show-no-sign-in = Signs in: no (the server accepts mail without sign-in)
accounts-show-secret-stored = Password: stored in the system keychain
accounts-show-secret-missing = Password: not stored — add it again with: outpost accounts add
accounts-show-secret-unknown = Password: cannot tell, the system keychain is not available
accounts-unknown-provider = There is no provider preset called “{ $provider }”.
accounts-added = Saved the account “{ $name }”. Its password is in the system keychain.
accounts-removed = Removed the account “{ $name }” and its password.
accounts-removed-secret-kept = Removed the account “{ $name }”, but its password could not be removed from the keychain: { $reason }

gui-failed = Outpost could not open its window: { $reason }

## Desktop app

gui-app-title = Outpost
gui-window-title = { $page } – Outpost
gui-settings = Settings
gui-add-account = Add account
gui-new-message = New message
gui-accounts-intro = Your sending accounts. Test one to see that it works, or write a message.
accounts-none-gui = No accounts yet. Add one to start sending.
gui-default-badge = Default
gui-outbox = Outbox
gui-status-testing = Testing…
gui-status-works = Works
gui-status-problem = Has a problem
gui-status-needs-sign-in = Needs sign-in
gui-status-not-tested = Not tested yet
gui-status-waiting = { $count ->
    [one] 1 waiting
   *[other] { $count } waiting
}
gui-test-connection = Test connection
gui-edit = Edit
gui-make-default = Make default
gui-remove = Remove
gui-remove-question = Remove { $email }? Its settings and its password in the system keychain will be deleted.
gui-remove-confirm = Remove account
gui-keep = Keep it
gui-dismiss = Dismiss
gui-done = Done
gui-close = Close
gui-cancel = Cancel
gui-back = Back
gui-continue = Continue
gui-save = Save account
gui-save-anyway = Save anyway
gui-step-time = { $ms } ms
gui-test-running = Testing…

gui-wizard-title = Set up your email
gui-wizard-edit-title = Change your account
gui-wizard-intro = Outpost will find the right settings for you. Start with your name and email address.
gui-wizard-progress = Step { $step } of { $total }
gui-wizard-step-address = Address
gui-wizard-step-provider = Provider
gui-wizard-step-server = Server
gui-wizard-step-sign-in = Sign in
gui-wizard-step-test = Test
gui-wizard-step-done = Done
gui-your-name = Your name
gui-your-name-placeholder = As recipients will see it, e.g. Ada Lovelace
gui-email = Email address
gui-email-placeholder = name@example.com
gui-detect-builtin = Checking built-in settings…
gui-detect-provider = Asking your provider…
gui-detect-domain = Looking at your domain’s mail servers…
gui-detect-stop = Stop looking and enter the settings myself
gui-provider-title = Your email provider
gui-found-provider = Found: { $provider } (from { $source }).
gui-found-settings = Found settings from { $source }.
gui-provider-other = Other
gui-region = Region
gui-open-help = Open help page
gui-server-title = Outgoing server
gui-server-intro = These settings come from your provider. Change them only if your provider tells you to.
gui-host = Server
gui-host-placeholder = smtp.example.com
gui-port = Port
gui-port-other = Other…
gui-encryption = Encryption
gui-no-encryption-warning = Without encryption, everything you send — including your password — can be read by others on the network.
gui-accept-insecure = I understand that my password will be sent unencrypted
gui-find-automatically = Find automatically
gui-finding = Trying the usual ports…
gui-probe-line = Port { $port } with { $security }
gui-probe-best = Using port { $port } with { $security }.
gui-sign-in-title = Sign in
gui-sign-in-password = Sign in with a password
gui-sign-in-none = This server does not need a sign-in
gui-oauth-not-available = This provider only allows signing in through its website (OAuth2), which Outpost cannot do yet. Use another account, or ask your administrator whether password sign-in (SMTP AUTH) can be turned on.
gui-username = User name
gui-username-placeholder = Usually your full email address
gui-password = Password
gui-password-placeholder = Your password or app password
gui-password-keep = Leave empty to keep the saved password
gui-password-needed = Enter your password (or app password) to sign in.
gui-password-keychain = Your password is kept in your system’s keychain, never in a file.
gui-show = Show
gui-hide = Hide
gui-test-title = Testing your connection
gui-test-ok = Everything works. Outpost can send mail with these settings.
gui-test-ok-title = Everything works
gui-test-failed-title = The test did not pass
gui-apply-suggestion = Use port { $port } with { $security } and test again
gui-show-details = Show details
gui-hide-details = Hide details
gui-copy = Copy
gui-test-again = Test again
gui-send-test-message = Send a test message to myself
gui-test-message-subject = Outpost test message
gui-test-message-body = This message was sent by Outpost to check your account. Your outgoing server { $host } works.
gui-test-message-sent = A test message was sent to { $email }. Check your inbox.
gui-done-title = Your account is ready
gui-done-body = { $email } is saved. Its password is in your system’s keychain.
gui-write-message = Write a message

gui-compose-title = New message
gui-compose-title-subject = { $subject }
gui-no-account = Add an account first
gui-addresses-placeholder = name@example.com, another@example.com
gui-body-placeholder = Write your message…
gui-attach = Attach files…
gui-attach-title = Attach files
gui-drop-hint = Drop files here to attach them.
gui-file-missing = file missing
gui-attachments-total = Attachments: { $size }
gui-attachments-too-large = Attachments: { $size } — too large for this server, which accepts messages up to { $limit }.
gui-send = Send
gui-sending = Sending…
gui-sending-progress = Sending your message…
gui-sent = Sent.
gui-send-shortcut = Ctrl+Enter
gui-send-temporary = The message waits in the outbox and will be sent again automatically. You can close this window.
gui-send-kept = The message is kept in the outbox until the problem is fixed, and everything you wrote is still here.
gui-fix-edit-account = Open the account in the main window, choose Edit, and enter the password again.
gui-discard-question = Keep what you wrote as a draft, or discard it?
gui-discard = Discard
gui-keep-editing = Keep editing

gui-theme = Appearance
gui-text-size = Text size
gui-text-size-help = Makes text and buttons larger in every window.
gui-text-size-percent = { $percent } %
gui-theme-system = Follow the system
gui-theme-light = Light
gui-theme-dark = Dark
gui-language = Language
gui-language-system = Follow the system
gui-language-note = Changes apply at once.

## Outbox

outbox-storage-error = Outpost could not write to its outbox folder: { $reason }
outbox-sent-log-unwritable = Outpost cannot write its record of sent mail ({ $reason }), so it sends nothing more until it can: a message the server accepts must be recorded, or it could go out twice. Free some disk space or fix the folder’s permissions; nothing is lost.
outbox-cannot-mark = Outpost cannot write to its outbox ({ $reason }), so it stopped sending: it notes each message on disk before handing it over. Free some disk space; nothing is lost.
outbox-state-unconfirmed = sent, but not confirmed: check before sending again
outbox-unconfirmed-explain = Outpost sent this, but the server’s confirmation never arrived. Look in your Sent folder or ask the recipient.
outbox-unconfirmed-choices = If it did not arrive: outpost outbox retry { $id }. If it did: outpost outbox mark-sent { $id }
outbox-marked-sent = Recorded { $id } as sent and removed it from the outbox.
cli-about-outbox-mark-sent = Record a message as sent (it arrived) and remove it from the outbox
gui-send-again = Send again
gui-it-arrived = It arrived
gui-flush-stopped = Sending stopped: { $reason }
outbox-unknown-id = There is no message “{ $id }” in the outbox. See the list with: outpost outbox list
outbox-removed = Deleted the message { $id } from the outbox.
outbox-empty = The outbox is empty.
outbox-state-queued = waiting to be sent again ({ $attempts ->
    [one] 1 attempt so far
   *[other] { $attempts } attempts so far
})
outbox-state-held = stopped: it waits for you to fix the problem
outbox-line = { $id }: “{ $subject }” to { $recipients } — { $state }
outbox-sent-line = Sent “{ $subject }” to { $recipients } ({ $message_id })
outbox-damaged = A damaged outbox entry was moved aside, not deleted: { $path }
outbox-flushed = { $sent ->
    [one] Sent 1 message.
   *[other] Sent { $sent } messages.
} { $remaining ->
    [0] The outbox is empty.
    [one] 1 message is still waiting.
   *[other] { $remaining } messages are still waiting.
}
outbox-failed-line = Not sent: “{ $subject }”: { $message }
send-queued = The message is kept in the outbox and will be sent again automatically. See it with: outpost outbox list
send-held = The message is kept in the outbox, stopped until you fix the problem. Then: outpost outbox retry { $id }
send-limit-warning = This account has sent { $used } of its { $limit } messages today.
send-over-limit = Sending this would go over the account’s daily limit ({ $used } of { $limit } used today). Add --allow-over-limit to send anyway.
outbox-account-gone = The account “{ $account }” no longer exists. Edit the message to send it from another account, or delete it.
gui-outbox-title = Outbox
gui-outbox-button = Outbox ({ $count })
gui-outbox-tab = Waiting ({ $count })
gui-sent-tab = Sent
gui-outbox-empty = Nothing is waiting. Every message you sent has gone out.
gui-outbox-sending = Sending what is waiting…
gui-outbox-next-try = Will try again { $time } ({ $attempts ->
    [one] 1 attempt so far
   *[other] { $attempts } attempts so far
}).
gui-outbox-to = To { $recipients }, from { $account }
gui-no-subject = (no subject)
gui-retry-now = Retry now
gui-delete = Delete
gui-delete-question = Delete this message? It will not be sent.
gui-search-sent = Search sent messages
gui-sent-line = To { $recipients }, { $time }, { $size }
gui-sent-empty = No sent messages to show.
gui-time-now = now
gui-time-in-minutes = in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
gui-time-minutes-ago = { $minutes ->
    [one] 1 minute ago
   *[other] { $minutes } minutes ago
}
gui-queued-sent = A waiting message was sent: “{ $subject }”.

## Provider notes

note-gmail-app-password = Google only accepts an app password here, not your normal password. Turn on 2-Step Verification in your Google Account, create an app password under Security, and paste it here.
note-workspace-admin = If sending is refused, your organisation’s Google administrator may have to allow app passwords or sending from other apps for your account.
note-microsoft-oauth2 = Outlook.com, Hotmail, Live and MSN addresses can only send after signing in on Microsoft’s own sign-in page (OAuth2); your normal password and app passwords no longer work here.
note-office365-oauth2 = Work and school Microsoft 365 accounts normally sign in on Microsoft’s own sign-in page (OAuth2), which Outpost cannot do yet. Sending with a plain password works only if your administrator allows it, and Microsoft is turning that off.
note-office365-smtp-auth = If sending is refused, ask your administrator to turn on “Authenticated SMTP” (SMTP AUTH) for your mailbox in the Microsoft 365 admin center.
note-yahoo-app-password = Yahoo needs an app password: in your Yahoo account open Account security, choose “Generate app password”, and paste that password here.
note-aol-app-password = AOL needs an app password: in your AOL account open Account security, choose “Generate app password”, and paste that password here.
note-icloud-app-password = iCloud needs an app-specific password: sign in to your Apple Account on the web, open Sign-In and Security, create an app-specific password, and paste it here.
note-fastmail-app-password = Fastmail needs an app password, even without two-step sign-in: in Fastmail open Settings, then Privacy & Security, create a new app password with mail access, and paste it here.
note-zoho-app-password = If two-factor authentication is on for your Zoho account, create an application-specific password in Zoho Mail’s security settings and use it here.
note-zoho-region = Zoho keeps accounts in separate regions: if you sign in at zoho.eu, zoho.in or zoho.com.au, pick the Zoho Mail preset for that region instead.
note-zoho-workplace = This is for paid Zoho plans with your own domain. If your organisation uses Zoho’s free plan, pick “Zoho Mail” for your region instead.
note-gmx-enable-imap = First allow access by mail programs in GMX’s web mail: open Settings, then POP3 & IMAP, and switch access on.
note-webde-enable-imap = First allow access by mail programs in WEB.DE’s web mail: open Settings, then POP3/IMAP, and switch access on. Your user name is the part of your address before the @.
note-mailcom-enable-imap = First allow access by mail programs in mail.com’s web mail: open Settings, then POP3 & IMAP, and switch access on. For newer accounts this is part of mail.com Premium.
note-yandex-app-password = Yandex needs an app password for mail programs: in your Yandex ID open Security, create an app password for mail, and make sure access by mail programs is switched on in Yandex Mail’s settings.
note-mailru-app-password = Mail.ru needs a “password for external applications”: create one in your Mail.ru account’s security settings and paste it here instead of your normal password.
note-proton-bridge = Proton Mail works only through the Proton Mail Bridge app, which needs a paid plan: install Bridge, keep it running, and use the password Bridge shows you, not your Proton password.
note-proton-smtp-token = For an address on your own domain, some Proton business, Family and Visionary plans can create an SMTP token in Proton Mail’s settings; use it as the password. Otherwise use the Bridge app.
note-app-password-2fa = If you turned on two-factor authentication, create an application password in your account’s security settings and use it here instead of your normal password.
note-tonline-password = Telekom needs a separate e-mail password for mail programs: set it in the Telekom e-mail centre under Settings, then Passwords, and use it here. Your web login password does not work.
note-xfinity-third-party = First switch on access by third-party email programs in your Xfinity email settings, then sign in with your full Xfinity address and password.
note-authorization-code = Switch on POP3/IMAP/SMTP in this provider’s web mail settings, generate the authorization code it offers, and use that code here as the password.
note-ses-credentials = Amazon SES SMTP credentials are not your AWS access keys: create SMTP credentials in the SES console under SMTP settings, and use the user name and password it shows you.
note-ses-sandbox = New SES accounts start in the sandbox: you can send only to addresses you have verified, at most 200 messages a day, until you ask AWS for production access.
note-ses-region = Pick the region where you set up SES; SMTP credentials and verified addresses work only in the region where they were created.
note-verify-sender = This service sends only from an address or domain you have verified in its dashboard, so verify your sending address there first.
note-sendgrid-apikey = The user name is the word “apikey”; the password is a SendGrid API key that is allowed to send mail.
note-mailgun-credentials = Use the SMTP user and password of your sending domain (often postmaster@ followed by your domain), found in Mailgun under your domain’s SMTP credentials.
note-mailgun-region = Mailgun’s US and EU regions are separate: pick the one where you created your Mailgun domain.
note-postmark-token = Use your Postmark server’s API token as both the user name and the password.
note-brevo-smtp-key = Use the login shown in Brevo under SMTP & API, and an SMTP key (not an API key and not your Brevo password) as the password.
note-mailjet-keys = Use your Mailjet API key as the user name and its secret key as the password.
note-sparkpost-apikey = The user name is “SMTP_Injection”; the password is a SparkPost API key with the “Send via SMTP” permission.
note-smtp2go-user = Use an SMTP user and its password that you created in SMTP2GO under Sending, then SMTP Users.
note-resend-apikey = The user name is the word “resend”; the password is one of your Resend API keys.
note-mandrill-apikey = The password is a Mailchimp Transactional API key; as user name, enter your Mailchimp account’s contact email address.
note-elastic-email-credentials = Create SMTP credentials in Elastic Email’s settings and use that user name and the password it shows you once.

gui-over-limit = This account has already sent { $used } of the { $limit } messages its provider allows per day. Sending more may get the account blocked for a while. Send anyway?
gui-send-anyway = Send anyway
gui-near-limit = This account has sent { $used } of its { $limit } messages allowed per day.

## One sender at a time
outbox-unreadable = The message file in the outbox could not be read ({ $reason }). It stays in the outbox; check the disk, then try again.
outbox-busy = The message “{ $id }” is being sent or edited right now, so nothing was changed. Try again in a moment.
outbox-busy-line = Skipped “{ $subject }”: it is being edited or sent elsewhere right now.
outbox-waiting-for-other = Another Outpost is sending from this outbox; waiting until it has finished…
gui-send-busy = This message is being sent right now by another Outpost window or command. Wait a moment, then look in the outbox.
gui-edit-original-sent = The first version of this message was already sent ({ $time }), before your changes could replace it. Your changes were not sent.
gui-edit-original-sent-fix = Look in the Sent list. If the changes matter, send them as a new message.
gui-outbox-busy = This message is being sent or edited right now, so it was not deleted. Try again in a moment.
gui-outbox-being-edited = Being edited in a compose window: it is not sent until you send or close that window.
gui-outbox-blocked = Waiting: it could not be tried yet.
gui-show-more = Show { $count } more
input-time-unreadable = “{ $value }” is not a time Outpost can read. Write it as 2026-12-01 09:00 (your local time) or in RFC 3339.
input-time-in-past = { $value } has already passed. Choose a time in the future.
input-later-needs-account = Sending later works with a saved account (--account NAME): the message waits in the outbox until then.

## Send later and undo
cli-help-at = Send later: at TIME (RFC 3339, or YYYY-MM-DD HH:MM in local time); the message waits in the outbox
send-scheduled = Scheduled for { $time }. The message waits in the outbox (id { $id }) and goes out then, even if Outpost was closed meanwhile.
outbox-state-scheduled = scheduled for { $time }
gui-undo-too-late = Too late to undo: the message is already on its way.
gui-pending = Sending in a few seconds…
gui-undo = Undo
gui-send-later = Send later…
gui-send-later-label = Send at (your local time):
gui-schedule = Schedule
gui-outbox-scheduled = Scheduled for { $time }
gui-send-now = Send now
gui-undo-setting = Undo send
gui-undo-setting-help = After you press Send, the message waits this long so you can take it back.
gui-undo-off = Off
gui-undo-seconds = { $seconds } s

## Drafts
gui-keep-draft = Keep as draft
gui-drafts-title = { $count ->
    [one] Unfinished message
   *[other] Unfinished messages ({ $count })
}
gui-draft-no-recipient = no recipient yet
gui-draft-line = To { $to } · saved { $time }
gui-draft-open = Continue writing

## Will my mail arrive? (the sender-domain check)
domain-check-spf = SPF
domain-check-dkim = DKIM
domain-check-dmarc = DMARC
domain-check-mx = MX
domain-check-blocklist = Blocklist
domain-status-pass = OK
domain-status-warn = Warning
domain-status-fail = Problem
domain-status-unknown = Unknown
domain-your-provider = your sending service
domain-handled-by-provider = { $domain } belongs to { $provider }, which takes care of SPF, DKIM, DMARC and its servers’ reputation: there is nothing for you to set up.
domain-lookup-failed = The DNS lookup of { $name } got no answer, so this could not be checked.
domain-fix-retry = Check your internet connection and run the check again.
domain-fix-none = Nothing to do.
domain-fix-txt = Publish this TXT record at { $name }: { $record }
domain-spf-none = { $domain } has no SPF record, so receivers cannot tell which servers may send its mail; many put such mail in spam.
domain-spf-many = { $domain } has { $count } SPF records. Receivers treat that as an error (permerror) and ignore them all.
domain-fix-spf-merge = Replace them with one TXT record at { $name }: { $record }
domain-spf-syntax = The SPF record contains “{ $term }”, which receivers do not understand; they treat the whole record as an error.
domain-fix-spf-syntax = Correct or remove “{ $term }” in the SPF record at { $name }.
domain-spf-include-missing = The SPF record includes { $include }, which has no valid SPF record of its own; receivers treat that as an error.
domain-fix-spf-include = Correct or remove “include:{ $include }” in the SPF record at { $name }.
domain-spf-too-many-lookups = The SPF record needs { $count } DNS lookups (counting every include); receivers stop at 10 and treat the record as an error.
domain-fix-spf-lookups = Remove includes of services you no longer use, or list addresses with ip4:/ip6: instead of names, until the record needs 10 lookups or fewer.
domain-spf-pass-all = The SPF record ends in “{ $all }”: it allows every server in the world to send mail as { $domain }.
domain-spf-missing-provider = The SPF record does not authorise { $provider }, the service this account sends through, so its mail may fail SPF.
domain-spf-neutral-all = The SPF record ends without “-all” or “~all” ({ $all }): it says nothing about servers it does not list, so it protects little.
domain-spf-host-unconfirmed = Outpost could not confirm that the SPF record authorises { $host }, the server this account sends through.
domain-spf-ok = The SPF record is valid and uses { $count } of the 10 DNS lookups receivers allow.
domain-dkim-no-selector = Outpost does not know the DKIM selector of this domain’s sending service, so DKIM could not be checked.
domain-fix-dkim-selector = Look up the DKIM selector in the settings of { $provider } and run the check with --dkim-selector SELECTOR.
domain-dkim-ok = DKIM key found at selector “{ $selector }”: { $kind }, { $bits } bits.
domain-dkim-short = The DKIM key at selector “{ $selector }” has only { $bits } bits; Gmail and others ignore keys shorter than 1024 bits.
domain-dkim-revoked = The DKIM key at selector “{ $selector }” is revoked (its p= is empty): mail signed with it fails DKIM.
domain-dkim-unreadable = The DKIM record at selector “{ $selector }” holds a key Outpost cannot read.
domain-fix-dkim-rotate = Create a new 2048-bit DKIM key in the settings of { $provider } and publish the record it gives you.
domain-dkim-missing = No DKIM key was found for { $domain } (selectors tried: { $selectors }). Without DKIM, Gmail and Yahoo may refuse or junk the mail.
domain-fix-dkim-enable = Turn on DKIM signing in the settings of { $provider } and publish the record it gives you (a TXT or CNAME record at SELECTOR._domainkey.{ $domain }).
domain-dmarc-missing = { $domain } has no DMARC record. Gmail and Yahoo require one (p=none is enough) from anyone who sends them more than 5,000 messages a day.
domain-dmarc-many = { $domain } has { $count } DMARC records; receivers ignore them all.
domain-dmarc-invalid = The DMARC record has no valid policy (p=none, quarantine or reject), so receivers ignore it.
domain-dmarc-none = The DMARC policy is “none”: it meets the 2024 Gmail and Yahoo rules, but receivers still deliver mail that only pretends to come from you. { $details }
domain-dmarc-ok = The DMARC policy is “{ $policy }”: it meets the 2024 Gmail and Yahoo rules and protects the domain from forged mail. { $details }
domain-bulk-rules-met = With SPF and DKIM in place too, the domain meets what Gmail and Yahoo ask of bulk senders in DNS.
domain-bulk-rules-unmet = Gmail and Yahoo ask bulk senders for SPF, DKIM and DMARC all in place: this domain does not meet that yet.
domain-dmarc-details = Alignment: DKIM { $adkim }, SPF { $aspf }. Reports go to: { $rua }.
domain-dmarc-strict = strict
domain-dmarc-relaxed = relaxed
domain-dmarc-no-reports = nobody (no rua= address)
domain-fix-dmarc-tighten = Once the reports show only your own services, tighten the policy with this TXT record at { $name }: { $record }
domain-mx-ok = { $domain } receives mail at { $hosts }.
domain-mx-none = { $domain } has no MX record: replies and bounces have nowhere to go, and some receivers refuse mail from such domains.
domain-mx-null = { $domain } declares that it receives no mail (a “null MX”): replies and bounces are lost.
domain-fix-mx = Add an MX record for { $domain } that points at the server that receives its mail, for example: { $record }
domain-blocklist-no-server = No sending server is known, so its addresses could not be checked against blocklists.
domain-fix-blocklist-account = Run the check for an account (outpost domain --account NAME) to include its server.
domain-blocklist-listed = The sending server’s address { $address } is listed on { $list } (answer { $answer }): many receivers refuse or junk mail from it.
domain-fix-blocklist = Ask for removal at { $url }. If the server belongs to your provider, tell the provider.
domain-blocklist-clean = { $addresses } is not listed on { $list }.
domain-blocklist-refused = { $list } refused to answer (answer { $answer }); it does not answer queries that come through public or busy DNS resolvers, so this is unknown.
domain-fix-blocklist-refused = Run the check again from a network whose DNS resolver is not a large public one.
domain-heading = Will mail from { $domain } arrive?
domain-provider-line = Sending service: { $provider }
domain-check-line = { $status } · { $check }: { $message }
domain-record-line = { "  " }Record: { $record }
domain-fix-line = { "  " }Fix: { $fix }
domain-invalid = “{ $domain }” is not a domain name.
domain-needs-target = Name a domain or an account (--account NAME).
cli-about-domain = Check whether mail from a domain will arrive: SPF, DKIM, DMARC, MX and blocklists
cli-help-domain = Domain to check (e.g. example.com)
cli-help-dkim-selector = A DKIM selector to look up as well (can be given several times)
gui-delivery-title = Will your mail arrive?
gui-delivery-checking = Checking { $domain }…
gui-delivery-again = Check again
gui-delivery-done = Done
gui-delivery-button = Check delivery
gui-delivery-copy = Copy
gui-delivery-all-good = Everything needed for mail from { $domain } to arrive is in place.
gui-delivery-some-failed = Some of what receivers check for { $domain } is missing or wrong; each line says what to publish in DNS.

## Attachment reminder
compose-attachment-words = attach, enclosed, enclosing
gui-reminder = You mention an attachment, but nothing is attached.
gui-send-without = Send without
gui-attach-files = Attach files…

## Address suggestions
gui-forget-address = forget

## Sign in with Google and Microsoft (OAuth2)
keychain-too-long = The sign-in is too long for the system keychain, so it was not saved. Nothing was cut short. Use a keychain without this limit, or sign in with a password where the provider allows one.
oauth-device-code-unavailable = { $provider } does not allow signing in for email with a code on another device. Run the command on a computer with a web browser, or use --no-browser and open the address it shows on any device.
oauth-failed = Signing in did not work: the sign-in service gave an answer Outpost could not use. Try again in a moment.
oauth-page-done = You are signed in to Outpost. You can close this tab.
oauth-page-failed = Signing in to Outpost did not finish. You can close this tab and go back to Outpost.
sign-in-expired = The saved sign-in of the account “{ $account }” no longer works. Sign in again: outpost accounts signin { $account }
sign-in-not-configured = This copy of Outpost has no sign-in registration for this provider, so it cannot sign in there. See “Sign in with Google and Microsoft” in the README to add one to config.toml.
problem-oauth-not-configured = This copy of Outpost is not registered to sign in with this provider.
problem-oauth-not-configured-fix = Add a client registration under [oauth2.google] or [oauth2.microsoft] in config.toml (the README explains how), or use an app password where the provider offers one.
problem-sign-in-cancelled = Signing in was cancelled: the browser was closed, access was not allowed, or nobody finished in time.
problem-sign-in-cancelled-fix = Start signing in again and allow Outpost to send email for you.
problem-sign-in-expired = The saved sign-in no longer works: the provider refused it (it expired, the password changed, or access was removed).
problem-sign-in-expired-fix = Sign in again. Your messages wait in the outbox and are sent once you have.
problem-sign-in-blocked-by-admin = Your organisation has to approve Outpost before you can sign in with it.
problem-sign-in-blocked-by-admin-fix = Ask your IT administrator to allow (grant admin consent to) the app “Outpost” for sending email (SMTP), then sign in again.
problem-wrong-account-signed-in = The account you signed in with is not the one this address belongs to, so the server refused it.
problem-wrong-account-signed-in-fix = Sign in again and choose the account of the address you send from.
problem-starttls-tampered = Someone on the network may be tampering with the connection to { $host }: extra data arrived just before encryption started. Nothing was sent.
problem-starttls-tampered-fix = Do not send from this network now. Try another network (for example your phone’s hotspot), or choose SSL/TLS on port 465, which is encrypted from the first byte.
problem-outcome-unknown = The server may have received the message, but its answer never arrived.
problem-outcome-unknown-fix = Look in the recipient’s mailbox or your Sent folder before sending again: sending again could deliver it twice.
problem-recipient-rejected-address = The server refused the recipient { $address }.
problem-address-needs-smtputf8 = The address { $address } has letters beyond plain English ones, and { $host } cannot carry such addresses. Nothing was sent.
problem-address-needs-smtputf8-fix = Ask for a plain-letter address for this person if they have one, or send from an account whose server supports international addresses (SMTPUTF8).
send-waiting-confirm = Waiting for the server to confirm…
cli-help-oauth2 = Sign in with google or microsoft in the browser instead of a password
cli-help-no-browser = Do not open a browser: print the sign-in address on stderr and wait
cli-help-device-code = Sign in with a code on another device (Microsoft only)
cli-about-accounts-signin = Sign in again to an account that uses Google or Microsoft sign-in
oauth-open-address = Open this address in a web browser to sign in (Outpost waits up to five minutes):
oauth-device-instructions = On any device, open { $url } and enter the code { $code }. Outpost waits until you have signed in.
accounts-signed-in = Signed in: the account “{ $name }” can send now.
accounts-not-oauth2 = The account “{ $name }” signs in with a password, not with Google or Microsoft.
accounts-show-signs-in-with = Signs in with { $provider }
accounts-show-token-stored = Sign-in: saved in the system keychain
accounts-show-token-missing = Sign-in: none saved (sign in again)
gui-oauth-sign-in-with = Sign in with { $provider }
gui-oauth-waiting = Waiting for you to sign in in your web browser…
gui-oauth-open-again = Open the browser again
gui-oauth-cancel = Cancel
gui-oauth-signed-in = Signed in as { $email }
gui-oauth-or-password = Or sign in with a password
gui-oauth-unconfigured-google = This copy of Outpost is not registered with Google, so “Sign in with Google” is not available. Instead, turn on 2-Step Verification in your Google account, create an app password, and use it as the password below.
gui-oauth-unconfigured-office365 = This copy of Outpost is not registered with Microsoft, so “Sign in with Microsoft” is not available. Ask your administrator to turn on SMTP AUTH for your mailbox, then use your password below.
gui-oauth-unconfigured-outlook = This copy of Outpost is not registered with Microsoft, so “Sign in with Microsoft” is not available. Outlook.com no longer accepts passwords for sending, so there is honestly no other way here: use a copy of Outpost that is registered (see the README).
gui-oauth-sign-in-again = Sign in again
gui-oauth-sign-in-first = Sign in first: press the sign-in button above and finish in your browser.
oauth-insecure-endpoint = The sign-in address for { $provider } in config.toml ({ $url }) is not an https:// address, so Outpost does not use it: a sign-in never travels unencrypted. Use its https:// address.
oauth-interaction-required = The provider wants you to sign in again on its own page (for example to confirm a second step), so the saved sign-in no longer works by itself.
oauth-consent-required = The provider needs you to allow Outpost again to send email for you (the permission is missing or was withdrawn).
oauth-registration-changed = The saved sign-in was made with another Outpost registration or sign-in address than the one set up now, so Outpost does not send it there.
accounts-added-signed-in = Saved the account “{ $name }”. Its sign-in is in the system keychain.
accounts-requeued = { $count ->
    [one] 1 message held for the sign-in is back in the outbox queue; `outpost outbox flush` sends it now.
   *[other] { $count } messages held for the sign-in are back in the outbox queue; `outpost outbox flush` sends them now.
}
gui-oauth-explain = Your web browser opens { $provider }’s own sign-in page. Outpost never sees your password.
gui-oauth-signed-in-next = Next, test the connection.

## Formatting
cli-help-markdown = The body is Markdown: send it as plain text and as formatted HTML (multipart/alternative)
gui-formatting = Formatting (Markdown)

## Signatures and replies
cli-about-accounts-edit = Change an account’s name shown to others, signature, Reply-To or copy to yourself
cli-help-signature-file = A text file with the signature put under each new message (after the “-- ” line)
cli-help-reply-to = Where replies should go, when not to the sender’s address
cli-help-bcc-self = Send a copy of each message to the account’s own address (Bcc)
cli-help-no-bcc-self = Stop sending a copy to the account’s own address
accounts-edited = Saved the changes to the account “{ $name }”.

## Signature and replies (GUI)
gui-identity-button = Signature…
gui-identity-page = Signature and replies
gui-identity-title = Signature and replies for { $account }
gui-signature = Signature
gui-signature-help = Put under each new message, after a line with “-- ”, so mail programs can tell it from the text. You see it in the compose window and can change it there.
gui-reply-to-placeholder = Replies go to (optional): team@example.com
gui-bcc-self = Send me a copy of every message (Bcc to { $email })
gui-bcc-self-help = Outpost has no Sent folder: with this on, your mailbox receives a copy of everything you send.
gui-bcc-self-kept = { $provider } already keeps a copy of what you send in your Sent folder, so this is usually not needed.
gui-identity-save = Save
cli-help-compose-at = Open “Send later” with this time filled in (RFC 3339, or YYYY-MM-DD HH:MM local)
cli-help-identity = Another From address that sends through this account: "Name <addr>" (repeatable)
cli-help-remove-identity = Remove that other From address
gui-other-addresses = Other From addresses
gui-other-addresses-help = Addresses your provider lets this account send as (aliases), each with its own name and, if you like, its own signature. The compose window offers them under From.
gui-other-signature = Signature for this address (empty: the account’s)
gui-add-other-address = Add an address

## Mail merge
merge-data-no-header = The file has no header row: its first row must name the columns (for example Name and Email).
merge-data-unreadable = The file cannot be read: { $reason }
merge-data-damaged = it is damaged, or it is not the kind of file its name says
merge-data-unknown-sheet = The file has no sheet “{ $name }”. Its sheets: { $sheets }.
merge-data-too-large = The file is too large ({ $size }); at most { $limit } can be used.
merge-data-too-large-unpacked = The spreadsheet is too large once unpacked ({ $size }); at most { $limit } can be used.
merge-data-too-many-rows = The file has more than { $limit } rows. Split it into smaller lists.
merge-data-too-many-columns = The file has more than { $limit } columns.
merge-data-cell-too-long = A cell in row { $row } is longer than { $limit } characters. Maybe a quotation mark was opened and never closed.
merge-data-unsupported = Files of this kind (“{ $extension }”) cannot be read. Save the list as CSV, XLSX or ODS.
merge-unknown-placeholder = There is no column for the placeholder “{ $placeholder }”.
merge-unknown-placeholder-closest = There is no column for the placeholder “{ $placeholder }”. Did you mean “{ $closest }”?
merge-no-address-column = No column of email addresses was found. Give that column the header “Email”, or say which column holds the addresses.
merge-unknown-column = There is no column “{ $name }”.
merge-unknown-column-closest = There is no column “{ $name }”. Did you mean “{ $closest }”?
merge-skip-invalid-address = “{ $value }” is not one valid email address.
merge-skip-no-address = The address is empty.
merge-skip-duplicate = { $address } already gets this message from row { $row }.
merge-skip-empty-field = No value for { $columns }, and no fallback in the placeholder.
merge-skip-unsafe-field = The value of { $columns } has a line break, which a subject or an address cannot hold.
merge-skip-attachment-missing = The attachment “{ $path }” does not exist.
merge-skip-attachment-outside = The attachment “{ $path }” is not in the folder of the list, so it is not attached.
merge-skip-suppressed = { $address } is on the do-not-mail list.
merge-estimate-none = No messages to send.
merge-estimate-today = { $count } today
merge-estimate-tomorrow = { $count } tomorrow
merge-estimate-on = { $count } on { $date }
merge-estimate-more = { $count } more by { $date }
merge-estimate = { $total ->
    [one] 1 message
   *[other] { $total } messages
}: { $days }.
merge-estimate-within-provider = { $total ->
    [one] 1 message
   *[other] { $total } messages
}: { $days }, within { $provider }’s { $limit } a day.
merge-estimate-within-limit = { $total ->
    [one] 1 message
   *[other] { $total } messages
}: { $days }, within your limit of { $limit } a day.
merge-rate-given = Pace: { $count ->
    [one] 1 message
   *[other] { $count } messages
} a minute, as asked.
merge-rate-provider = Pace: { $count ->
    [one] 1 message
   *[other] { $count } messages
} a minute, within { $provider }’s limit.
merge-rate-default = Pace: { $count ->
    [one] 1 message
   *[other] { $count } messages
} a minute (the default).

merge-paused-reason = Held: the mail merge is paused.
merge-unknown-id = There is no mail merge “{ $id }”.
merge-nothing-ready = No row of the list is ready to send.
merge-unsubscribe-footer = To get no more of these messages, write to { $address }.
merge-summary = Rows: { $rows }. Ready: { $ready }. Skipped: { $skipped }.
merge-skipped-line = Row { $row } skipped: { $detail }
merge-message-line = Row { $row }: { $to } — “{ $subject }” ({ $time })
merge-dry-run-done = Nothing was queued (dry run).
merge-queued = Mail merge { $id } is in the outbox. { $estimate }
merge-test-sent = The test message went to { $address }.
merge-test-queued = The test message is waiting in the outbox: see “outpost outbox list”.
merge-waiting = Sending as the messages come due. Ctrl+C only stops waiting: “outpost outbox flush” or the window goes on.
merge-progress = Sent: { $sent } of { $total }. Next: { $time }.
merge-status-line = { $id } ({ $account }): sent { $sent }, waiting { $waiting }, scheduled { $scheduled }, failed { $failed }, held { $held }, unconfirmed { $unconfirmed }, skipped { $skipped }
merge-status-paused = Paused: “outpost merge resume { $id }” sends the rest.
merge-status-next = Next message: { $time }. Last: { $finish }.
merge-list-empty = No mail merges.
merge-paused = Paused. Messages held: { $count }.
merge-resumed = Resumed. Messages back in line: { $count }.
merge-cancelled = Cancelled. Messages removed: { $count }.
merge-busy = Messages being sent at that moment, left as they are: { $count }.
merge-report-written = Report written to { $path }.
merge-suppressed = Added to the do-not-mail list: { $count }.
cli-about-merge = Send one message to each row of a spreadsheet (mail merge)
cli-help-merge-data = The list: CSV, XLSX or ODS, with a header row
cli-help-merge-sheet = The sheet to read (default: the first)
cli-help-merge-to = The To field with placeholders, such as "{"{{"}Name{"}}"} <{"{{"}Email{"}}"}>" (default: the address column)
cli-help-merge-subject = The subject, with {"{{"}Column{"}}"} placeholders
cli-help-merge-body = The text, with {"{{"}Column{"}}"} and {"{{"}Column|fallback{"}}"} placeholders
cli-help-merge-body-file = Read the text from this file
cli-help-merge-attach-column = The column naming each row’s own attachments (relative to the list’s folder)
cli-help-merge-per-minute = Messages a minute (default: the provider’s published rate, else 20)
cli-help-merge-start = Send the first message at this time (RFC 3339, or YYYY-MM-DD HH:MM local)
cli-help-merge-unsubscribe = Add a List-Unsubscribe header and a footer line with this address
cli-help-merge-allow-empty = Send rows whose placeholders are empty too
cli-help-merge-dry-run = Check and show what would be sent; queue nothing
cli-help-merge-test-to = Send only the first message, to this address, now
cli-help-merge-no-wait = Return once the messages are in the outbox
cli-help-merge-id = The mail merge’s id (see “outpost merge list”)
cli-help-merge-output = Where to write the report (CSV)
cli-help-merge-addresses = Addresses that asked for no more mail
cli-about-merge-list = Show the mail merges
cli-about-merge-status = Show where a mail merge stands
cli-about-merge-pause = Hold a mail merge’s messages that are not sent yet
cli-about-merge-resume = Put a paused mail merge’s messages back in line
cli-about-merge-cancel = Remove a mail merge’s messages that are not sent yet
cli-about-merge-report = Write a mail merge’s report, row by row, as CSV
cli-about-merge-suppress = Put addresses on the do-not-mail list

# Send to a list, in the window
gui-send-to-list = Send to a list…
gui-merge-title = Send to a list
gui-merge-file-intro = Everyone on the list gets a message of their own, with their name and details filled in. Choose a spreadsheet whose first row names the columns: CSV, XLSX or ODS.
gui-merge-choose-file = Choose a file…
gui-merge-choose-title = Choose the list
gui-merge-file-filter = Spreadsheets
gui-merge-drop-hint = Or drop the file on this window.
gui-merge-loading = Reading { $file }…
gui-merge-rows-columns = { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}, { $columns ->
    [one] 1 column
   *[other] { $columns } columns
}
gui-merge-sheet = Sheet
gui-merge-address-in = Addresses
gui-merge-found-by-header = Outpost found the addresses in the column “{ $column }” by its name.
gui-merge-found-by-content = Outpost found the addresses in the column “{ $column }” by what it holds.
gui-merge-address-picked = The addresses are taken from the column “{ $column }”.
gui-merge-no-address = No column holds email addresses. Pick the column with the addresses above, or name it “Email” in the list.
gui-merge-column = Column
gui-merge-example = Example
gui-merge-column-empty = (empty)
gui-merge-addresses = Addresses
gui-merge-more-columns = { $count ->
    [one] And 1 more column.
   *[other] And { $count } more columns.
}
gui-merge-earlier = Mail merges
gui-merge-earlier-line = { $date }, { $account }: { $sent } of { $total } sent
gui-merge-show-progress = Show progress
gui-merge-state-sending = Sending
gui-merge-state-paused = Paused
gui-merge-state-cancelled = Cancelled
gui-merge-state-done = All sent
gui-merge-state-problems = Stopped on problems
gui-merge-no-account = Add an account first: the messages are sent from it.
gui-merge-write-title = Write the message
gui-merge-write-intro = Fields such as {"{{"}Name{"}}"} are filled in from each row. {"{{"}Name|friend{"}}"} says “friend” where a row has no name.
gui-merge-insert-field = Insert field
gui-merge-text = Message
gui-merge-body-placeholder = Dear {"{{"}Name{"}}"}, …
gui-merge-allow-empty = Also send to rows where a field is empty
gui-merge-unsubscribe = Add a line on how to unsubscribe (by writing to { $address })
gui-merge-subject-missing = Write a subject.
gui-merge-body-missing = Write the message.
gui-merge-preview-button = Preview
gui-merge-preparing = Checking every row…
gui-merge-preview-title = Preview
gui-merge-row-of = Row { $row } ({ $index } of { $count })
gui-merge-previous = Previous
gui-merge-next = Next
gui-merge-next-problem = Next skipped row
gui-merge-skipped-row = Row { $row } gets no message.
gui-merge-empty-warning = Sent with nothing in { $columns }.
gui-merge-send-test = Send a test to myself
gui-merge-test-sending = Sending the first message to you as a test…
gui-merge-test-sent = The first message went to { $address } as a test. Have a look at it there.
gui-merge-test-failed = The test was not sent. { $reason }
gui-merge-test-waiting = It waits in the outbox, which tries again by itself.
gui-merge-send-title = Ready to send
gui-merge-send-summary = { $count ->
    [one] 1 message, from { $from }
   *[other] { $count } messages, each to one person, from { $from }
}
gui-merge-send-skipped = { $count ->
    [one] 1 row gets no message (see the preview).
   *[other] { $count } rows get no message (see the preview).
}
gui-merge-pacing = When they go out
gui-merge-per-minute = Messages a minute
gui-merge-per-minute-error = Give a number from 1 to 600.
gui-merge-first-last = The first goes at { $first }, the last at { $last }.
gui-merge-pacing-note = Spacing the messages out keeps them within the provider’s limits, so they are not taken for spam.
gui-merge-send-count = { $count ->
    [one] Send 1 message
   *[other] Send { $count } messages
}
gui-merge-queuing = Putting the messages in the outbox…
gui-merge-progress-title = Mail merge
gui-merge-reading = Reading the mail merge…
gui-merge-progress-sub = From { $account }, started { $date }, { $rows ->
    [one] 1 row
   *[other] { $rows } rows
}
gui-merge-next-send = { $state }. Next message at { $next }, the last at { $finish }.
gui-merge-sent-of = { $sent } of { $total } sent
gui-merge-count-sent = Sent
gui-merge-count-waiting = Waiting
gui-merge-count-scheduled = Scheduled
gui-merge-count-failed = Failed
gui-merge-count-held = Held
gui-merge-count-unconfirmed = Unconfirmed
gui-merge-count-skipped = Skipped
gui-merge-count-cancelled = Cancelled
gui-merge-problems = Rows with a problem
gui-merge-row = Row { $row }
gui-merge-row-address = Row { $row }: { $address }
gui-merge-more-problems = { $count ->
    [one] And 1 more: the report lists every row.
   *[other] And { $count } more: the report lists every row.
}
gui-merge-pause = Pause
gui-merge-resume = Resume
gui-merge-cancel = Cancel the rest
gui-merge-cancel-question = { $count ->
    [one] Remove the message not sent yet? Those already sent stay sent.
   *[other] Remove the { $count } messages not sent yet? Those already sent stay sent.
}
gui-merge-keep-sending = Keep them
gui-merge-cancel-confirm = Remove them
gui-merge-working = Working…
gui-merge-export = Export report…
gui-merge-report-title = Save the report
gui-merge-progress-note = The messages wait in the outbox and go out at their times while Outpost runs. If you close it, they go on the next time it starts (or with “outpost outbox flush”); this page is under “Send to a list”.
gui-merge-no-outbox = The outbox cannot be opened, so nothing can be sent from this list. The notice at the top says why.
gui-merge-attachments = Attachments
gui-merge-attach-hint = Every message gets these files. You can also drop files on this window.
gui-merge-attach-none = None
gui-merge-attach-column = Attachment column
gui-merge-attach-column-hint = A column can name a file for each row, relative to the list’s folder. A row whose file is missing gets no message.
gui-merge-insert-subject = Into the subject
gui-merge-insert-text = Into the text
gui-merge-attached = Attached
gui-merge-start = Start sending
gui-merge-start-now = Now
gui-merge-start-at = At a time…
gui-merge-start-label = Date and time (your local time)
cli-help-merge-window = Open the window on this list instead, to write, preview and send the messages there
## Kept sent messages (outbox show, outbox sent --search, the Sent tab)
cli-about-outbox-show = Show a queued or sent message: its headers, text and attachments
cli-help-show-raw = Print the message’s exact bytes, as the server got them
cli-help-sent-search = Only messages whose subject, recipients or text contain this
outbox-sent-not-kept = not kept
outbox-sent-none-found = No sent message contains “{ $search }”.
outbox-not-kept = The message { $id } was not kept: only its record in the sent log is left.
outbox-show-sent = Sent { $time }
outbox-show-queued = Still in the outbox
outbox-show-from = From: { $value }
outbox-show-to = To: { $value }
outbox-show-cc = Cc: { $value }
outbox-show-bcc = Bcc: { $value }
outbox-show-subject = Subject: { $value }
outbox-show-date = Date: { $value }
outbox-show-attachment = Attachment: { $name } ({ $size })
outbox-show-not-kept = The message itself was not kept: only its record is left.
forward-separator = ---------- Forwarded message ----------
forward-from = From: { $from }
forward-date = Date: { $date }
forward-subject = Subject: { $subject }
forward-to = To: { $to }
gui-sent-open = Open
gui-sent-back = Back to the sent list
gui-sent-send-again = Send again
gui-sent-forward = Forward
gui-sent-save-attachment = Save attachment…
gui-sent-loading = Opening the message…
gui-sent-gone = This message is no longer in the sent list.
gui-sent-saved = Saved: { $path }
gui-sent-save-failed = The attachment could not be saved: { $reason }
copy-saved-in = Copy saved in “{ $folder }”
copy-pending = Copy in Sent not saved yet: it will be tried again
copy-pending-because = The copy in Sent is not saved yet and will be tried again: { $message }
copy-failed = The copy in Sent could not be saved
copy-failed-because = The copy in Sent could not be saved: { $message }
cli-help-imap-host = The mailbox's IMAP server, for copies in Sent (empty: none)
cli-help-imap-port = The IMAP server's port (993 for SSL/TLS, 143 for STARTTLS)
cli-help-imap-security = The IMAP server's encryption: tls or starttls
cli-help-imap-user = The IMAP user name, when it differs from the sending one
cli-help-save-sent = Copies of sent messages in the mailbox's Sent folder: auto, imap or off
cli-help-imap-password-stdin = Read an IMAP password that differs from the sending one from standard input
field-imap-host = IMAP server
field-imap-user = IMAP user name
gui-copy-try-again = Try saving the copy again
gui-test-copies = Save copies in Sent
gui-test-copies-found = ✓ Save copies in Sent: the folder “{ $folder }”
gui-test-copies-failed = Copies of sent messages cannot be put in your Sent folder yet (sending works without them): { $message }
gui-copy-problem-badge = Copies in Sent not saved
problem-keychain-unavailable = Outpost could not read the password from your system’s keychain, so it did not sign in.
problem-keychain-unavailable-fix = Make sure your keychain is running and unlocked (for example by logging in again); Outpost tries again by itself.
problem-imap-connection-refused-fix = Check the mailbox’s IMAP server and port (usually 993 with SSL/TLS, or 143 with STARTTLS). If the server is only down for now, Outpost tries again by itself.
problem-imap-connect-timeout-fix = A firewall or your network may block this port, or you are offline. The IMAP server usually uses port 993 with SSL/TLS; Outpost tries again by itself.
problem-imap-expects-implicit-tls-fix = Switch the IMAP server’s encryption to SSL/TLS (usually port 993).
problem-imap-expects-starttls-fix = Switch the IMAP server’s encryption to STARTTLS (usually port 143), or use port 993 with SSL/TLS.
gui-copies-title = Copies of sent mail
gui-copies-choice = Keep a copy in the mailbox's Sent folder
gui-copies-auto = Automatically
gui-copies-always = Always
gui-copies-never = Never
gui-copies-off = Sent messages are kept in Outpost's Sent tab only.
gui-copies-provider-files = { $provider } puts sent messages in your Sent folder by itself.
gui-copies-unknown = No IMAP server is known for this mailbox, so sent messages are kept in Outpost only. Type the mailbox's IMAP server to keep copies in its Sent folder too.
gui-copies-to = Copies go into the Sent folder on { $host }.
gui-imap-host-placeholder = imap.example.com
gui-imap-port = IMAP port
