# Outpost — français. Chaque phrase qu’une personne peut lire se trouve ici.

## Champs du formulaire

field-from = De
field-to = À
field-cc = Cc
field-bcc = Cci
field-reply-to = Répondre à
field-subject = Objet
field-email = Adresse e-mail
field-display-name = Votre nom
field-host = Serveur
field-username = Nom d’utilisateur
field-account-name = Nom du compte

## Erreurs de saisie

input-invalid-address = « { $value } » dans le champ « { $field } » n’est pas une adresse e-mail valide. Elle doit ressembler à name@example.com.
input-empty = Le champ « { $field } » est vide. Veuillez le remplir.
input-line-break = Le champ « { $field } » contient un retour à la ligne. Veuillez tout écrire sur une seule ligne.
input-port-out-of-range = « { $value } » n’est pas un numéro de port. Indiquez un nombre entre 1 et 65535, par exemple 587 ou 465.
input-invalid-host = « { $value } » n’est pas un nom de serveur valide. Il doit ressembler à smtp.example.com.
input-missing-username = Un nom d’utilisateur est nécessaire pour s’identifier. C’est généralement votre adresse e-mail complète.
input-password-without-encryption = Outpost n’enverra pas votre mot de passe sur une connexion non chiffrée. Choisissez SSL/TLS ou STARTTLS, ou acceptez explicitement le risque pour ce compte.
input-invalid-account-name = « { $value } » ne peut pas servir de nom de compte. Utilisez 64 caractères au maximum, sans retour à la ligne ni espace au début ou à la fin.
input-unknown-account = Aucun compte ne s’appelle « { $name } ». Affichez la liste avec : outpost accounts list
input-account-exists = Un compte nommé « { $name } » existe déjà. Choisissez un autre nom.
input-no-recipients = Ajoutez au moins un destinataire dans À, Cc ou Cci.
input-attachment-missing = La pièce jointe « { $path } » n’existe pas. Elle a peut-être été déplacée ou supprimée.
input-attachment-unreadable = Impossible de lire la pièce jointe « { $path } ». Vérifiez qu’il s’agit bien d’un fichier et que vous avez le droit de l’ouvrir.
input-attachment-too-large = Les pièces jointes font { $size } au total, ce qui dépasse la limite de { $limit } qu’Outpost peut envoyer dans un seul message. Partagez plutôt les fichiers volumineux au moyen d’un lien.
input-unknown-security = « { $value } » n’est pas un réglage de chiffrement. Utilisez tls (SSL/TLS), starttls ou none.
input-missing-password = Un mot de passe est nécessaire. Indiquez-le sur la première ligne de l’entrée standard avec --password-stdin.
input-ca-file-unusable = Le fichier de certificat « { $path } » est inutilisable. Il doit s’agir d’un fichier PEM lisible.
input-body-file-unreadable = Impossible de lire le fichier contenant le texte du message « { $path } ».

## Configuration

config-broken = Votre fichier de réglages n’a pas pu être lu ; Outpost a donc démarré avec des réglages vides. L’ancien fichier a été conservé sous le nom { $backup }.
config-invalid-value = Un réglage de votre fichier de réglages n’était pas valide ; sa valeur par défaut a été utilisée à la place ({ $section }, { $key }).
config-duplicate-account = Deux comptes s’appelaient « { $name } » ; le second s’appelle désormais « { $renamed } ».
config-io-error = Outpost n’a pas pu lire ou écrire { $path } : { $reason }
config-unparseable = Le fichier de réglages { $path } ne peut pas être lu pour l’instant (il est peut-être en cours d’écriture). Outpost garde les réglages qu’il a et relit le fichier quand il change.
config-no-home = Outpost n’a pas trouvé votre dossier personnel pour y conserver ses réglages.

io-not-found = le fichier ou le dossier n’existe pas.
io-permission-denied = vous n’avez pas l’autorisation nécessaire.
io-disk-full = le disque est plein.
io-read-only = le disque est en lecture seule.
io-other = le système a signalé une erreur.

## Trousseau

keychain-unavailable = Outpost n’a pas pu accéder au trousseau du système, où il conserve les mots de passe en sécurité. Sous Linux, vérifiez qu’un service de trousseau (comme GNOME Keyring ou KWallet) est installé et en cours d’exécution, puis réessayez. Votre mot de passe n’a été enregistré nulle part.
keychain-locked = Votre trousseau est verrouillé ou a refusé l’accès. Déverrouillez-le (par exemple en vous reconnectant à votre session), puis réessayez. Votre mot de passe n’a été enregistré nulle part.
keychain-failed = Le trousseau du système a signalé une erreur ; le mot de passe n’a donc pas pu être utilisé. Réessayez ; si le problème persiste, redémarrez votre service de trousseau.

## Libellés de sécurité et d’identification

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = sans chiffrement

## Détection

detect-source-preset = les réglages intégrés
detect-source-isp = les réglages publiés par votre fournisseur
detect-source-ispdb = la base de données de Thunderbird
detect-source-mx = les serveurs de messagerie de votre domaine
detect-source-guess = une supposition à partir des noms de serveur habituels
detect-unknown-provider = Fournisseur inconnu
detect-heading = { $provider } (d’après { $source })
detect-server-line = {"  "}{ $host }, port { $port }, { $security }, nom d’utilisateur : { $user }
detect-username-from-provider = celui que votre fournisseur vous a donné
detect-note = {"  "}Remarque : { $note }
detect-note-with-link = {"  "}Remarque : { $note } En savoir plus : { $url }
detect-note-isp = Ces réglages sont publiés par le fournisseur de { $domain }.
detect-note-ispdb = Ces réglages proviennent de la base de données du logiciel de messagerie Thunderbird.
detect-note-mx = Les e-mails de { $domain } sont gérés par { $provider } ; ses réglages s’appliquent donc.
detect-note-probed = Ces serveurs ont répondu quand Outpost a essayé les noms et ports habituels. Testez la connexion avant de vous y fier.
detect-guess-note = Ces réglages sont une supposition fondée sur les noms de serveur habituels et n’ont pas été vérifiés. Testez la connexion avant de vous y fier.
detect-note-offline = Vous semblez hors ligne : Outpost n’a rien pu rechercher pour ce domaine, ce ne sont donc que les noms de serveur habituels. Vérifiez votre connexion, puis revenez en arrière et continuez à nouveau.
detect-imap-line = {"  "}Copies des messages envoyés (IMAP) : { $host }, port { $port }, { $security }, nom d’utilisateur : { $user }
detect-imap-same-user = le même que pour l’envoi

## Problèmes : ce qui s’est passé et que faire

problem-dns-not-found = Le nom de serveur « { $host } » n’existe pas.
problem-dns-not-found-fix = Vérifiez que le nom du serveur ne contient pas de faute de frappe. Les pages d’aide de votre fournisseur indiquent le bon serveur d’envoi (SMTP).
problem-network-unavailable = Vous semblez hors ligne : le nom { $host } n’a pas pu être résolu, car aucun serveur de noms n’a répondu.
problem-network-unavailable-fix = Vérifiez que cet ordinateur est connecté à internet (Wi-Fi, câble, VPN), puis réessayez. Les messages de la boîte d’envoi attendent et partent d’eux-mêmes dès que vous êtes de nouveau en ligne.
problem-connection-refused = Rien ne répond sur le port { $port } de { $host }.
problem-connection-refused-fix = Vérifiez le numéro de port. La plupart des fournisseurs utilisent le port 587 avec STARTTLS ou le port 465 avec SSL/TLS.
problem-connect-timeout = Aucune réponse de { $host } sur le port { $port }.
problem-connect-timeout-fix = Un pare-feu ou votre fournisseur d’accès à Internet bloque peut-être ce port. Essayez le port 587 ou 465, ou un autre réseau.
problem-greeting-timeout = La connexion à { $host } s’est ouverte, mais le serveur n’a jamais dit bonjour.
problem-greeting-timeout-fix = Si le port { $port } attend SSL/TLS dès le départ, passez le chiffrement à SSL/TLS. Sinon, réessayez plus tard.
problem-greeting-rejected = Le serveur { $host } a refusé la connexion dès son ouverture.
problem-greeting-rejected-fix = Votre réseau ou votre adresse est peut-être bloqué par ce serveur. Essayez un autre réseau ou contactez votre fournisseur.
problem-server-busy = Le serveur est occupé ou momentanément indisponible.
problem-server-busy-fix = Patientez quelques minutes, puis réessayez. Inutile de modifier vos réglages.
problem-expects-implicit-tls = Le port { $port } attend SSL/TLS dès le départ, mais la connexion a tenté de démarrer sans chiffrement.
problem-expects-implicit-tls-fix = Passez le chiffrement à SSL/TLS (ou utilisez le port 587 avec STARTTLS).
problem-expects-starttls = Le port { $port } démarre sans chiffrement puis passe au chiffrement avec STARTTLS, mais SSL/TLS a été choisi.
problem-expects-starttls-fix = Passez le chiffrement à STARTTLS (ou utilisez le port 465 avec SSL/TLS).
problem-starttls-unavailable = Le serveur ne propose pas STARTTLS sur le port { $port } ; la connexion ne peut donc pas être chiffrée de cette façon.
problem-starttls-unavailable-fix = Essayez le port 465 avec SSL/TLS. Si votre fournisseur ne propose aucun chiffrement, envisagez d’en changer.
problem-tls-handshake-failed = Impossible d’établir une connexion chiffrée avec { $host }.
problem-tls-handshake-failed-fix = Vérifiez le port et le réglage du chiffrement. S’ils sont corrects, le serveur utilise peut-être un chiffrement obsolète ; contactez votre fournisseur.
problem-certificate-untrusted = Le certificat de sécurité du serveur ne provient pas d’une autorité de confiance (il est peut-être auto-signé ou émis par une autorité privée).
problem-certificate-untrusted-fix = S’il s’agit du serveur de votre organisation, demandez à son administrateur le fichier de l’autorité de certification. Sinon, n’allez pas plus loin : la connexion est peut-être interceptée.
problem-certificate-expired = Le certificat de sécurité du serveur a expiré ou n’est pas encore valide.
problem-certificate-expired-fix = Vérifiez la date et l’heure de votre ordinateur. Si elles sont correctes, signalez à votre fournisseur que son certificat a expiré.
problem-certificate-name-mismatch = Le certificat de sécurité du serveur correspond à un autre nom que « { $host } ».
problem-certificate-name-mismatch-fix = Utilisez le nom de serveur indiqué par votre fournisseur (il doit correspondre au certificat), par exemple smtp.provider.com au lieu de mail.yourdomain.com.
problem-auth-unavailable = Le serveur ne propose pas d’identification sur cette connexion.
problem-auth-unavailable-fix = Si le serveur accepte les e-mails sans identification, choisissez « Ce serveur ne demande pas d’identification ». Sinon, utilisez le port prévu pour l’envoi (587 ou 465).
problem-auth-mechanism-unsupported = Le serveur et Outpost n’ont aucune méthode d’identification en commun.
problem-auth-mechanism-unsupported-fix = Essayez l’autre réglage de chiffrement ou l’autre port ; certains serveurs ne proposent l’identification par mot de passe que sur une connexion chiffrée.
problem-auth-failed = Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe.
problem-auth-failed-fix = Vérifiez le nom d’utilisateur (souvent votre adresse e-mail complète) et saisissez à nouveau le mot de passe. Certains fournisseurs exigent un mot de passe d’application à la place de votre mot de passe habituel.
problem-app-password-required = Votre fournisseur exige ici un mot de passe d’application, et non votre mot de passe habituel (la validation en deux étapes est activée).
problem-app-password-required-fix = Créez un mot de passe d’application dans les réglages de sécurité de votre compte, puis utilisez-le comme mot de passe dans Outpost.
problem-web-login-required = Votre fournisseur vous demande d’abord de vous identifier sur son site web.
problem-web-login-required-fix = Connectez-vous à votre messagerie dans un navigateur web, confirmez les éventuelles demandes de sécurité, puis réessayez.
problem-auth-disabled-by-provider = Votre fournisseur ou votre organisation a désactivé l’identification par mot de passe pour l’envoi d’e-mails.
problem-auth-disabled-by-provider-fix = Demandez à votre administrateur d’autoriser l’identification SMTP pour votre boîte aux lettres, ou utilisez un compte compatible avec l’identification OAuth2.
problem-auth-required = Le serveur demande que vous vous identifiiez avant d’accepter des e-mails.
problem-auth-required-fix = Activez l’identification et saisissez votre nom d’utilisateur et votre mot de passe.
problem-encryption-required = Le serveur exige d’abord une connexion chiffrée.
problem-encryption-required-fix = Passez le chiffrement à STARTTLS ou à SSL/TLS.
problem-sender-rejected = Le serveur n’autorise pas l’envoi depuis cette adresse d’expéditeur (De).
problem-sender-rejected-fix = Envoyez depuis l’adresse du compte avec lequel vous vous êtes identifié, ou faites d’abord vérifier cette adresse par votre fournisseur.
problem-recipient-rejected = Le serveur a refusé un destinataire.
problem-recipient-rejected-fix = Vérifiez que l’adresse du destinataire ne contient pas de faute de frappe. Si le serveur répond « relay denied », identifiez-vous d’abord.
problem-message-too-large = Le message dépasse la taille acceptée par le serveur.
problem-message-too-large-limit = Le message fait { $size }, et ce serveur accepte au plus { $limit }. Il n’a pas été envoyé.
problem-message-too-large-fix = Retirez ou réduisez les pièces jointes, ou partagez les fichiers volumineux au moyen d’un lien.
problem-rate-limited = Vous avez atteint une limite d’envoi de ce serveur ou de ce fournisseur.
problem-rate-limited-fix = Patientez avant d’envoyer d’autres messages (les limites sont généralement réinitialisées en moins d’une journée), ou envoyez à moins de destinataires à la fois.
problem-connection-lost = La connexion à { $host } a été interrompue en cours de route.
problem-connection-lost-fix = Vérifiez votre connexion Internet et réessayez.
problem-unexpected-reply = Le serveur a donné une réponse à laquelle Outpost ne s’attendait pas.
problem-unexpected-reply-fix = Réessayez plus tard. Si le problème persiste, montrez à votre fournisseur la réponse exacte du serveur.

## Étapes de la vérification de connexion

step-name-resolve = Trouver le serveur
step-name-connect = Se connecter
step-name-greeting = Le serveur dit bonjour
step-name-ehlo = Demander ce que propose le serveur
step-name-starttls = Démarrer le chiffrement (STARTTLS)
step-name-tls = Vérifier le chiffrement et le certificat
step-name-auth = S’identifier
step-name-mail-from = Expéditeur accepté
step-name-rcpt-to = Destinataires acceptés
step-name-quit = Dire au revoir
step-name-imap-connect = Joindre la boîte aux lettres (IMAP)
step-name-imap-tls = Chiffrer la connexion à la boîte
step-name-imap-auth = Se connecter à la boîte aux lettres
step-name-imap-folder = Trouver le dossier Envoyés
step-not-reached = Étape non atteinte.
step-resolved = Trouvé à l’adresse { $addresses }.
step-connected = Connecté à { $address }.
step-ehlo = Le serveur propose { $count ->
    [one] { $count } extension
   *[other] { $count } extensions
}.
step-starttls = Le serveur a accepté de chiffrer la connexion.
step-starttls-not-needed = Inutile : la connexion est chiffrée dès le départ.
step-no-encryption = Non utilisé : cette connexion n’est pas chiffrée.
step-tls = Chiffré avec { $version }. Le certificat de { $subject }, émis par { $issuer }, est reconnu comme fiable.
step-auth = Identifié en tant que { $user } ({ $mechanism }).
step-no-sign-in = Inutile : ce compte ne s’identifie pas.
step-mail-from = Le serveur accepte { $address } comme expéditeur.
step-rcpt-to = Le serveur accepte { $count ->
    [one] le destinataire
   *[other] les { $count } destinataires
}.
step-no-envelope = Non vérifié : aucun expéditeur ni destinataire n’a été indiqué.
step-quit = Connexion fermée poliment.
step-quit-closed = Le serveur a fermé la connexion.

## Ligne de commande

cli-about = Configurez un compte d’envoi d’e-mails, envoyez des messages et découvrez ce qui ne va pas en cas de problème.
cli-about-detect = Trouver les réglages d’une adresse e-mail
cli-about-compose = Ouvrir une fenêtre de rédaction préremplie à partir de ces options
cli-about-outbox = Voir et envoyer ce qui attend dans la boîte d’envoi
cli-about-outbox-list = Lister les messages en attente dans la boîte d’envoi
cli-about-outbox-flush = Essayer d’envoyer tout de suite tous les messages en attente
cli-about-outbox-retry = Réessayer tout de suite un message retenu ou en attente
cli-about-outbox-remove = Supprimer un message de la boîte d’envoi
cli-about-outbox-sent = Lister les messages envoyés
cli-help-message-id = L’identifiant du message dans la boîte d’envoi (voir outpost outbox list)
cli-help-allow-over-limit = Envoyer même si cela dépasse la limite d’envoi quotidienne du compte
cli-about-check = Tester la connexion à un serveur étape par étape et expliquer ce qui ne va pas
cli-about-probe = Trouver les ports et les chiffrements qui fonctionnent sur un serveur
cli-help-check-from = Vérifier aussi que le serveur accepte cet expéditeur (rien n’est envoyé)
cli-help-check-to = Vérifier aussi que le serveur accepte ce destinataire (rien n’est envoyé)
cli-help-ports = Ports à essayer, séparés par des virgules (par défaut : 465,587,25,2525)
check-ok = Tout fonctionne : Outpost peut envoyer des e-mails via { $host }.
check-failed = Problème : { $message }
check-suggestion = Essayez plutôt : port { $port }, { $security }.
check-step-ok = ✓ { $name } ({ $ms } ms) : { $detail }
check-step-failed = ✗ { $name } ({ $ms } ms) : { $detail }
check-step-skipped = – { $name } : { $detail }
probe-line-ok = ✓ port { $port }, { $security } : fonctionne ({ $ms } ms)
probe-line-failed = ✗ port { $port }, { $security } : { $problem }
probe-best = Meilleur choix : port { $port }, { $security }.
probe-none = Aucune des combinaisons de ports et de chiffrement essayées ne fonctionne sur { $host }.
cli-about-send = Envoyer un message
cli-about-accounts = Gérer les comptes enregistrés
cli-about-accounts-list = Lister les comptes enregistrés
cli-about-accounts-show = Afficher un compte
cli-about-accounts-add = Enregistrer un nouveau compte (son mot de passe est placé dans le trousseau du système)
cli-about-accounts-remove = Supprimer un compte et son mot de passe
cli-help-json = Afficher uniquement un document JSON sur la sortie standard
cli-help-email = Adresse e-mail
cli-help-offline = Utiliser uniquement les réglages intégrés, sans accès au réseau
cli-help-host = Nom du serveur d’envoi (SMTP)
cli-help-port = Port (1–65535) ; par défaut, le port habituel pour le chiffrement choisi
cli-help-security = Chiffrement : tls (SSL/TLS), starttls ou none
cli-help-user = Nom d’utilisateur pour l’identification (par défaut, l’adresse de l’expéditeur)
cli-help-password-stdin = Lire le mot de passe sur la première ligne de l’entrée standard
cli-help-ca-file = Faire aussi confiance à cette autorité de certification (PEM), pour les serveurs privés
cli-help-timeout = Nombre de secondes d’attente du serveur avant d’abandonner
cli-help-final-reply-timeout = Nombre de secondes d’attente de la confirmation du serveur une fois le message entièrement envoyé (600 par défaut)
cli-help-allow-password-without-encryption = Accepter d’envoyer le mot de passe sur une connexion non chiffrée (dangereux)
cli-help-account = Utiliser ce compte enregistré
cli-help-from = Adresse de l’expéditeur
cli-help-to = Destinataire (à répéter, ou séparer par des virgules)
cli-help-cc = Destinataire en copie
cli-help-bcc = Destinataire en copie cachée (jamais visible dans le message)
cli-help-subject = Objet du message
cli-help-body = Texte du message
cli-help-body-file = Lire le texte du message depuis ce fichier
cli-help-attach = Joindre ce fichier (à répéter pour en joindre d’autres)
cli-help-no-queue = Ne pas garder le message dans la boîte d’envoi si l’envoi échoue
cli-help-account-name = Nom du compte
cli-help-display-name = Votre nom, tel que les destinataires le verront
cli-help-provider = Préréglage du fournisseur dont proviennent les réglages (voir outpost detect)
cli-help-default = Faire de ce compte le compte par défaut
cli-help-daily-limit = Nombre de messages que ce compte peut envoyer par jour (par défaut : la limite du fournisseur)
cli-warning = Attention : { $message }
cli-error = Erreur : { $message }
cli-fix = Que faire : { $fix }
cli-server-said = Réponse du serveur : { $reply }
cli-runtime-failed = Outpost n’a pas pu démarrer son moteur réseau : { $reason }
cli-heading-usage = Utilisation
cli-heading-commands = Commandes
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help-help = Afficher cette aide
cli-help-version = Afficher la version
cli-about-help = Afficher l’aide d’une commande
cli-usage-unknown-argument = « { $arg } » n’est pas une option de cette commande.
cli-usage-unknown-command = « { $arg } » n’est pas une commande.
cli-usage-invalid-value = « { $value } » n’est pas une valeur valable pour { $arg }.
cli-usage-missing = Il manque : { $arg }
cli-usage-conflict = { $arg } ne peut pas être utilisé avec { $other }.
cli-usage-value-missing = { $arg } demande une valeur.
cli-usage-invalid = La ligne de commande n’a pas pu être comprise.
cli-usage-see-help = Pour voir ce qui est possible : { $command } --help

send-done = Envoyé. Message-ID : { $message_id }
send-failed = Non envoyé : { $message }
send-not-queued = Le message n’a pas été conservé : renvoyez-le une fois le problème résolu.
send-no-secret = Aucun mot de passe n’est enregistré pour le compte « { $account } ». Ajoutez de nouveau le compte, ou indiquez le mot de passe avec --password-stdin.

accounts-none = Aucun compte pour l’instant. Ajoutez-en un avec : outpost accounts add
accounts-line = { $name } : { $email } via { $host }:{ $port }
accounts-line-default = { $line } (par défaut)
accounts-show-name = Compte : { $name }
accounts-show-from = Envoie en tant que : { $display_name } <{ $email }>
accounts-show-from-address = Envoie en tant que : { $email }
accounts-show-server = Serveur : { $host }, port { $port }, { $security }
accounts-show-user = S’identifie en tant que : { $user }
accounts-show-no-sign-in = Identification : non (le serveur accepte les e-mails sans identification)
accounts-show-secret-stored = Mot de passe : enregistré dans le trousseau du système
accounts-show-secret-missing = Mot de passe : non enregistré — ajoutez-le de nouveau avec : outpost accounts add
accounts-show-secret-unknown = Mot de passe : impossible de savoir, le trousseau du système n’est pas disponible
accounts-unknown-provider = Aucun préréglage de fournisseur ne s’appelle « { $provider } ».
accounts-added = Compte « { $name } » enregistré. Son mot de passe est dans le trousseau du système.
accounts-removed = Compte « { $name } » et son mot de passe supprimés.
accounts-removed-secret-kept = Compte « { $name } » supprimé, mais son mot de passe n’a pas pu être retiré du trousseau : { $reason }

gui-failed = Outpost n’a pas pu ouvrir sa fenêtre : { $reason }
## Application de bureau

gui-app-title = Outpost
gui-window-title = { $page } – Outpost
gui-settings = Réglages
gui-add-account = Ajouter un compte
gui-new-message = Nouveau message
gui-accounts-intro = Vos comptes d’envoi. Testez-en un pour vérifier qu’il fonctionne, ou écrivez un message.
accounts-none-gui = Aucun compte pour l’instant. Ajoutez-en un pour commencer à envoyer des messages.
gui-default-badge = Par défaut
gui-outbox = Boîte d’envoi
gui-status-testing = Test en cours…
gui-status-works = Fonctionne
gui-status-problem = A un problème
gui-status-needs-sign-in = Reconnexion nécessaire
gui-status-not-tested = Pas encore testé
gui-status-waiting = { $count ->
    [one] 1 en attente
   *[other] { $count } en attente
}
gui-test-connection = Tester la connexion
gui-edit = Modifier
gui-make-default = Définir par défaut
gui-remove = Supprimer
gui-remove-question = Supprimer { $email } ? Ses réglages et son mot de passe enregistré dans le trousseau du système seront effacés.
gui-remove-confirm = Supprimer le compte
gui-keep = Le garder
gui-dismiss = Ignorer
gui-done = Terminé
gui-close = Fermer
gui-cancel = Annuler
gui-back = Retour
gui-continue = Continuer
gui-save = Enregistrer le compte
gui-save-anyway = Enregistrer quand même
gui-step-time = { $ms } ms
gui-test-running = Test en cours…

gui-wizard-title = Configurer votre messagerie
gui-wizard-edit-title = Modifier votre compte
gui-wizard-intro = Outpost va trouver les bons réglages pour vous. Commencez par indiquer votre nom et votre adresse e-mail.
gui-wizard-progress = Étape { $step } sur { $total }
gui-wizard-step-address = Adresse
gui-wizard-step-provider = Fournisseur
gui-wizard-step-server = Serveur
gui-wizard-step-sign-in = Connexion
gui-wizard-step-test = Test
gui-wizard-step-done = Terminé
gui-your-name = Votre nom
gui-your-name-placeholder = Tel que les destinataires le verront, par ex. Ada Lovelace
gui-email = Adresse e-mail
gui-email-placeholder = name@example.com
gui-detect-builtin = Vérification des réglages intégrés…
gui-detect-provider = Interrogation de votre fournisseur…
gui-detect-domain = Examen des serveurs de messagerie de votre domaine…
gui-detect-stop = Arrêter la recherche et saisir les réglages moi-même
gui-provider-title = Votre fournisseur de messagerie
gui-found-provider = Trouvé : { $provider } (d’après { $source }).
gui-found-settings = Réglages trouvés d’après { $source }.
gui-provider-other = Autre
gui-region = Région
gui-open-help = Ouvrir la page d’aide
gui-server-title = Serveur d’envoi
gui-server-intro = Ces réglages viennent de votre fournisseur. Ne les modifiez que si votre fournisseur vous le demande.
gui-host = Serveur
gui-host-placeholder = smtp.example.com
gui-port = Port
gui-port-other = Autre…
gui-encryption = Chiffrement
gui-no-encryption-warning = Sans chiffrement, tout ce que vous envoyez — y compris votre mot de passe — peut être lu par d’autres personnes sur le réseau.
gui-accept-insecure = Je comprends que mon mot de passe sera envoyé sans chiffrement
gui-find-automatically = Trouver automatiquement
gui-finding = Essai des ports habituels…
gui-probe-line = Port { $port }, { $security }
gui-probe-best = Choix retenu : port { $port }, { $security }.
gui-sign-in-title = Identification
gui-sign-in-password = S’identifier avec un mot de passe
gui-sign-in-none = Ce serveur ne demande pas d’identification
gui-oauth-not-available = Ce fournisseur n’autorise l’identification que sur son site web (OAuth2), ce qu’Outpost ne sait pas encore faire. Utilisez un autre compte, ou demandez à votre administrateur si l’identification par mot de passe (SMTP AUTH) peut être activée.
gui-username = Nom d’utilisateur
gui-username-placeholder = En général, votre adresse e-mail complète
gui-password = Mot de passe
gui-password-placeholder = Votre mot de passe ou mot de passe d’application
gui-password-keep = Laissez vide pour conserver le mot de passe enregistré
gui-password-needed = Saisissez votre mot de passe (ou mot de passe d’application) pour vous identifier.
gui-password-keychain = Votre mot de passe est conservé dans le trousseau du système, jamais dans un fichier.
gui-show = Afficher
gui-hide = Masquer
gui-test-title = Test de votre connexion
gui-test-ok = Tout fonctionne. Outpost peut envoyer des e-mails avec ces réglages.
gui-test-ok-title = Tout fonctionne
gui-test-failed-title = Le test n’a pas réussi
gui-apply-suggestion = Passer au port { $port }, { $security } et refaire le test
gui-show-details = Afficher les détails
gui-hide-details = Masquer les détails
gui-copy = Copier
gui-test-again = Refaire le test
gui-send-test-message = M’envoyer un message de test
gui-test-message-subject = Message de test d’Outpost
gui-test-message-body = Ce message a été envoyé par Outpost pour vérifier votre compte. Votre serveur d’envoi { $host } fonctionne.
gui-test-message-sent = Un message de test a été envoyé à { $email }. Consultez votre boîte de réception.
gui-done-title = Votre compte est prêt
gui-done-body = { $email } est enregistré. Son mot de passe est conservé dans le trousseau du système.
gui-write-message = Écrire un message

gui-compose-title = Nouveau message
gui-compose-title-subject = { $subject }
gui-no-account = Ajoutez d’abord un compte
gui-addresses-placeholder = name@example.com, another@example.com
gui-body-placeholder = Écrivez votre message…
gui-attach = Joindre des fichiers…
gui-attach-title = Joindre des fichiers
gui-drop-hint = Déposez des fichiers ici pour les joindre.
gui-file-missing = fichier introuvable
gui-attachments-total = Pièces jointes : { $size }
gui-attachments-too-large = Pièces jointes : { $size } — trop volumineuses pour ce serveur, qui accepte des messages de { $limit } au maximum.
gui-send = Envoyer
gui-sending = Envoi en cours…
gui-sending-progress = Envoi de votre message…
gui-sent = Envoyé.
gui-send-shortcut = Ctrl+Enter
gui-send-temporary = Le message attend dans la boîte d’envoi et sera renvoyé automatiquement. Vous pouvez fermer cette fenêtre.
gui-send-kept = Le message est conservé dans la boîte d’envoi jusqu’à ce que le problème soit résolu, et tout ce que vous avez écrit est toujours là.
gui-fix-edit-account = Ouvrez le compte dans la fenêtre principale, choisissez « Modifier » et saisissez de nouveau le mot de passe.
gui-discard-question = Garder ce que vous avez écrit comme brouillon, ou l’abandonner ?
gui-discard = Abandonner
gui-keep-editing = Continuer à écrire

gui-theme = Apparence
gui-text-size = Taille du texte
gui-text-size-help = Agrandit le texte et les boutons dans toutes les fenêtres.
gui-text-size-percent = { $percent } %
gui-theme-system = Comme le système
gui-theme-light = Clair
gui-theme-dark = Sombre
gui-language = Langue
gui-language-system = Comme le système
gui-language-note = Les changements s’appliquent immédiatement.

## Boîte d’envoi

outbox-storage-error = Outpost n’a pas pu écrire dans le dossier de sa boîte d’envoi : { $reason }
outbox-sent-log-unwritable = Outpost ne peut pas écrire son journal des messages envoyés ({ $reason }) ; il n’envoie donc plus rien tant que ce n’est pas possible : un message accepté par le serveur doit être noté, sinon il pourrait partir deux fois. Libérez de l’espace disque ou corrigez les droits du dossier ; rien n’est perdu.
outbox-cannot-mark = Outpost ne peut pas écrire dans sa boîte d’envoi ({ $reason }) et a arrêté l’envoi : il note chaque message sur le disque avant de le transmettre. Libérez de l’espace disque ; rien n’est perdu.
outbox-state-unconfirmed = envoyé, mais non confirmé : vérifiez avant de renvoyer
outbox-unconfirmed-explain = Outpost a envoyé ce message, mais la confirmation du serveur n’est jamais arrivée. Regardez dans vos messages envoyés ou demandez au destinataire.
outbox-unconfirmed-choices = S’il n’est pas arrivé : outpost outbox retry { $id }. S’il est arrivé : outpost outbox mark-sent { $id }
outbox-marked-sent = { $id } noté comme envoyé et retiré de la boîte d’envoi.
cli-about-outbox-mark-sent = Noter un message comme envoyé (il est arrivé) et le retirer de la boîte d’envoi
gui-send-again = Renvoyer
gui-it-arrived = Il est arrivé
gui-flush-stopped = Envoi arrêté : { $reason }
outbox-unknown-id = Il n’y a aucun message « { $id } » dans la boîte d’envoi. Affichez la liste avec : outpost outbox list
outbox-removed = Le message { $id } a été supprimé de la boîte d’envoi.
outbox-empty = La boîte d’envoi est vide.
outbox-state-queued = en attente d’un nouvel envoi ({ $attempts ->
    [one] { $attempts } tentative jusqu’ici
   *[other] { $attempts } tentatives jusqu’ici
})
outbox-state-held = bloqué : en attente que vous résolviez le problème
outbox-line = { $id } : « { $subject } » pour { $recipients } — { $state }
outbox-sent-line = « { $subject } » envoyé à { $recipients } ({ $message_id })
outbox-damaged = Un élément endommagé de la boîte d’envoi a été mis de côté, sans être supprimé : { $path }
outbox-flushed = { $sent ->
    [one] { $sent } message envoyé.
   *[other] { $sent } messages envoyés.
} { $remaining ->
    [0] La boîte d’envoi est vide.
    [one] { $remaining } message est encore en attente.
   *[other] { $remaining } messages sont encore en attente.
}
outbox-failed-line = Non envoyé : « { $subject } » : { $message }
send-queued = Le message est conservé dans la boîte d’envoi et sera renvoyé automatiquement. Pour le voir : outpost outbox list
send-held = Le message est conservé dans la boîte d’envoi, en attente jusqu’à ce que vous résolviez le problème. Ensuite : outpost outbox retry { $id }
send-limit-warning = Aujourd’hui, ce compte a déjà envoyé { $used } des { $limit } messages autorisés par jour.
send-over-limit = Cet envoi dépasserait la limite quotidienne du compte (déjà { $used } sur { $limit } aujourd’hui). Ajoutez --allow-over-limit pour l’envoyer quand même.
outbox-account-gone = Le compte « { $account } » n’existe plus. Modifiez le message pour l’envoyer depuis un autre compte, ou supprimez-le.
gui-outbox-title = Boîte d’envoi
gui-outbox-button = Boîte d’envoi ({ $count })
gui-outbox-tab = En attente ({ $count })
gui-sent-tab = Envoyés
gui-outbox-empty = Rien en attente. Tous les messages que vous avez envoyés sont partis.
gui-outbox-sending = Envoi des messages en attente…
gui-outbox-next-try = Nouvel essai { $time } ({ $attempts ->
    [one] { $attempts } tentative jusqu’ici
   *[other] { $attempts } tentatives jusqu’ici
}).
gui-outbox-to = À { $recipients }, depuis { $account }
gui-no-subject = (sans objet)
gui-retry-now = Réessayer maintenant
gui-delete = Supprimer
gui-delete-question = Supprimer ce message ? Il ne sera pas envoyé.
gui-search-sent = Rechercher dans les messages envoyés
gui-sent-line = À { $recipients }, { $time }, { $size }
gui-sent-empty = Aucun message envoyé à afficher.
gui-time-now = maintenant
gui-time-in-minutes = dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
gui-time-minutes-ago = { $minutes ->
    [one] il y a { $minutes } minute
   *[other] il y a { $minutes } minutes
}
gui-queued-sent = Un message en attente a été envoyé : « { $subject } ».

## Notes sur les fournisseurs

note-gmail-app-password = Google n’accepte ici qu’un mot de passe d’application, pas votre mot de passe habituel. Activez la validation en deux étapes dans votre compte Google, créez un mot de passe d’application dans la rubrique « Sécurité », puis collez-le ici.
note-workspace-admin = Si l’envoi est refusé, l’administrateur Google de votre organisation devra peut-être autoriser, pour votre compte, les mots de passe d’application ou l’envoi depuis d’autres applications.
note-microsoft-oauth2 = Les adresses Outlook.com, Hotmail, Live et MSN ne peuvent envoyer des messages qu’après identification sur la page de connexion de Microsoft (OAuth2) ; votre mot de passe habituel et les mots de passe d’application ne fonctionnent plus ici.
note-office365-oauth2 = Les comptes Microsoft 365 professionnels et scolaires s’identifient normalement sur la page de connexion de Microsoft (OAuth2), ce qu’Outpost ne sait pas encore faire. L’envoi avec un simple mot de passe ne fonctionne que si votre administrateur l’autorise, et Microsoft est en train de supprimer cette possibilité.
note-office365-smtp-auth = Si l’envoi est refusé, demandez à votre administrateur d’activer « SMTP authentifié » (SMTP AUTH) pour votre boîte aux lettres dans le Centre d’administration Microsoft 365.
note-yahoo-app-password = Yahoo exige un mot de passe d’application : dans votre compte Yahoo, ouvrez « Sécurité du compte », choisissez « Générer un mot de passe d’application », puis collez ce mot de passe ici.
note-aol-app-password = AOL exige un mot de passe d’application : dans votre compte AOL, ouvrez « Sécurité du compte », choisissez « Générer un mot de passe d’application », puis collez ce mot de passe ici.
note-icloud-app-password = iCloud exige un mot de passe pour app : connectez-vous à votre compte Apple sur le web, ouvrez « Connexion et sécurité », créez un mot de passe pour app, puis collez-le ici.
note-fastmail-app-password = Fastmail exige un mot de passe d’application, même sans validation en deux étapes : dans Fastmail, ouvrez « Settings », puis « Privacy & Security », créez un nouveau mot de passe d’application avec accès au courrier, puis collez-le ici.
note-zoho-app-password = Si l’authentification à deux facteurs est activée sur votre compte Zoho, créez un mot de passe spécifique à l’application dans les paramètres de sécurité de Zoho Mail et utilisez-le ici.
note-zoho-region = Zoho conserve les comptes dans des régions distinctes : si vous vous identifiez sur zoho.eu, zoho.in ou zoho.com.au, choisissez plutôt le préréglage Zoho Mail de cette région.
note-zoho-workplace = Ce choix concerne les offres Zoho payantes avec votre propre domaine. Si votre organisation utilise l’offre gratuite de Zoho, choisissez plutôt « Zoho Mail » pour votre région.
note-gmx-enable-imap = Autorisez d’abord l’accès par les logiciels de messagerie dans le webmail de GMX : ouvrez « Paramètres », puis « POP3 & IMAP », et activez l’accès.
note-webde-enable-imap = Autorisez d’abord l’accès par les logiciels de messagerie dans le webmail de WEB.DE : ouvrez « Settings », puis « POP3/IMAP », et activez l’accès. Votre nom d’utilisateur est la partie de votre adresse située avant le @.
note-mailcom-enable-imap = Autorisez d’abord l’accès par les logiciels de messagerie dans le webmail de mail.com : ouvrez « Settings », puis « POP3 & IMAP », et activez l’accès. Pour les comptes récents, cette fonction fait partie de mail.com Premium.
note-yandex-app-password = Yandex exige un mot de passe d’application pour les logiciels de messagerie : dans votre Yandex ID, ouvrez « Security », créez un mot de passe d’application pour le courrier, et vérifiez que l’accès par les logiciels de messagerie est activé dans les paramètres de Yandex Mail.
note-mailru-app-password = Mail.ru exige un « mot de passe pour applications externes » : créez-en un dans les paramètres de sécurité de votre compte Mail.ru et collez-le ici à la place de votre mot de passe habituel.
note-proton-bridge = Proton Mail ne fonctionne qu’avec l’application Proton Mail Bridge, qui nécessite une offre payante : installez Bridge, laissez-le ouvert et utilisez le mot de passe que Bridge vous indique, pas votre mot de passe Proton.
note-proton-smtp-token = Pour une adresse sur votre propre domaine, certaines offres Proton Business, Family et Visionary permettent de créer un jeton SMTP dans les paramètres de Proton Mail ; utilisez-le comme mot de passe. Sinon, utilisez l’application Bridge.
note-app-password-2fa = Si vous avez activé l’authentification à deux facteurs, créez un mot de passe d’application dans les paramètres de sécurité de votre compte et utilisez-le ici à la place de votre mot de passe habituel.
note-tonline-password = Telekom exige un mot de passe e-mail distinct pour les logiciels de messagerie : définissez-le dans le centre e-mail de Telekom, sous « Settings », puis « Passwords », et utilisez-le ici. Votre mot de passe de connexion au site web ne fonctionne pas.
note-xfinity-third-party = Activez d’abord l’accès par les logiciels de messagerie tiers dans les paramètres de votre messagerie Xfinity, puis identifiez-vous avec votre adresse Xfinity complète et votre mot de passe.
note-authorization-code = Activez POP3/IMAP/SMTP dans les paramètres du webmail de ce fournisseur, générez le code d’autorisation qu’il propose et utilisez ce code ici comme mot de passe.
note-ses-credentials = Les identifiants SMTP d’Amazon SES ne sont pas vos clés d’accès AWS : créez des identifiants SMTP dans la console SES, sous « SMTP settings », et utilisez le nom d’utilisateur et le mot de passe qu’elle vous indique.
note-ses-sandbox = Les nouveaux comptes SES démarrent dans le bac à sable (« sandbox ») : vous ne pouvez envoyer qu’aux adresses que vous avez vérifiées, 200 messages par jour au maximum, jusqu’à ce que vous demandiez à AWS l’accès à la production.
note-ses-region = Choisissez la région où vous avez configuré SES ; les identifiants SMTP et les adresses vérifiées ne fonctionnent que dans la région où ils ont été créés.
note-verify-sender = Ce service n’envoie que depuis une adresse ou un domaine que vous avez vérifié dans son tableau de bord : vérifiez donc d’abord votre adresse d’envoi à cet endroit.
note-sendgrid-apikey = Le nom d’utilisateur est le mot « apikey » ; le mot de passe est une clé API SendGrid autorisée à envoyer des e-mails.
note-mailgun-credentials = Utilisez l’utilisateur SMTP et le mot de passe de votre domaine d’envoi (souvent postmaster@ suivi de votre domaine), indiqués dans Mailgun parmi les identifiants SMTP (« SMTP credentials ») de votre domaine.
note-mailgun-region = Les régions US et EU de Mailgun sont distinctes : choisissez celle où vous avez créé votre domaine Mailgun.
note-postmark-token = Utilisez le jeton API de votre serveur Postmark à la fois comme nom d’utilisateur et comme mot de passe.
note-brevo-smtp-key = Utilisez l’identifiant affiché dans Brevo sous « SMTP & API », et une clé SMTP (ni une clé API, ni votre mot de passe Brevo) comme mot de passe.
note-mailjet-keys = Utilisez votre clé API Mailjet comme nom d’utilisateur et sa clé secrète comme mot de passe.
note-sparkpost-apikey = Le nom d’utilisateur est « SMTP_Injection » ; le mot de passe est une clé API SparkPost disposant de l’autorisation « Send via SMTP ».
note-smtp2go-user = Utilisez un utilisateur SMTP et son mot de passe, créés dans SMTP2GO sous « Sending », puis « SMTP Users ».
note-resend-apikey = Le nom d’utilisateur est le mot « resend » ; le mot de passe est l’une de vos clés API Resend.
note-mandrill-apikey = Le mot de passe est une clé API Mailchimp Transactional ; comme nom d’utilisateur, saisissez l’adresse e-mail de contact de votre compte Mailchimp.
note-elastic-email-credentials = Créez des identifiants SMTP dans les paramètres d’Elastic Email, puis utilisez ce nom d’utilisateur et le mot de passe qui ne vous est affiché qu’une seule fois.

gui-over-limit = Ce compte a déjà envoyé { $used } des { $limit } messages que son fournisseur autorise par jour. En envoyer davantage peut entraîner le blocage temporaire du compte. Envoyer quand même ?
gui-send-anyway = Envoyer quand même
gui-near-limit = Aujourd’hui, ce compte a déjà envoyé { $used } des { $limit } messages autorisés par jour.

## One sender at a time
outbox-unreadable = Le fichier du message dans la boîte d’envoi n’a pas pu être lu ({ $reason }). Il reste dans la boîte d’envoi ; vérifiez le disque, puis réessayez.
outbox-busy = Le message « { $id } » est en cours d’envoi ou de modification, rien n’a donc été changé. Réessayez dans un instant.
outbox-busy-line = « { $subject } » ignoré : il est en cours de modification ou d’envoi ailleurs.
outbox-waiting-for-other = Un autre Outpost envoie depuis cette boîte d’envoi ; attente de la fin de son envoi…
gui-send-busy = Ce message est en cours d’envoi par une autre fenêtre ou commande Outpost. Patientez un instant, puis regardez la boîte d’envoi.
gui-edit-original-sent = La première version de ce message a déjà été envoyée ({ $time }), avant que vos modifications ne la remplacent. Vos modifications n’ont pas été envoyées.
gui-edit-original-sent-fix = Regardez la liste des messages envoyés. Si les modifications comptent, envoyez-les dans un nouveau message.
gui-outbox-busy = Ce message est en cours d’envoi ou de modification, il n’a donc pas été supprimé. Réessayez dans un instant.
gui-outbox-being-edited = En cours de modification dans une fenêtre de rédaction : il n’est pas envoyé tant que vous ne l’envoyez pas ou ne fermez pas cette fenêtre.
gui-outbox-blocked = En attente : il n’a pas encore pu être essayé.
gui-show-more = Afficher { $count } de plus
input-time-unreadable = « { $value } » n’est pas une heure qu’Outpost sait lire. Écrivez-la sous la forme 2026-12-01 09:00 (votre heure locale) ou en RFC 3339.
input-time-in-past = { $value } est déjà passé. Choisissez un moment dans le futur.
input-later-needs-account = L’envoi différé fonctionne avec un compte enregistré (--account NOM) : le message attend dans la boîte d’envoi jusque-là.

## Send later and undo
cli-help-at = Envoyer plus tard : à l’heure TIME (RFC 3339, ou AAAA-MM-JJ HH:MM en heure locale) ; le message attend dans la boîte d’envoi
send-scheduled = Programmé pour { $time }. Le message attend dans la boîte d’envoi (id { $id }) et part à ce moment-là, même si Outpost a été fermé entre-temps.
outbox-state-scheduled = programmé pour { $time }
gui-undo-too-late = Trop tard pour annuler : le message est déjà en route.
gui-pending = Envoi dans quelques secondes…
gui-undo = Annuler l’envoi
gui-send-later = Envoyer plus tard…
gui-send-later-label = Envoyer à (votre heure locale) :
gui-schedule = Programmer
gui-outbox-scheduled = Programmé pour { $time }
gui-send-now = Envoyer maintenant
gui-undo-setting = Annulation de l’envoi
gui-undo-setting-help = Après avoir appuyé sur Envoyer, le message attend ce délai pour que vous puissiez le reprendre.
gui-undo-off = Désactivée
gui-undo-seconds = { $seconds } s

## Drafts
gui-keep-draft = Garder comme brouillon
gui-drafts-title = { $count ->
    [one] Message inachevé
   *[other] Messages inachevés ({ $count })
}
gui-draft-no-recipient = pas encore de destinataire
gui-draft-line = À { $to } · enregistré { $time }
gui-draft-open = Continuer à écrire

## Mon courrier arrivera-t-il ? (vérification du domaine d’envoi)
domain-check-spf = SPF
domain-check-dkim = DKIM
domain-check-dmarc = DMARC
domain-check-mx = MX
domain-check-blocklist = Liste de blocage
domain-status-pass = OK
domain-status-warn = Attention
domain-status-fail = Problème
domain-status-unknown = Inconnu
domain-your-provider = votre service d’envoi
domain-handled-by-provider = { $domain } appartient à { $provider }, qui s’occupe de SPF, DKIM, DMARC et de la réputation de ses serveurs : vous n’avez rien à configurer.
domain-lookup-failed = La recherche DNS de { $name } n’a reçu aucune réponse : ce point n’a pas pu être vérifié.
domain-fix-retry = Vérifiez votre connexion à internet et relancez la vérification.
domain-fix-none = Rien à faire.
domain-fix-txt = Publiez cet enregistrement TXT sur { $name } : { $record }
domain-spf-none = { $domain } n’a pas d’enregistrement SPF : les destinataires ne peuvent pas savoir quels serveurs peuvent envoyer son courrier, et beaucoup le classent en spam.
domain-spf-many = { $domain } a { $count } enregistrements SPF. Les destinataires considèrent cela comme une erreur (permerror) et les ignorent tous.
domain-fix-spf-merge = Remplacez-les par un seul enregistrement TXT sur { $name } : { $record }
domain-spf-syntax = L’enregistrement SPF contient « { $term } », que les destinataires ne comprennent pas ; ils considèrent tout l’enregistrement comme une erreur.
domain-fix-spf-syntax = Corrigez ou supprimez « { $term } » dans l’enregistrement SPF de { $name }.
domain-spf-include-missing = L’enregistrement SPF inclut { $include }, qui n’a pas lui-même d’enregistrement SPF valide ; les destinataires considèrent cela comme une erreur.
domain-fix-spf-include = Corrigez ou supprimez « include:{ $include } » dans l’enregistrement SPF de { $name }.
domain-spf-too-many-lookups = L’enregistrement SPF demande { $count } recherches DNS (en comptant chaque include) ; les destinataires s’arrêtent à 10 et le considèrent comme une erreur.
domain-fix-spf-lookups = Retirez les include de services que vous n’utilisez plus, ou indiquez des adresses avec ip4:/ip6: plutôt que des noms, jusqu’à ce que l’enregistrement demande 10 recherches ou moins.
domain-spf-pass-all = L’enregistrement SPF se termine par « { $all } » : il autorise n’importe quel serveur au monde à envoyer du courrier au nom de { $domain }.
domain-spf-missing-provider = L’enregistrement SPF n’autorise pas { $provider }, le service par lequel ce compte envoie : son courrier risque d’échouer à SPF.
domain-spf-neutral-all = L’enregistrement SPF ne se termine ni par « -all » ni par « ~all » ({ $all }) : il ne dit rien des serveurs qu’il ne cite pas et protège donc peu.
domain-spf-host-unconfirmed = Outpost n’a pas pu confirmer que l’enregistrement SPF autorise { $host }, le serveur par lequel ce compte envoie.
domain-spf-ok = L’enregistrement SPF est valide et utilise { $count } des 10 recherches DNS que les destinataires autorisent.
domain-dkim-no-selector = Outpost ne connaît pas le sélecteur DKIM du service d’envoi de ce domaine : DKIM n’a pas pu être vérifié.
domain-fix-dkim-selector = Cherchez le sélecteur DKIM dans les réglages de { $provider } et relancez la vérification avec --dkim-selector SÉLECTEUR.
domain-dkim-ok = Clé DKIM trouvée au sélecteur « { $selector } » : { $kind }, { $bits } bits.
domain-dkim-short = La clé DKIM du sélecteur « { $selector } » ne fait que { $bits } bits ; Gmail et d’autres ignorent les clés de moins de 1024 bits.
domain-dkim-revoked = La clé DKIM du sélecteur « { $selector } » est révoquée (son p= est vide) : le courrier signé avec elle échoue à DKIM.
domain-dkim-unreadable = L’enregistrement DKIM du sélecteur « { $selector } » contient une clé qu’Outpost ne sait pas lire.
domain-fix-dkim-rotate = Créez une nouvelle clé DKIM de 2048 bits dans les réglages de { $provider } et publiez l’enregistrement qu’il vous donne.
domain-dkim-missing = Aucune clé DKIM trouvée pour { $domain } (sélecteurs essayés : { $selectors }). Sans DKIM, Gmail et Yahoo peuvent refuser le courrier ou le classer en spam.
domain-fix-dkim-enable = Activez la signature DKIM dans les réglages de { $provider } et publiez l’enregistrement qu’il vous donne (un enregistrement TXT ou CNAME sur SÉLECTEUR._domainkey.{ $domain }).
domain-dmarc-missing = { $domain } n’a pas d’enregistrement DMARC. Gmail et Yahoo en exigent un (p=none suffit) de quiconque leur envoie plus de 5 000 messages par jour.
domain-dmarc-many = { $domain } a { $count } enregistrements DMARC ; les destinataires les ignorent tous.
domain-dmarc-invalid = L’enregistrement DMARC n’a pas de politique valide (p=none, quarantine ou reject) : les destinataires l’ignorent.
domain-dmarc-none = La politique DMARC est « none » : elle respecte les règles 2024 de Gmail et Yahoo, mais les destinataires livrent quand même le courrier qui se fait passer pour vous. { $details }
domain-dmarc-ok = La politique DMARC est « { $policy } » : elle respecte les règles 2024 de Gmail et Yahoo et protège le domaine contre le courrier falsifié. { $details }
domain-bulk-rules-met = Avec SPF et DKIM aussi en place, le domaine remplit ce que Gmail et Yahoo demandent dans le DNS aux expéditeurs en masse.
domain-bulk-rules-unmet = Gmail et Yahoo demandent aux expéditeurs en masse SPF, DKIM et DMARC à la fois : ce domaine ne le remplit pas encore.
domain-dmarc-details = Alignement : DKIM { $adkim }, SPF { $aspf }. Rapports envoyés à : { $rua }.
domain-dmarc-strict = strict
domain-dmarc-relaxed = souple
domain-dmarc-no-reports = personne (aucune adresse rua=)
domain-fix-dmarc-tighten = Quand les rapports ne montrent plus que vos propres services, renforcez la politique avec cet enregistrement TXT sur { $name } : { $record }
domain-mx-ok = { $domain } reçoit son courrier sur { $hosts }.
domain-mx-none = { $domain } n’a pas d’enregistrement MX : les réponses et les avis de non-remise ne peuvent aller nulle part, et certains destinataires refusent le courrier de tels domaines.
domain-mx-null = { $domain } déclare ne recevoir aucun courrier (« MX nul ») : les réponses et les avis de non-remise sont perdus.
domain-fix-mx = Ajoutez pour { $domain } un enregistrement MX qui pointe vers le serveur qui reçoit son courrier, par exemple : { $record }
domain-blocklist-no-server = Aucun serveur d’envoi n’est connu : ses adresses n’ont pas pu être comparées aux listes de blocage.
domain-fix-blocklist-account = Lancez la vérification pour un compte (outpost domain --account NOM) afin d’inclure son serveur.
domain-blocklist-listed = L’adresse { $address } du serveur d’envoi figure sur { $list } (réponse { $answer }) : beaucoup de destinataires refusent son courrier ou le classent en spam.
domain-fix-blocklist = Demandez le retrait sur { $url }. Si le serveur appartient à votre fournisseur, prévenez-le.
domain-blocklist-clean = { $addresses } ne figure pas sur { $list }.
domain-blocklist-refused = { $list } a refusé de répondre (réponse { $answer }) ; la liste ne répond pas aux requêtes passant par des résolveurs DNS publics ou très sollicités : le résultat est donc inconnu.
domain-fix-blocklist-refused = Relancez la vérification depuis un réseau dont le résolveur DNS n’est pas un grand résolveur public.
domain-heading = Le courrier de { $domain } arrivera-t-il ?
domain-provider-line = Service d’envoi : { $provider }
domain-check-line = { $status } · { $check } : { $message }
domain-record-line = { "  " }Enregistrement : { $record }
domain-fix-line = { "  " }Solution : { $fix }
domain-invalid = « { $domain } » n’est pas un nom de domaine.
domain-needs-target = Indiquez un domaine ou un compte (--account NOM).
cli-about-domain = Vérifier si le courrier d’un domaine arrivera : SPF, DKIM, DMARC, MX et listes de blocage
cli-help-domain = Domaine à vérifier (par ex. example.com)
cli-help-dkim-selector = Un sélecteur DKIM à rechercher en plus (peut être répété)
gui-delivery-title = Votre courrier arrivera-t-il ?
gui-delivery-checking = Vérification de { $domain }…
gui-delivery-again = Vérifier à nouveau
gui-delivery-done = Terminé
gui-delivery-button = Vérifier la remise
gui-delivery-copy = Copier
gui-delivery-all-good = Tout ce qu’il faut pour que le courrier de { $domain } arrive est en place.
gui-delivery-some-failed = Une partie de ce que vérifient les destinataires pour { $domain } manque ou est incorrecte ; chaque ligne indique quoi publier dans le DNS.

## Attachment reminder
compose-attachment-words = pièce jointe, pièces jointes, ci-joint, en annexe, joins le, joins les
gui-reminder = Vous mentionnez une pièce jointe, mais rien n’est joint.
gui-send-without = Envoyer sans
gui-attach-files = Joindre des fichiers…

## Address suggestions
gui-forget-address = oublier

## Sign in with Google and Microsoft (OAuth2)
keychain-too-long = La connexion est trop longue pour le trousseau du système ; elle n’a donc pas été enregistrée. Rien n’a été tronqué. Utilisez un trousseau sans cette limite, ou connectez-vous avec un mot de passe si le fournisseur l’accepte.
oauth-device-code-unavailable = { $provider } ne permet pas de se connecter pour l’e-mail avec un code sur un autre appareil. Lancez la commande sur un ordinateur avec un navigateur, ou utilisez --no-browser et ouvrez l’adresse affichée sur n’importe quel appareil.
oauth-failed = La connexion n’a pas abouti : le service de connexion a donné une réponse qu’Outpost ne peut pas utiliser. Réessayez dans un instant.
oauth-page-done = Vous êtes connecté à Outpost. Vous pouvez fermer cet onglet.
oauth-page-failed = La connexion à Outpost n’a pas abouti. Vous pouvez fermer cet onglet et revenir à Outpost.
sign-in-expired = La connexion enregistrée du compte « { $account } » ne fonctionne plus. Reconnectez-vous : outpost accounts signin { $account }
sign-in-not-configured = Cette copie d’Outpost n’a pas d’enregistrement de connexion pour ce fournisseur ; elle ne peut donc pas s’y connecter. Voir « Sign in with Google and Microsoft » dans le README pour en ajouter un à config.toml.
problem-oauth-not-configured = Cette copie d’Outpost n’est pas enregistrée pour se connecter avec ce fournisseur.
problem-oauth-not-configured-fix = Ajoutez un enregistrement client sous [oauth2.google] ou [oauth2.microsoft] dans config.toml (le README explique comment), ou utilisez un mot de passe d’application si le fournisseur en propose.
problem-sign-in-cancelled = La connexion a été annulée : le navigateur a été fermé, l’accès n’a pas été autorisé, ou elle n’a pas été terminée à temps.
problem-sign-in-cancelled-fix = Recommencez la connexion et autorisez Outpost à envoyer des e-mails pour vous.
problem-sign-in-expired = La connexion enregistrée ne fonctionne plus : le fournisseur l’a refusée (expirée, mot de passe changé ou accès retiré).
problem-sign-in-expired-fix = Reconnectez-vous. Vos messages attendent dans la boîte d’envoi et partiront ensuite.
problem-sign-in-blocked-by-admin = Votre organisation doit approuver Outpost avant que vous puissiez vous connecter avec.
problem-sign-in-blocked-by-admin-fix = Demandez à votre administrateur informatique d’autoriser (consentement administrateur) l’application « Outpost » pour l’envoi d’e-mails (SMTP), puis reconnectez-vous.
problem-wrong-account-signed-in = Le compte avec lequel vous vous êtes connecté n’est pas celui de cette adresse ; le serveur l’a donc refusé.
problem-wrong-account-signed-in-fix = Reconnectez-vous et choisissez le compte de l’adresse d’envoi.
problem-starttls-tampered = Quelqu’un sur le réseau manipule peut-être la connexion à { $host } : des données en trop sont arrivées juste avant le début du chiffrement. Rien n’a été envoyé.
problem-starttls-tampered-fix = N’envoyez pas depuis ce réseau pour l’instant. Essayez un autre réseau (par exemple le partage de connexion de votre téléphone), ou choisissez SSL/TLS sur le port 465, chiffré dès le premier octet.
problem-outcome-unknown = Le serveur a peut-être reçu le message, mais sa réponse n’est jamais arrivée.
problem-outcome-unknown-fix = Regardez dans la boîte du destinataire ou dans vos messages envoyés avant de renvoyer : un nouvel envoi pourrait le livrer deux fois.
problem-recipient-rejected-address = Le serveur a refusé le destinataire { $address }.
problem-address-needs-smtputf8 = L’adresse { $address } contient des lettres hors de l’alphabet simple, et { $host } ne sait pas transmettre de telles adresses. Rien n’a été envoyé.
problem-address-needs-smtputf8-fix = Demandez une adresse en lettres simples si la personne en a une, ou envoyez depuis un compte dont le serveur accepte les adresses internationales (SMTPUTF8).
send-waiting-confirm = En attente de la confirmation du serveur…
cli-help-oauth2 = Se connecter avec google ou microsoft dans le navigateur au lieu d’un mot de passe
cli-help-no-browser = Ne pas ouvrir de navigateur : afficher l’adresse de connexion sur stderr et attendre
cli-help-device-code = Se connecter avec un code sur un autre appareil (Microsoft uniquement)
cli-about-accounts-signin = Se reconnecter à un compte qui utilise la connexion Google ou Microsoft
oauth-open-address = Ouvrez cette adresse dans un navigateur pour vous connecter (Outpost attend jusqu’à cinq minutes) :
oauth-device-instructions = Sur n’importe quel appareil, ouvrez { $url } et saisissez le code { $code }. Outpost attend que vous soyez connecté.
accounts-signed-in = Connecté : le compte « { $name } » peut envoyer maintenant.
accounts-not-oauth2 = Le compte « { $name } » se connecte avec un mot de passe, pas avec Google ou Microsoft.
accounts-show-signs-in-with = Se connecte avec { $provider }
accounts-show-token-stored = Connexion : enregistrée dans le trousseau du système
accounts-show-token-missing = Connexion : aucune enregistrée (reconnectez-vous)
gui-oauth-sign-in-with = Se connecter avec { $provider }
gui-oauth-waiting = En attente de votre connexion dans le navigateur…
gui-oauth-open-again = Rouvrir le navigateur
gui-oauth-cancel = Annuler
gui-oauth-signed-in = Connecté en tant que { $email }
gui-oauth-or-password = Ou se connecter avec un mot de passe
gui-oauth-unconfigured-google = Cette copie d’Outpost n’est pas enregistrée auprès de Google ; « Se connecter avec Google » n’est donc pas disponible. À la place, activez la validation en deux étapes dans votre compte Google, créez un mot de passe d’application et utilisez-le comme mot de passe ci-dessous.
gui-oauth-unconfigured-office365 = Cette copie d’Outpost n’est pas enregistrée auprès de Microsoft ; « Se connecter avec Microsoft » n’est donc pas disponible. Demandez à votre administrateur d’activer SMTP AUTH pour votre boîte aux lettres, puis utilisez votre mot de passe ci-dessous.
gui-oauth-unconfigured-outlook = Cette copie d’Outpost n’est pas enregistrée auprès de Microsoft ; « Se connecter avec Microsoft » n’est donc pas disponible. Outlook.com n’accepte plus les mots de passe pour l’envoi : honnêtement, il n’y a pas d’autre solution ici. Utilisez une copie d’Outpost enregistrée (voir le README).
gui-oauth-sign-in-again = Se reconnecter
gui-oauth-sign-in-first = Connectez-vous d’abord : appuyez sur le bouton de connexion ci-dessus et terminez dans le navigateur.
oauth-insecure-endpoint = L’adresse de connexion de { $provider } dans config.toml ({ $url }) n’est pas une adresse https://, donc Outpost ne l’utilise pas : une connexion ne circule jamais sans chiffrement. Utilisez son adresse https://.
oauth-interaction-required = Le fournisseur veut que vous vous reconnectiez sur sa propre page (par exemple pour confirmer une deuxième étape) : la connexion enregistrée ne suffit plus à elle seule.
oauth-consent-required = Le fournisseur a besoin que vous autorisiez de nouveau Outpost à envoyer des e-mails pour vous (l’autorisation manque ou a été retirée).
oauth-registration-changed = La connexion enregistrée a été faite avec un autre enregistrement d’Outpost ou une autre adresse de connexion que ceux configurés maintenant, donc Outpost ne l’y envoie pas.
accounts-added-signed-in = Compte « { $name } » enregistré. Sa connexion est dans le trousseau du système.
accounts-requeued = { $count ->
    [one] 1 message retenu pour la connexion est de nouveau dans la file de la boîte d’envoi ; `outpost outbox flush` l’envoie maintenant.
   *[other] { $count } messages retenus pour la connexion sont de nouveau dans la file de la boîte d’envoi ; `outpost outbox flush` les envoie maintenant.
}
gui-oauth-explain = Votre navigateur ouvre la page de connexion de { $provider } elle-même. Outpost ne voit jamais votre mot de passe.
gui-oauth-signed-in-next = Ensuite, testez la connexion.

## Formatting
cli-help-markdown = Le texte est en Markdown : l’envoyer en texte brut et en HTML mis en forme (multipart/alternative)
gui-formatting = Mise en forme (Markdown)

## Signatures and replies
cli-about-accounts-edit = Modifier le nom affiché, la signature, l’adresse de réponse ou la copie à soi-même d’un compte
cli-help-signature-file = Un fichier texte avec la signature placée sous chaque nouveau message (après la ligne « -- »)
cli-help-reply-to = Où les réponses doivent aller, si ce n’est pas à l’adresse de l’expéditeur
cli-help-bcc-self = Envoyer une copie de chaque message à l’adresse du compte lui-même (Cci)
cli-help-no-bcc-self = Ne plus envoyer de copie à l’adresse du compte lui-même
accounts-edited = Les modifications du compte « { $name } » sont enregistrées.

## Signature and replies (GUI)
gui-identity-button = Signature…
gui-identity-page = Signature et réponses
gui-identity-title = Signature et réponses pour { $account }
gui-signature = Signature
gui-signature-help = Placée sous chaque nouveau message, après une ligne « -- », pour que les logiciels de messagerie la distinguent du texte. Vous la voyez dans la fenêtre de rédaction et pouvez l’y modifier.
gui-reply-to-placeholder = Les réponses vont à (facultatif) : team@example.com
gui-bcc-self = M’envoyer une copie de chaque message (Cci à { $email })
gui-bcc-self-help = Outpost n’a pas de dossier Envoyés : avec cette option, votre boîte reçoit une copie de tout ce que vous envoyez.
gui-bcc-self-kept = { $provider } garde déjà une copie de vos envois dans votre dossier Envoyés : ce n’est généralement pas nécessaire.
gui-identity-save = Enregistrer
cli-help-compose-at = Ouvrir « Envoyer plus tard » avec cette heure (RFC 3339, ou AAAA-MM-JJ HH:MM locale)
cli-help-identity = Une autre adresse d’expéditeur qui envoie par ce compte : "Nom <adresse>" (répétable)
cli-help-remove-identity = Retirer cette autre adresse d’expéditeur
gui-other-addresses = Autres adresses d’expéditeur
gui-other-addresses-help = Les adresses avec lesquelles votre fournisseur laisse ce compte envoyer (alias), chacune avec son nom et, si vous voulez, sa propre signature. La fenêtre de rédaction les propose sous « De ».
gui-other-signature = Signature pour cette adresse (vide : celle du compte)
gui-add-other-address = Ajouter une adresse

## Publipostage
merge-data-no-header = Le fichier n’a pas de ligne d’en-tête : sa première ligne doit nommer les colonnes (par exemple Nom et E-mail).
merge-data-unreadable = Impossible de lire le fichier : { $reason }
merge-data-damaged = il est endommagé, ou ce n’est pas le type de fichier qu’indique son nom
merge-data-unknown-sheet = Le fichier n’a pas de feuille « { $name } ». Ses feuilles : { $sheets }.
merge-data-too-large = Le fichier est trop volumineux ({ $size }) ; au plus { $limit } peuvent être utilisés.
merge-data-too-large-unpacked = Une fois décompressé, le classeur est trop volumineux ({ $size }) ; au plus { $limit } peuvent être utilisés.
merge-data-too-many-rows = Le fichier a plus de { $limit } lignes. Divisez-le en listes plus petites.
merge-data-too-many-columns = Le fichier a plus de { $limit } colonnes.
merge-data-cell-too-long = Une cellule de la ligne { $row } dépasse { $limit } caractères. Un guillemet a peut-être été ouvert sans jamais être fermé.
merge-data-unsupported = Les fichiers de ce type (« { $extension } ») ne peuvent pas être lus. Enregistrez la liste en CSV, XLSX ou ODS.
merge-unknown-placeholder = Aucune colonne ne correspond au champ « { $placeholder } ».
merge-unknown-placeholder-closest = Aucune colonne ne correspond au champ « { $placeholder } ». Vouliez-vous dire « { $closest } » ?
merge-no-address-column = Aucune colonne d’adresses e-mail n’a été trouvée. Donnez à cette colonne l’en-tête « E-mail », ou indiquez quelle colonne contient les adresses.
merge-unknown-column = Il n’y a pas de colonne « { $name } ».
merge-unknown-column-closest = Il n’y a pas de colonne « { $name } ». Vouliez-vous dire « { $closest } » ?
merge-skip-invalid-address = « { $value } » n’est pas une adresse e-mail valide unique.
merge-skip-no-address = L’adresse est vide.
merge-skip-duplicate = { $address } reçoit déjà ce message par la ligne { $row }.
merge-skip-empty-field = Aucune valeur pour { $columns }, et pas de texte de remplacement dans le champ.
merge-skip-unsafe-field = La valeur de { $columns } contient un saut de ligne, impossible dans un objet ou une adresse.
merge-skip-attachment-missing = La pièce jointe « { $path } » n’existe pas.
merge-skip-attachment-outside = La pièce jointe « { $path } » n’est pas dans le dossier de la liste : elle n’est donc pas jointe.
merge-skip-suppressed = { $address } figure sur la liste des personnes à ne plus contacter.
merge-estimate-none = Aucun message à envoyer.
merge-estimate-today = { $count } aujourd’hui
merge-estimate-tomorrow = { $count } demain
merge-estimate-on = { $count } le { $date }
merge-estimate-more = { $count } de plus d’ici le { $date }
merge-estimate = { $total ->
    [one] 1 message
   *[other] { $total } messages
} : { $days }.
merge-estimate-within-provider = { $total ->
    [one] 1 message
   *[other] { $total } messages
} : { $days }, dans la limite de { $limit } par jour de { $provider }.
merge-estimate-within-limit = { $total ->
    [one] 1 message
   *[other] { $total } messages
} : { $days }, dans votre limite de { $limit } par jour.
merge-rate-given = Rythme : { $count ->
    [one] 1 message
   *[other] { $count } messages
} par minute, comme demandé.
merge-rate-provider = Rythme : { $count ->
    [one] 1 message
   *[other] { $count } messages
} par minute, dans la limite de { $provider }.
merge-rate-default = Rythme : { $count ->
    [one] 1 message
   *[other] { $count } messages
} par minute (par défaut).

merge-paused-reason = En attente : le publipostage est en pause.
merge-unknown-id = Il n’y a pas de publipostage « { $id } ».
merge-nothing-ready = Aucune ligne de la liste n’est prête à partir.
merge-unsubscribe-footer = Pour ne plus recevoir ces messages, écrivez à { $address }.
merge-summary = Lignes : { $rows }. Prêtes : { $ready }. Ignorées : { $skipped }.
merge-skipped-line = Ligne { $row } ignorée : { $detail }
merge-message-line = Ligne { $row } : { $to } — « { $subject } » ({ $time })
merge-dry-run-done = Rien n’a été mis dans la boîte d’envoi (essai à blanc).
merge-queued = Le publipostage { $id } est dans la boîte d’envoi. { $estimate }
merge-test-sent = Le message d’essai est parti vers { $address }.
merge-test-queued = Le message d’essai attend dans la boîte d’envoi : voir « outpost outbox list ».
merge-waiting = Envoi des messages à mesure qu’ils arrivent à leur heure. Ctrl+C arrête seulement l’attente : « outpost outbox flush » ou la fenêtre continuent.
merge-progress = Envoyés : { $sent } sur { $total }. Prochain : { $time }.
merge-status-line = { $id } ({ $account }) : envoyés { $sent }, en attente { $waiting }, programmés { $scheduled }, échoués { $failed }, retenus { $held }, non confirmés { $unconfirmed }, ignorés { $skipped }
merge-status-paused = En pause : « outpost merge resume { $id } » envoie le reste.
merge-status-next = Prochain message : { $time }. Dernier : { $finish }.
merge-list-empty = Aucun publipostage.
merge-paused = En pause. Messages retenus : { $count }.
merge-resumed = Repris. Messages remis en file : { $count }.
merge-cancelled = Annulé. Messages retirés : { $count }.
merge-busy = Messages en cours d’envoi à ce moment, laissés tels quels : { $count }.
merge-report-written = Rapport enregistré dans { $path }.
merge-suppressed = Ajoutées à la liste d’exclusion : { $count }.
cli-about-merge = Envoyer un message à chaque ligne d’un tableur (publipostage)
cli-help-merge-data = La liste : CSV, XLSX ou ODS, avec une ligne d’en-tête
cli-help-merge-sheet = La feuille à lire (par défaut : la première)
cli-help-merge-to = Le champ À avec des champs de fusion, par exemple "{"{{"}Nom{"}}"} <{"{{"}Email{"}}"}>" (par défaut : la colonne des adresses)
cli-help-merge-subject = L’objet, avec des champs {"{{"}Colonne{"}}"}
cli-help-merge-body = Le texte, avec des champs {"{{"}Colonne{"}}"} et {"{{"}Colonne|remplacement{"}}"}
cli-help-merge-body-file = Lire le texte dans ce fichier
cli-help-merge-attach-column = La colonne des pièces jointes propres à chaque ligne (relatives au dossier de la liste)
cli-help-merge-per-minute = Messages par minute (par défaut : le rythme publié par le fournisseur, sinon 20)
cli-help-merge-start = Envoyer le premier message à cette heure (RFC 3339, ou AAAA-MM-JJ HH:MM locale)
cli-help-merge-unsubscribe = Ajouter un en-tête List-Unsubscribe et une ligne de pied de page avec cette adresse
cli-help-merge-allow-empty = Envoyer aussi les lignes dont des champs sont vides
cli-help-merge-dry-run = Vérifier et montrer ce qui serait envoyé ; ne rien mettre en file
cli-help-merge-test-to = N’envoyer que le premier message, à cette adresse, maintenant
cli-help-merge-no-wait = Rendre la main une fois les messages dans la boîte d’envoi
cli-help-merge-id = L’identifiant du publipostage (voir « outpost merge list »)
cli-help-merge-output = Où écrire le rapport (CSV)
cli-help-merge-addresses = Adresses qui ont demandé à ne plus recevoir de messages
cli-about-merge-list = Afficher les publipostages
cli-about-merge-status = Montrer où en est un publipostage
cli-about-merge-pause = Retenir les messages pas encore envoyés d’un publipostage
cli-about-merge-resume = Remettre en file les messages d’un publipostage en pause
cli-about-merge-cancel = Retirer les messages pas encore envoyés d’un publipostage
cli-about-merge-report = Écrire le rapport d’un publipostage, ligne par ligne, en CSV
cli-about-merge-suppress = Mettre des adresses sur la liste d’exclusion

# Send to a list, in the window
gui-send-to-list = Envoyer à une liste…
gui-merge-title = Envoyer à une liste
gui-merge-file-intro = Chaque personne de la liste reçoit son propre message, avec son nom et ses informations. Choisissez un tableur dont la première ligne nomme les colonnes : CSV, XLSX ou ODS.
gui-merge-choose-file = Choisir un fichier…
gui-merge-choose-title = Choisir la liste
gui-merge-file-filter = Tableurs
gui-merge-drop-hint = Ou déposez le fichier sur cette fenêtre.
gui-merge-loading = Lecture de { $file }…
gui-merge-rows-columns = { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}, { $columns ->
    [one] { $columns } colonne
   *[other] { $columns } colonnes
}
gui-merge-sheet = Feuille
gui-merge-address-in = Adresses
gui-merge-found-by-header = Outpost a trouvé les adresses dans la colonne « { $column } » d’après son nom.
gui-merge-found-by-content = Outpost a trouvé les adresses dans la colonne « { $column } » d’après son contenu.
gui-merge-address-picked = Les adresses sont prises dans la colonne « { $column } ».
gui-merge-no-address = Aucune colonne ne contient d’adresses e-mail. Choisissez ci-dessus la colonne des adresses, ou nommez-la « E-mail » dans la liste.
gui-merge-column = Colonne
gui-merge-example = Exemple
gui-merge-column-empty = (vide)
gui-merge-addresses = Adresses
gui-merge-more-columns = { $count ->
    [one] Et { $count } autre colonne.
   *[other] Et { $count } autres colonnes.
}
gui-merge-earlier = Publipostages
gui-merge-earlier-line = { $date }, { $account } : { $sent } sur { $total } envoyés
gui-merge-show-progress = Voir l’avancement
gui-merge-state-sending = Envoi en cours
gui-merge-state-paused = En pause
gui-merge-state-cancelled = Annulé
gui-merge-state-done = Tout est envoyé
gui-merge-state-problems = Arrêté sur des problèmes
gui-merge-no-account = Ajoutez d’abord un compte : les messages partent de celui-ci.
gui-merge-write-title = Écrire le message
gui-merge-write-intro = Les champs comme {"{{"}Nom{"}}"} sont remplis à partir de chaque ligne. {"{{"}Nom|amie{"}}"} met « amie » quand une ligne n’a pas de nom.
gui-merge-insert-field = Insérer un champ
gui-merge-text = Message
gui-merge-body-placeholder = Bonjour {"{{"}Nom{"}}"}, …
gui-merge-allow-empty = Envoyer aussi aux lignes dont un champ est vide
gui-merge-unsubscribe = Ajouter une ligne pour se désabonner (en écrivant à { $address })
gui-merge-subject-missing = Écrivez un objet.
gui-merge-body-missing = Écrivez le message.
gui-merge-preview-button = Aperçu
gui-merge-preparing = Vérification de chaque ligne…
gui-merge-preview-title = Aperçu
gui-merge-row-of = Ligne { $row } ({ $index } sur { $count })
gui-merge-previous = Précédente
gui-merge-next = Suivante
gui-merge-next-problem = Ligne ignorée suivante
gui-merge-skipped-row = La ligne { $row } ne reçoit aucun message.
gui-merge-empty-warning = Envoyé sans rien dans { $columns }.
gui-merge-send-test = M’envoyer un test
gui-merge-test-sending = Envoi du premier message à vous-même, pour tester…
gui-merge-test-sent = Le premier message est parti en test vers { $address }. Jetez-y un œil.
gui-merge-test-failed = Le test n’a pas été envoyé. { $reason }
gui-merge-test-waiting = Il attend dans la boîte d’envoi, qui réessaiera d’elle-même.
gui-merge-send-title = Prêt à envoyer
gui-merge-send-summary = { $count ->
    [one] { $count } message, de { $from }
   *[other] { $count } messages, chacun à une personne, de { $from }
}
gui-merge-send-skipped = { $count ->
    [one] { $count } ligne ne reçoit aucun message (voir l’aperçu).
   *[other] { $count } lignes ne reçoivent aucun message (voir l’aperçu).
}
gui-merge-pacing = Quand ils partent
gui-merge-per-minute = Messages par minute
gui-merge-per-minute-error = Indiquez un nombre de 1 à 600.
gui-merge-first-last = Le premier part à { $first }, le dernier à { $last }.
gui-merge-pacing-note = Espacer les messages les garde dans les limites du fournisseur, pour qu’ils ne passent pas pour du spam.
gui-merge-send-count = { $count ->
    [one] Envoyer { $count } message
   *[other] Envoyer { $count } messages
}
gui-merge-queuing = Mise des messages dans la boîte d’envoi…
gui-merge-progress-title = Publipostage
gui-merge-reading = Lecture du publipostage…
gui-merge-progress-sub = De { $account }, commencé le { $date }, { $rows ->
    [one] { $rows } ligne
   *[other] { $rows } lignes
}
gui-merge-next-send = { $state }. Prochain message à { $next }, le dernier à { $finish }.
gui-merge-sent-of = { $sent } sur { $total } envoyés
gui-merge-count-sent = Envoyés
gui-merge-count-waiting = En attente
gui-merge-count-scheduled = Programmés
gui-merge-count-failed = En échec
gui-merge-count-held = Retenus
gui-merge-count-unconfirmed = Non confirmés
gui-merge-count-skipped = Ignorés
gui-merge-count-cancelled = Annulés
gui-merge-problems = Lignes avec un problème
gui-merge-row = Ligne { $row }
gui-merge-row-address = Ligne { $row } : { $address }
gui-merge-more-problems = { $count ->
    [one] Et { $count } autre : le rapport liste toutes les lignes.
   *[other] Et { $count } autres : le rapport liste toutes les lignes.
}
gui-merge-pause = Mettre en pause
gui-merge-resume = Reprendre
gui-merge-cancel = Annuler le reste
gui-merge-cancel-question = { $count ->
    [one] Retirer le message pas encore envoyé ? Ceux déjà envoyés le restent.
   *[other] Retirer les { $count } messages pas encore envoyés ? Ceux déjà envoyés le restent.
}
gui-merge-keep-sending = Les garder
gui-merge-cancel-confirm = Les retirer
gui-merge-working = Un instant…
gui-merge-export = Exporter le rapport…
gui-merge-report-title = Enregistrer le rapport
gui-merge-progress-note = Les messages attendent dans la boîte d’envoi et partent à leur heure tant qu’Outpost est ouvert. Si vous le fermez, l’envoi reprend au prochain démarrage (ou avec « outpost outbox flush ») ; cette page se trouve sous « Envoyer à une liste ».
gui-merge-no-outbox = La boîte d’envoi ne peut pas être ouverte : rien ne peut être envoyé à cette liste. L’avis en haut dit pourquoi.
gui-merge-attachments = Pièces jointes
gui-merge-attach-hint = Chaque message reçoit ces fichiers. Vous pouvez aussi déposer des fichiers sur cette fenêtre.
gui-merge-attach-none = Aucune
gui-merge-attach-column = Colonne des pièces jointes
gui-merge-attach-column-hint = Une colonne peut nommer un fichier pour chaque ligne, relatif au dossier de la liste. Une ligne dont le fichier manque ne reçoit pas de message.
gui-merge-insert-subject = Dans l’objet
gui-merge-insert-text = Dans le texte
gui-merge-attached = Joint
gui-merge-start = Commencer l’envoi
gui-merge-start-now = Maintenant
gui-merge-start-at = À une heure…
gui-merge-start-label = Date et heure (votre heure locale)
cli-help-merge-window = Ouvrir plutôt la fenêtre sur cette liste, pour y écrire, prévisualiser et envoyer les messages
## Messages envoyés conservés (outbox show, outbox sent --search, l’onglet Envoyés)
cli-about-outbox-show = Afficher un message en attente ou envoyé : ses en-têtes, son texte et ses pièces jointes
cli-help-show-raw = Écrire les octets exacts du message, tels que le serveur les a reçus
cli-help-sent-search = Seulement les messages dont l’objet, les destinataires ou le texte contiennent ceci
outbox-sent-not-kept = non conservé
outbox-sent-none-found = Aucun message envoyé ne contient « { $search } ».
outbox-not-kept = Le message { $id } n’a pas été conservé : seule son entrée dans le journal d’envoi reste.
outbox-show-sent = Envoyé { $time }
outbox-show-queued = Encore dans la boîte d’envoi
outbox-show-from = De : { $value }
outbox-show-to = À : { $value }
outbox-show-cc = Cc : { $value }
outbox-show-bcc = Cci : { $value }
outbox-show-subject = Objet : { $value }
outbox-show-date = Date : { $value }
outbox-show-attachment = Pièce jointe : { $name } ({ $size })
outbox-show-not-kept = Le message lui-même n’a pas été conservé : seule son entrée reste.
forward-separator = ---------- Message transféré ----------
forward-from = De : { $from }
forward-date = Date : { $date }
forward-subject = Objet : { $subject }
forward-to = À : { $to }
gui-sent-open = Ouvrir
gui-sent-back = Retour aux messages envoyés
gui-sent-send-again = Envoyer à nouveau
gui-sent-forward = Transférer
gui-sent-save-attachment = Enregistrer la pièce jointe…
gui-sent-loading = Ouverture du message…
gui-sent-gone = Ce message n’est plus parmi les messages envoyés.
gui-sent-saved = Enregistré : { $path }
gui-sent-save-failed = La pièce jointe n’a pas pu être enregistrée : { $reason }
copy-saved-in = Copie enregistrée dans « { $folder } »
copy-pending = Copie dans Envoyés pas encore enregistrée : nouvel essai plus tard
copy-pending-because = La copie dans Envoyés n’est pas encore enregistrée ; nouvel essai plus tard : { $message }
copy-failed = La copie dans Envoyés n’a pas pu être enregistrée
copy-failed-because = La copie dans Envoyés n’a pas pu être enregistrée : { $message }
cli-help-imap-host = Le serveur IMAP de la boîte, pour les copies dans Envoyés (vide : aucun)
cli-help-imap-port = Le port du serveur IMAP (993 pour SSL/TLS, 143 pour STARTTLS)
cli-help-imap-security = Le chiffrement du serveur IMAP : tls ou starttls
cli-help-imap-user = Le nom d’utilisateur IMAP, s’il diffère de celui d’envoi
cli-help-save-sent = Copies des messages envoyés dans le dossier Envoyés de la boîte : auto, imap ou off
cli-help-imap-password-stdin = Lire sur l’entrée standard un mot de passe IMAP différent de celui d’envoi
field-imap-host = Serveur IMAP
field-imap-user = Nom d’utilisateur IMAP
gui-copy-try-again = Réessayer d’enregistrer la copie
gui-test-copies = Enregistrer les copies dans Envoyés
gui-test-copies-found = ✓ Copies enregistrées dans le dossier « { $folder } »
gui-test-copies-failed = Les copies des messages envoyés ne peuvent pas encore aller dans Envoyés (l’envoi fonctionne sans elles) : { $message }
gui-copy-problem-badge = Copies dans Envoyés non enregistrées
problem-keychain-unavailable = Outpost n’a pas pu lire le mot de passe dans le trousseau de votre système ; il ne s’est donc pas connecté.
problem-keychain-unavailable-fix = Vérifiez que votre trousseau fonctionne et qu’il est déverrouillé (par exemple en vous reconnectant) ; Outpost réessaiera de lui-même.
problem-imap-connection-refused-fix = Vérifiez le serveur IMAP de la boîte et son port (en général 993 avec SSL/TLS, ou 143 avec STARTTLS). Si le serveur est seulement arrêté pour l’instant, Outpost réessaiera de lui-même.
problem-imap-connect-timeout-fix = Un pare-feu ou votre réseau bloque peut-être ce port, ou vous êtes hors ligne. Le serveur IMAP utilise en général le port 993 avec SSL/TLS ; Outpost réessaiera de lui-même.
problem-imap-expects-implicit-tls-fix = Réglez le chiffrement du serveur IMAP sur SSL/TLS (en général le port 993).
problem-imap-expects-starttls-fix = Réglez le chiffrement du serveur IMAP sur STARTTLS (en général le port 143), ou utilisez le port 993 avec SSL/TLS.
gui-copies-title = Copies des messages envoyés
gui-copies-choice = Garder une copie dans le dossier « Envoyés » de la boîte
gui-copies-auto = Automatiquement
gui-copies-always = Toujours
gui-copies-never = Jamais
gui-copies-off = Les messages envoyés sont gardés seulement dans l’onglet « Envoyés » d’Outpost.
gui-copies-provider-files = { $provider } range lui-même les messages envoyés dans votre dossier « Envoyés ».
gui-copies-unknown = Aucun serveur IMAP n’est connu pour cette boîte : les messages envoyés sont gardés dans Outpost seulement. Saisissez le serveur IMAP de la boîte pour en garder aussi une copie dans son dossier « Envoyés ».
gui-copies-to = Les copies vont dans le dossier « Envoyés » sur { $host }.
gui-imap-host-placeholder = imap.example.com
gui-imap-port = Port IMAP
