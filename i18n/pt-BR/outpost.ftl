# Outpost — português do Brasil. Todas as frases que uma pessoa pode ler estão aqui.

## Campos do formulário

field-from = De
field-to = Para
field-cc = Cc
field-bcc = Cco
field-reply-to = Responder para
field-subject = Assunto
field-email = Endereço de e-mail
field-display-name = Seu nome
field-host = Servidor
field-username = Nome de usuário
field-account-name = Nome da conta

## Erros de preenchimento

input-invalid-address = “{ $value }” no campo { $field } não é um endereço de e-mail válido. Ele deve ter o formato name@example.com.
input-empty = O campo { $field } está vazio. Preencha-o, por favor.
input-line-break = O campo { $field } contém uma quebra de linha. Mantenha tudo em uma só linha.
input-port-out-of-range = “{ $value }” não é um número de porta. Use um número de 1 a 65535, por exemplo 587 ou 465.
input-invalid-host = “{ $value }” não é um nome de servidor válido. Ele deve ter o formato smtp.example.com.
input-missing-username = É preciso um nome de usuário para entrar. Normalmente é o seu endereço de e-mail completo.
input-password-without-encryption = O Outpost não envia sua senha por uma conexão sem criptografia. Escolha SSL/TLS ou STARTTLS, ou aceite explicitamente o risco para esta conta.
input-invalid-account-name = “{ $value }” não pode ser usado como nome de conta. Use até 64 caracteres, sem quebras de linha nem espaços no início ou no fim.
input-unknown-account = Não existe nenhuma conta chamada “{ $name }”. Veja a lista com: outpost accounts list
input-account-exists = Já existe uma conta chamada “{ $name }”. Escolha outro nome.
input-no-recipients = Adicione pelo menos um destinatário em Para, Cc ou Cco.
input-attachment-missing = O anexo “{ $path }” não existe. Talvez tenha sido movido ou excluído.
input-attachment-unreadable = Não foi possível ler o anexo “{ $path }”. Verifique se ele é um arquivo e se você tem permissão para abri-lo.
input-attachment-too-large = Os anexos somam { $size }, mais do que o limite de { $limit } que o Outpost consegue enviar em uma mensagem. Compartilhe arquivos grandes por meio de um link.
input-unknown-security = “{ $value }” não é uma opção de criptografia. Use tls (SSL/TLS), starttls ou none.
input-missing-password = É preciso uma senha. Informe-a na primeira linha da entrada padrão com --password-stdin.
input-ca-file-unusable = Não é possível usar o arquivo de certificado “{ $path }”. Ele precisa ser um arquivo PEM legível.
input-body-file-unreadable = Não foi possível ler o arquivo com o texto da mensagem “{ $path }”.

## Configurações

config-broken = Não foi possível ler seu arquivo de configurações, então o Outpost foi iniciado com as configurações em branco. O arquivo antigo foi guardado como { $backup }.
config-invalid-value = Uma configuração do seu arquivo de configurações não era válida, e o valor padrão foi usado no lugar dela ({ $section }, { $key }).
config-duplicate-account = Havia duas contas chamadas “{ $name }”; a segunda agora se chama “{ $renamed }”.
config-io-error = O Outpost não conseguiu ler ou gravar { $path }: { $reason }
config-unparseable = O arquivo de configurações { $path } não pode ser lido agora (talvez esteja sendo gravado). O Outpost mantém as configurações que tem e lê o arquivo de novo quando ele mudar.
config-no-home = O Outpost não encontrou sua pasta pessoal para guardar as configurações.

io-not-found = o arquivo ou a pasta não existe.
io-permission-denied = você não tem permissão.
io-disk-full = o disco está cheio.
io-read-only = o disco é somente leitura.
io-other = o sistema informou um erro.

## Chaveiro

keychain-unavailable = O Outpost não conseguiu acessar o chaveiro do sistema, onde guarda as senhas com segurança. No Linux, verifique se um serviço de chaveiro (como o GNOME Keyring ou o KWallet) está instalado e em execução e tente novamente. Sua senha não foi salva em lugar nenhum.
keychain-locked = Seu chaveiro está bloqueado ou recusou o acesso. Desbloqueie-o (por exemplo, entrando novamente na sua sessão) e tente de novo. Sua senha não foi salva em lugar nenhum.
keychain-failed = O chaveiro do sistema informou um erro, então não foi possível usar a senha. Tente novamente; se continuar acontecendo, reinicie o serviço de chaveiro.

## Rótulos de segurança e login

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = sem criptografia

## Detecção

detect-source-preset = configurações integradas
detect-source-isp = configurações publicadas pelo seu provedor
detect-source-ispdb = banco de dados do Thunderbird
detect-source-mx = servidores de e-mail do seu domínio
detect-source-guess = estimativa com base nos nomes de servidor mais comuns
detect-unknown-provider = Provedor desconhecido
detect-heading = { $provider } (fonte: { $source })
detect-server-line = {"  "}{ $host }, porta { $port }, { $security }, nome de usuário: { $user }
detect-username-from-provider = o informado pelo seu provedor
detect-note = {"  "}Observação: { $note }
detect-note-with-link = {"  "}Observação: { $note } Saiba mais: { $url }
detect-note-isp = Estas configurações são publicadas pelo provedor de { $domain }.
detect-note-ispdb = Estas configurações vêm do banco de dados do programa de e-mail Thunderbird.
detect-note-mx = Os e-mails de { $domain } são gerenciados por { $provider }, então as configurações desse provedor se aplicam.
detect-note-probed = Estes servidores responderam quando o Outpost testou os nomes e as portas mais comuns. Teste a conexão antes de confiar neles.
detect-guess-note = Estas configurações são uma estimativa com base nos nomes de servidor mais comuns e não foram verificadas. Teste a conexão antes de confiar nelas.
detect-note-offline = Parece que você está sem conexão: o Outpost não conseguiu consultar nada sobre este domínio, então estes são só os nomes de servidor habituais. Verifique sua conexão, volte e continue de novo.
detect-imap-line = {"  "}Cópias das mensagens enviadas (IMAP): { $host }, porta { $port }, { $security }, nome de usuário: { $user }
detect-imap-same-user = o mesmo usado para enviar

## Problemas: o que aconteceu e o que fazer

problem-dns-not-found = O nome de servidor “{ $host }” não existe.
problem-dns-not-found-fix = Verifique se há erros de digitação no nome do servidor. As páginas de ajuda do seu provedor informam o servidor de saída (SMTP) correto.
problem-network-unavailable = Parece que você está sem conexão: não foi possível consultar o nome { $host } porque nenhum servidor de nomes respondeu.
problem-network-unavailable-fix = Verifique se este computador está conectado à internet (Wi-Fi, cabo, VPN) e tente novamente. As mensagens na caixa de saída aguardam e são enviadas sozinhas quando você estiver on-line de novo.
problem-connection-refused = Nada responde na porta { $port } de { $host }.
problem-connection-refused-fix = Verifique o número da porta. A maioria dos provedores usa a 587 com STARTTLS ou a 465 com SSL/TLS.
problem-connect-timeout = Não houve nenhuma resposta de { $host } na porta { $port }.
problem-connect-timeout-fix = Um firewall ou sua operadora de internet pode estar bloqueando esta porta. Tente a porta 587 ou 465, ou outra rede.
problem-greeting-timeout = A conexão com { $host } foi aberta, mas o servidor não se apresentou.
problem-greeting-timeout-fix = Se a porta { $port } espera SSL/TLS desde o início, mude a criptografia para SSL/TLS. Caso contrário, tente novamente mais tarde.
problem-greeting-rejected = O servidor { $host } recusou a conexão assim que ela foi aberta.
problem-greeting-rejected-fix = Sua rede ou seu endereço pode estar bloqueado por este servidor. Tente outra rede ou fale com seu provedor.
problem-server-busy = O servidor está ocupado ou temporariamente indisponível.
problem-server-busy-fix = Aguarde alguns minutos e tente novamente. Não é preciso mudar nada nas suas configurações.
problem-expects-implicit-tls = A porta { $port } espera SSL/TLS desde o início, mas a conexão tentou começar sem criptografia.
problem-expects-implicit-tls-fix = Mude a criptografia para SSL/TLS (ou use a porta 587 com STARTTLS).
problem-expects-starttls = A porta { $port } começa sem criptografia e passa a usá-la com STARTTLS, mas foi escolhido SSL/TLS.
problem-expects-starttls-fix = Mude a criptografia para STARTTLS (ou use a porta 465 com SSL/TLS).
problem-starttls-unavailable = O servidor não oferece STARTTLS na porta { $port }, então não é possível criptografar a conexão dessa forma.
problem-starttls-unavailable-fix = Tente a porta 465 com SSL/TLS. Se o seu provedor não oferece nenhuma criptografia, considere trocar de provedor.
problem-tls-handshake-failed = Não foi possível estabelecer uma conexão criptografada com { $host }.
problem-tls-handshake-failed-fix = Verifique a porta e a opção de criptografia. Se estiverem corretas, o servidor pode estar usando uma criptografia ultrapassada; fale com seu provedor.
problem-certificate-untrusted = O certificado de segurança do servidor não vem de uma autoridade confiável (pode ser autoassinado ou de uma autoridade privada).
problem-certificate-untrusted-fix = Se este for o servidor da sua própria organização, peça ao administrador o arquivo da autoridade certificadora. Caso contrário, não continue: a conexão pode estar sendo interceptada.
problem-certificate-expired = O certificado de segurança do servidor expirou ou ainda não é válido.
problem-certificate-expired-fix = Verifique a data e a hora do seu computador. Se estiverem corretas, avise seu provedor que o certificado dele expirou.
problem-certificate-name-mismatch = O certificado de segurança do servidor é de um nome diferente de “{ $host }”.
problem-certificate-name-mismatch-fix = Use o nome de servidor informado pelo seu provedor (ele precisa corresponder ao certificado), por exemplo smtp.provider.com em vez de mail.yourdomain.com.
problem-auth-unavailable = O servidor não oferece login nesta conexão.
problem-auth-unavailable-fix = Se o servidor aceita e-mails sem login, escolha “Este servidor não exige login”. Caso contrário, use a porta destinada ao envio (587 ou 465).
problem-auth-mechanism-unsupported = O servidor e o Outpost não têm nenhum método de login em comum.
problem-auth-mechanism-unsupported-fix = Tente a outra opção de criptografia ou outra porta; alguns servidores só oferecem login com senha em uma conexão criptografada.
problem-auth-failed = O servidor não aceitou o nome de usuário ou a senha.
problem-auth-failed-fix = Verifique o nome de usuário (muitas vezes é o seu endereço de e-mail completo) e digite a senha novamente. Alguns provedores exigem uma senha de app em vez da sua senha normal.
problem-app-password-required = Seu provedor exige uma senha de app aqui, e não a sua senha normal (a verificação em duas etapas está ativada).
problem-app-password-required-fix = Crie uma senha de app nas configurações de segurança da sua conta e use-a como senha no Outpost.
problem-web-login-required = Seu provedor quer que você entre primeiro pelo site dele.
problem-web-login-required-fix = Entre no seu e-mail em um navegador, confirme qualquer aviso de segurança e tente novamente.
problem-auth-disabled-by-provider = Seu provedor ou sua organização desativou o login com senha para envio de e-mails.
problem-auth-disabled-by-provider-fix = Peça ao administrador que permita o login SMTP para a sua caixa de correio, ou use uma conta compatível com login OAuth2.
problem-auth-required = O servidor quer que você faça login antes de aceitar e-mails.
problem-auth-required-fix = Ative o login e informe seu nome de usuário e sua senha.
problem-encryption-required = O servidor exige primeiro uma conexão criptografada.
problem-encryption-required-fix = Mude a criptografia para STARTTLS ou SSL/TLS.
problem-sender-rejected = O servidor não permite enviar com este endereço no campo De.
problem-sender-rejected-fix = Envie pelo endereço da conta com que você entrou, ou verifique este endereço com seu provedor antes.
problem-recipient-rejected = O servidor recusou um destinatário.
problem-recipient-rejected-fix = Verifique se há erros de digitação no endereço do destinatário. Se o servidor disser “relay denied”, faça login primeiro.
problem-message-too-large = A mensagem é maior do que o servidor aceita.
problem-message-too-large-limit = A mensagem tem { $size }, e este servidor aceita no máximo { $limit }. Ela não foi enviada.
problem-message-too-large-fix = Remova ou reduza os anexos, ou compartilhe arquivos grandes por meio de um link.
problem-rate-limited = Você atingiu um limite de envio deste servidor ou provedor.
problem-rate-limited-fix = Aguarde antes de enviar mais (os limites costumam ser zerados em até um dia) ou envie para menos destinatários de cada vez.
problem-connection-lost = A conexão com { $host } caiu no meio do caminho.
problem-connection-lost-fix = Verifique sua conexão com a internet e tente novamente.
problem-unexpected-reply = O servidor deu uma resposta que o Outpost não esperava.
problem-unexpected-reply-fix = Tente novamente mais tarde. Se continuar acontecendo, mostre ao seu provedor a resposta exata do servidor.

## Etapas do teste de conexão

step-name-resolve = Encontrar o servidor
step-name-connect = Conectar
step-name-greeting = Apresentação do servidor
step-name-ehlo = Perguntar o que o servidor oferece
step-name-starttls = Iniciar a criptografia (STARTTLS)
step-name-tls = Verificar criptografia e certificado
step-name-auth = Entrar
step-name-mail-from = Remetente aceito
step-name-rcpt-to = Destinatários aceitos
step-name-quit = Despedir-se
step-name-imap-connect = Alcançar a caixa de correio (IMAP)
step-name-imap-tls = Criptografar a conexão com a caixa
step-name-imap-auth = Entrar na caixa de correio
step-name-imap-folder = Encontrar a pasta Enviados
step-not-reached = Não chegou a esta etapa.
step-resolved = Encontrado em { $addresses }.
step-connected = Conectado a { $address }.
step-ehlo = O servidor oferece { $count ->
    [one] { $count } extensão
   *[other] { $count } extensões
}.
step-starttls = O servidor concordou em criptografar a conexão.
step-starttls-not-needed = Não é necessário: a conexão é criptografada desde o início.
step-no-encryption = Não usado: esta conexão não é criptografada.
step-tls = Criptografada com { $version }. O certificado de { $subject }, emitido por { $issuer }, é confiável.
step-auth = Conectado como { $user } ({ $mechanism }).
step-no-sign-in = Não é necessário: esta conta não faz login.
step-mail-from = O servidor aceita { $address } como remetente.
step-rcpt-to = O servidor aceita { $count ->
    [one] o destinatário
   *[other] todos os { $count } destinatários
}.
step-no-envelope = Não verificado: não foram informados remetente e destinatário.
step-quit = A conexão foi encerrada educadamente.
step-quit-closed = O servidor encerrou a conexão.

## Linha de comando

cli-about = Configure uma conta de e-mail para envio, envie mensagens e descubra o que está errado quando algo não funciona.
cli-about-detect = Encontrar as configurações de um endereço de e-mail
cli-about-compose = Abrir uma janela para escrever uma mensagem, já preenchida com estas opções
cli-about-outbox = Ver e enviar o que está aguardando na caixa de saída
cli-about-outbox-list = Listar as mensagens que aguardam na caixa de saída
cli-about-outbox-flush = Tentar enviar agora todas as mensagens em espera
cli-about-outbox-retry = Tentar de novo agora uma mensagem retida ou em espera
cli-about-outbox-remove = Excluir uma mensagem da caixa de saída
cli-about-outbox-sent = Listar as mensagens enviadas
cli-help-message-id = O id da mensagem na caixa de saída (veja outpost outbox list)
cli-help-allow-over-limit = Enviar mesmo que isso ultrapasse o limite diário de envio da conta
cli-about-check = Testar a conexão com um servidor passo a passo e explicar o que está errado
cli-about-probe = Descobrir quais portas e tipos de criptografia funcionam em um servidor
cli-help-check-from = Verificar também se o servidor aceita este remetente (nada é enviado)
cli-help-check-to = Verificar também se o servidor aceita este destinatário (nada é enviado)
cli-help-ports = Portas a testar, separadas por vírgulas (padrão: 465,587,25,2525)
check-ok = Tudo funciona: o Outpost consegue enviar e-mails por { $host }.
check-failed = Problema: { $message }
check-suggestion = Tente assim: porta { $port }, { $security }.
check-step-ok = ✓ { $name } ({ $ms } ms): { $detail }
check-step-failed = ✗ { $name } ({ $ms } ms): { $detail }
check-step-skipped = – { $name }: { $detail }
probe-line-ok = ✓ porta { $port }, { $security }: funciona ({ $ms } ms)
probe-line-failed = ✗ porta { $port }, { $security }: { $problem }
probe-best = Melhor opção: porta { $port }, { $security }.
probe-none = Nenhuma das portas e opções de criptografia testadas funciona em { $host }.
cli-about-send = Enviar uma mensagem
cli-about-accounts = Gerenciar as contas salvas
cli-about-accounts-list = Listar as contas salvas
cli-about-accounts-show = Mostrar uma conta
cli-about-accounts-add = Salvar uma nova conta (a senha vai para o chaveiro do sistema)
cli-about-accounts-remove = Remover uma conta e a senha dela
cli-help-json = Imprimir um único documento JSON na saída padrão, e nada mais
cli-help-email = Endereço de e-mail
cli-help-offline = Usar só as configurações integradas, sem acessar a rede
cli-help-host = Nome do servidor de saída (SMTP)
cli-help-port = Porta (1–65535); por padrão, a mais comum para a criptografia escolhida
cli-help-security = Criptografia: tls (SSL/TLS), starttls ou none
cli-help-user = Nome de usuário para login (por padrão, o endereço do remetente)
cli-help-password-stdin = Ler a senha da primeira linha da entrada padrão
cli-help-ca-file = Confiar também nesta autoridade certificadora (PEM), para servidores privados
cli-help-timeout = Quantos segundos esperar pelo servidor antes de desistir
cli-help-final-reply-timeout = Quantos segundos esperar a confirmação do servidor depois de enviada a mensagem inteira (padrão 600)
cli-help-allow-password-without-encryption = Aceitar enviar a senha por uma conexão sem criptografia (inseguro)
cli-help-account = Usar esta conta salva
cli-help-from = Endereço do remetente
cli-help-to = Destinatário (repita a opção ou separe com vírgulas)
cli-help-cc = Destinatário em cópia
cli-help-bcc = Destinatário em cópia oculta (nunca aparece na mensagem)
cli-help-subject = Assunto da mensagem
cli-help-body = Texto da mensagem
cli-help-body-file = Ler o texto da mensagem deste arquivo
cli-help-attach = Anexar este arquivo (repita para anexar mais)
cli-help-no-queue = Não guardar a mensagem na caixa de saída se o envio falhar
cli-help-account-name = Nome da conta
cli-help-display-name = Seu nome como os destinatários vão vê-lo
cli-help-provider = Predefinição de provedor de onde vieram as configurações (veja outpost detect)
cli-help-default = Tornar esta a conta padrão
cli-help-daily-limit = Quantas mensagens esta conta pode enviar por dia (padrão: o limite do provedor)
cli-warning = Aviso: { $message }
cli-error = Erro: { $message }
cli-fix = O que fazer: { $fix }
cli-server-said = Resposta do servidor: { $reply }
cli-runtime-failed = O Outpost não conseguiu iniciar o mecanismo de rede: { $reason }
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-options = Opções
cli-heading-arguments = Argumentos
cli-help-help = Mostrar esta ajuda
cli-help-version = Mostrar a versão
cli-about-help = Mostrar a ajuda de um comando
cli-usage-unknown-argument = “{ $arg }” não é uma opção deste comando.
cli-usage-unknown-command = “{ $arg }” não é um comando.
cli-usage-invalid-value = “{ $value }” não é um valor válido para { $arg }.
cli-usage-missing = Está faltando: { $arg }
cli-usage-conflict = { $arg } não pode ser usado junto com { $other }.
cli-usage-value-missing = { $arg } precisa de um valor.
cli-usage-invalid = Não foi possível entender a linha de comando.
cli-usage-see-help = Veja o que é possível com: { $command } --help

send-done = Enviada. Message-ID: { $message_id }
send-failed = Não enviada: { $message }
send-not-queued = A mensagem não foi guardada: envie-a de novo quando o problema for resolvido.
send-no-secret = Não há senha armazenada para a conta “{ $account }”. Adicione a conta novamente ou informe a senha com --password-stdin.

accounts-none = Nenhuma conta ainda. Adicione uma com: outpost accounts add
accounts-line = { $name }: { $email } via { $host }:{ $port }
accounts-line-default = { $line } (padrão)
accounts-show-name = Conta: { $name }
accounts-show-from = Envia como: { $display_name } <{ $email }>
accounts-show-from-address = Envia como: { $email }
accounts-show-server = Servidor: { $host }, porta { $port }, { $security }
accounts-show-user = Faz login como: { $user }
accounts-show-no-sign-in = Faz login: não (o servidor aceita e-mails sem login)
accounts-show-secret-stored = Senha: armazenada no chaveiro do sistema
accounts-show-secret-missing = Senha: não armazenada — adicione-a novamente com: outpost accounts add
accounts-show-secret-unknown = Senha: não é possível saber, o chaveiro do sistema não está disponível
accounts-unknown-provider = Não existe nenhuma predefinição de provedor chamada “{ $provider }”.
accounts-added = A conta “{ $name }” foi salva. A senha dela está no chaveiro do sistema.
accounts-removed = A conta “{ $name }” e a senha dela foram removidas.
accounts-removed-secret-kept = A conta “{ $name }” foi removida, mas não foi possível remover a senha dela do chaveiro: { $reason }

gui-failed = O Outpost não conseguiu abrir a janela: { $reason }
## Aplicativo para computador

gui-app-title = Outpost
gui-window-title = { $page } – Outpost
gui-settings = Configurações
gui-add-account = Adicionar conta
gui-new-message = Nova mensagem
gui-accounts-intro = Suas contas de envio. Teste uma para ver se funciona ou escreva uma mensagem.
accounts-none-gui = Nenhuma conta ainda. Adicione uma para começar a enviar.
gui-default-badge = Padrão
gui-outbox = Caixa de saída
gui-status-testing = Testando…
gui-status-works = Funciona
gui-status-problem = Tem um problema
gui-status-needs-sign-in = Precisa entrar de novo
gui-status-not-tested = Ainda não testada
gui-status-waiting = { $count ->
    [one] 1 aguardando
   *[other] { $count } aguardando
}
gui-test-connection = Testar conexão
gui-edit = Editar
gui-make-default = Tornar padrão
gui-remove = Remover
gui-remove-question = Remover { $email }? As configurações dela e a senha guardada no chaveiro do sistema serão apagadas.
gui-remove-confirm = Remover conta
gui-keep = Manter
gui-dismiss = Dispensar
gui-done = Concluído
gui-close = Fechar
gui-cancel = Cancelar
gui-back = Voltar
gui-continue = Continuar
gui-save = Salvar conta
gui-save-anyway = Salvar mesmo assim
gui-step-time = { $ms } ms
gui-test-running = Testando…

gui-wizard-title = Configure seu e-mail
gui-wizard-edit-title = Alterar sua conta
gui-wizard-intro = O Outpost vai encontrar as configurações certas para você. Comece com seu nome e endereço de e-mail.
gui-wizard-progress = Etapa { $step } de { $total }
gui-wizard-step-address = Endereço
gui-wizard-step-provider = Provedor
gui-wizard-step-server = Servidor
gui-wizard-step-sign-in = Entrar
gui-wizard-step-test = Teste
gui-wizard-step-done = Pronto
gui-your-name = Seu nome
gui-your-name-placeholder = Como os destinatários vão ver, por exemplo: Ada Lovelace
gui-email = Endereço de e-mail
gui-email-placeholder = name@example.com
gui-detect-builtin = Verificando as configurações integradas…
gui-detect-provider = Consultando seu provedor…
gui-detect-domain = Verificando os servidores de e-mail do seu domínio…
gui-detect-stop = Parar a busca e inserir as configurações manualmente
gui-provider-title = Seu provedor de e-mail
gui-found-provider = Encontrado: { $provider } (fonte: { $source }).
gui-found-settings = Configurações encontradas (fonte: { $source }).
gui-provider-other = Outro
gui-region = Região
gui-open-help = Abrir página de ajuda
gui-server-title = Servidor de saída
gui-server-intro = Estas configurações vêm do seu provedor. Altere-as somente se o seu provedor pedir.
gui-host = Servidor
gui-host-placeholder = smtp.example.com
gui-port = Porta
gui-port-other = Outra…
gui-encryption = Criptografia
gui-no-encryption-warning = Sem criptografia, tudo o que você envia — inclusive sua senha — pode ser lido por outras pessoas na rede.
gui-accept-insecure = Entendo que minha senha será enviada sem criptografia
gui-find-automatically = Encontrar automaticamente
gui-finding = Testando as portas mais comuns…
gui-probe-line = Porta { $port }, { $security }
gui-probe-best = Usando a porta { $port }, { $security }.
gui-sign-in-title = Entrar
gui-sign-in-password = Entrar com senha
gui-sign-in-none = Este servidor não exige login
gui-oauth-not-available = Este provedor só permite fazer login pelo site dele (OAuth2), o que o Outpost ainda não consegue fazer. Use outra conta ou pergunte ao administrador se o login com senha (SMTP AUTH) pode ser ativado.
gui-username = Nome de usuário
gui-username-placeholder = Geralmente, seu endereço de e-mail completo
gui-password = Senha
gui-password-placeholder = Sua senha ou senha de app
gui-password-keep = Deixe em branco para manter a senha salva
gui-password-needed = Digite sua senha (ou senha de app) para entrar.
gui-password-keychain = Sua senha fica guardada no chaveiro do sistema, nunca em um arquivo.
gui-show = Mostrar
gui-hide = Ocultar
gui-test-title = Testando sua conexão
gui-test-ok = Tudo certo. O Outpost consegue enviar e-mails com estas configurações.
gui-test-ok-title = Tudo funciona
gui-test-failed-title = O teste não passou
gui-apply-suggestion = Testar de novo com a porta { $port }, { $security }
gui-show-details = Mostrar detalhes
gui-hide-details = Ocultar detalhes
gui-copy = Copiar
gui-test-again = Testar de novo
gui-send-test-message = Enviar uma mensagem de teste para mim
gui-test-message-subject = Mensagem de teste do Outpost
gui-test-message-body = Esta mensagem foi enviada pelo Outpost para verificar sua conta. Seu servidor de saída { $host } está funcionando.
gui-test-message-sent = Uma mensagem de teste foi enviada para { $email }. Confira sua caixa de entrada.
gui-done-title = Sua conta está pronta
gui-done-body = A conta { $email } foi salva. A senha dela está no chaveiro do sistema.
gui-write-message = Escrever mensagem

gui-compose-title = Nova mensagem
gui-compose-title-subject = { $subject }
gui-no-account = Adicione uma conta primeiro
gui-addresses-placeholder = name@example.com, another@example.com
gui-body-placeholder = Escreva sua mensagem…
gui-attach = Anexar arquivos…
gui-attach-title = Anexar arquivos
gui-drop-hint = Solte os arquivos aqui para anexá-los.
gui-file-missing = arquivo não encontrado
gui-attachments-total = Anexos: { $size }
gui-attachments-too-large = Anexos: { $size } — grande demais para este servidor, que aceita mensagens de até { $limit }.
gui-send = Enviar
gui-sending = Enviando…
gui-sending-progress = Enviando sua mensagem…
gui-sent = Enviada.
gui-send-shortcut = Ctrl+Enter
gui-send-temporary = A mensagem fica na caixa de saída e será enviada de novo automaticamente. Você pode fechar esta janela.
gui-send-kept = A mensagem fica na caixa de saída até o problema ser resolvido, e tudo o que você escreveu continua aqui.
gui-fix-edit-account = Abra a conta na janela principal, escolha Editar e digite a senha novamente.
gui-discard-question = Guardar o que você escreveu como rascunho ou descartar?
gui-discard = Descartar
gui-keep-editing = Continuar editando

gui-theme = Aparência
gui-text-size = Tamanho do texto
gui-text-size-help = Aumenta o texto e os botões em todas as janelas.
gui-text-size-percent = { $percent }%
gui-theme-system = Igual ao sistema
gui-theme-light = Claro
gui-theme-dark = Escuro
gui-language = Idioma
gui-language-system = Igual ao sistema
gui-language-note = As alterações valem na hora.

## Caixa de saída

outbox-storage-error = O Outpost não conseguiu gravar na pasta da caixa de saída: { $reason }
outbox-sent-log-unwritable = O Outpost não consegue gravar o registro de mensagens enviadas ({ $reason }) e por isso não envia mais nada até conseguir: uma mensagem aceita pelo servidor precisa ser registrada, senão poderia sair duas vezes. Libere espaço em disco ou corrija as permissões da pasta; nada se perde.
outbox-cannot-mark = O Outpost não consegue gravar na caixa de saída ({ $reason }) e parou de enviar: ele anota cada mensagem no disco antes de entregá-la. Libere espaço em disco; nada se perde.
outbox-state-unconfirmed = enviada, mas não confirmada: verifique antes de enviar de novo
outbox-unconfirmed-explain = O Outpost enviou esta mensagem, mas a confirmação do servidor nunca chegou. Veja na sua pasta de enviados ou pergunte ao destinatário.
outbox-unconfirmed-choices = Se não chegou: outpost outbox retry { $id }. Se chegou: outpost outbox mark-sent { $id }
outbox-marked-sent = { $id } registrada como enviada e removida da caixa de saída.
cli-about-outbox-mark-sent = Registrar uma mensagem como enviada (ela chegou) e removê-la da caixa de saída
gui-send-again = Enviar de novo
gui-it-arrived = Ela chegou
gui-flush-stopped = Envio parado: { $reason }
outbox-unknown-id = Não há nenhuma mensagem “{ $id }” na caixa de saída. Veja a lista com: outpost outbox list
outbox-removed = A mensagem { $id } foi apagada da caixa de saída.
outbox-empty = A caixa de saída está vazia.
outbox-state-queued = aguardando novo envio ({ $attempts ->
    [one] { $attempts } tentativa até agora
   *[other] { $attempts } tentativas até agora
})
outbox-state-held = parada: aguardando você resolver o problema
outbox-line = { $id }: “{ $subject }” para { $recipients } — { $state }
outbox-sent-line = “{ $subject }” enviada para { $recipients } ({ $message_id })
outbox-damaged = Um item danificado da caixa de saída foi movido para outro lugar, não apagado: { $path }
outbox-flushed = { $sent ->
    [one] { $sent } mensagem enviada.
   *[other] { $sent } mensagens enviadas.
} { $remaining ->
    [0] A caixa de saída está vazia.
    [one] { $remaining } mensagem ainda está aguardando.
   *[other] { $remaining } mensagens ainda estão aguardando.
}
outbox-failed-line = Não enviada: “{ $subject }”: { $message }
send-queued = A mensagem fica na caixa de saída e será enviada de novo automaticamente. Veja com: outpost outbox list
send-held = A mensagem fica parada na caixa de saída até você resolver o problema. Depois, use: outpost outbox retry { $id }
send-limit-warning = Esta conta já enviou hoje { $used } das { $limit } mensagens permitidas.
send-over-limit = Enviar esta mensagem ultrapassaria o limite diário da conta ({ $used } de { $limit } usadas hoje). Adicione --allow-over-limit para enviar mesmo assim.
outbox-account-gone = A conta “{ $account }” não existe mais. Edite a mensagem para enviá-la de outra conta ou apague-a.
gui-outbox-title = Caixa de saída
gui-outbox-button = Caixa de saída ({ $count })
gui-outbox-tab = Aguardando ({ $count })
gui-sent-tab = Enviadas
gui-outbox-empty = Nada aguardando. Todas as mensagens que você enviou já saíram.
gui-outbox-sending = Enviando o que está aguardando…
gui-outbox-next-try = Nova tentativa { $time } ({ $attempts ->
    [one] { $attempts } tentativa até agora
   *[other] { $attempts } tentativas até agora
}).
gui-outbox-to = Para { $recipients }, de { $account }
gui-no-subject = (sem assunto)
gui-retry-now = Tentar agora
gui-delete = Apagar
gui-delete-question = Apagar esta mensagem? Ela não será enviada.
gui-search-sent = Pesquisar mensagens enviadas
gui-sent-line = Para { $recipients }, { $time }, { $size }
gui-sent-empty = Nenhuma mensagem enviada para mostrar.
gui-time-now = agora
gui-time-in-minutes = em { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
gui-time-minutes-ago = { $minutes ->
    [one] há { $minutes } minuto
   *[other] há { $minutes } minutos
}
gui-queued-sent = Uma mensagem que estava aguardando foi enviada: “{ $subject }”.

## Observações sobre provedores

note-gmail-app-password = O Google só aceita uma senha de app aqui, não a sua senha normal. Ative a verificação em duas etapas na sua Conta do Google, crie uma senha de app em “Segurança” e cole-a aqui.
note-workspace-admin = Se o envio for recusado, talvez o administrador do Google da sua organização precise liberar senhas de app ou o envio por outros apps para a sua conta.
note-microsoft-oauth2 = Endereços do Outlook.com, Hotmail, Live e MSN só podem enviar depois de fazer login na própria página de login da Microsoft (OAuth2); sua senha normal e as senhas de app não funcionam mais aqui.
note-office365-oauth2 = Contas corporativas e de estudante do Microsoft 365 normalmente fazem login na própria página de login da Microsoft (OAuth2), o que o Outpost ainda não consegue fazer. Enviar com uma senha comum só funciona se o administrador permitir, e a Microsoft está desativando essa opção.
note-office365-smtp-auth = Se o envio for recusado, peça ao administrador para ativar o “SMTP autenticado” (SMTP AUTH) para a sua caixa de correio no Centro de administração do Microsoft 365.
note-yahoo-app-password = O Yahoo exige uma senha de app: na sua conta do Yahoo, abra “Account security”, escolha “Generate app password” e cole essa senha aqui.
note-aol-app-password = A AOL exige uma senha de app: na sua conta da AOL, abra “Account security”, escolha “Generate app password” e cole essa senha aqui.
note-icloud-app-password = O iCloud exige uma senha específica de app: entre na sua Conta Apple pela web, abra “Sign-In and Security”, crie uma senha específica de app e cole-a aqui.
note-fastmail-app-password = O Fastmail exige uma senha de app, mesmo sem a verificação em duas etapas: no Fastmail, abra “Settings” e depois “Privacy & Security”, crie uma nova senha de app com acesso ao e-mail e cole-a aqui.
note-zoho-app-password = Se a autenticação de dois fatores estiver ativada na sua conta do Zoho, crie uma senha específica de aplicativo nas configurações de segurança do Zoho Mail e use-a aqui.
note-zoho-region = O Zoho mantém as contas em regiões separadas: se você faz login em zoho.eu, zoho.in ou zoho.com.au, escolha a predefinição do Zoho Mail dessa região.
note-zoho-workplace = Esta opção é para planos pagos do Zoho com domínio próprio. Se a sua organização usa o plano gratuito do Zoho, escolha “Zoho Mail” para a sua região.
note-gmx-enable-imap = Primeiro, permita o acesso por programas de e-mail no webmail do GMX: abra “Settings”, depois “POP3 & IMAP”, e ative o acesso.
note-webde-enable-imap = Primeiro, permita o acesso por programas de e-mail no webmail do WEB.DE: abra “Settings”, depois “POP3/IMAP”, e ative o acesso. Seu nome de usuário é a parte do endereço antes do @.
note-mailcom-enable-imap = Primeiro, permita o acesso por programas de e-mail no webmail do mail.com: abra “Settings”, depois “POP3 & IMAP”, e ative o acesso. Em contas mais novas, isso faz parte do mail.com Premium.
note-yandex-app-password = O Yandex exige uma senha de app para programas de e-mail: no seu Yandex ID, abra “Security”, crie uma senha de app para e-mail e verifique se o acesso por programas de e-mail está ativado nas configurações do Yandex Mail.
note-mailru-app-password = O Mail.ru exige uma “password for external applications” (senha para aplicativos externos): crie uma nas configurações de segurança da sua conta do Mail.ru e cole-a aqui no lugar da sua senha normal.
note-proton-bridge = O Proton Mail só funciona pelo app Proton Mail Bridge, que exige um plano pago: instale o Bridge, deixe-o aberto e use a senha que o Bridge mostrar, não a sua senha do Proton.
note-proton-smtp-token = Para um endereço no seu próprio domínio, alguns planos Proton para empresas, Family e Visionary podem criar um token SMTP nas configurações do Proton Mail; use-o como senha. Caso contrário, use o app Bridge.
note-app-password-2fa = Se você ativou a autenticação de dois fatores, crie uma senha de aplicativo nas configurações de segurança da sua conta e use-a aqui no lugar da sua senha normal.
note-tonline-password = A Telekom exige uma senha de e-mail separada para programas de e-mail: defina-a na central de e-mail da Telekom, em “Settings” e depois “Passwords”, e use-a aqui. A senha de login na web não funciona.
note-xfinity-third-party = Primeiro, ative o acesso por programas de e-mail de terceiros nas configurações de e-mail da Xfinity e depois entre com seu endereço completo da Xfinity e sua senha.
note-authorization-code = Ative POP3/IMAP/SMTP nas configurações do webmail deste provedor, gere o código de autorização que ele oferece e use esse código aqui como senha.
note-ses-credentials = As credenciais SMTP do Amazon SES não são suas chaves de acesso da AWS: crie credenciais SMTP no console do SES, em “SMTP settings”, e use o nome de usuário e a senha que ele mostrar.
note-ses-sandbox = Contas novas do SES começam na sandbox: você só pode enviar para endereços que verificou, no máximo 200 mensagens por dia, até pedir à AWS o acesso de produção.
note-ses-region = Escolha a região em que você configurou o SES; credenciais SMTP e endereços verificados só funcionam na região em que foram criados.
note-verify-sender = Este serviço só envia de um endereço ou domínio que você verificou no painel dele; então, verifique primeiro seu endereço de envio lá.
note-sendgrid-apikey = O nome de usuário é a palavra “apikey”; a senha é uma chave de API do SendGrid com permissão para enviar e-mails.
note-mailgun-credentials = Use o usuário SMTP e a senha do seu domínio de envio (geralmente postmaster@ seguido do seu domínio), que ficam no Mailgun, nas credenciais SMTP do seu domínio.
note-mailgun-region = As regiões dos EUA e da UE do Mailgun são separadas: escolha aquela em que você criou seu domínio no Mailgun.
note-postmark-token = Use o token de API do seu servidor no Postmark tanto como nome de usuário quanto como senha.
note-brevo-smtp-key = Use o login mostrado no Brevo em “SMTP & API” e, como senha, uma chave SMTP (não uma chave de API nem a sua senha do Brevo).
note-mailjet-keys = Use sua chave de API do Mailjet como nome de usuário e a chave secreta dela como senha.
note-sparkpost-apikey = O nome de usuário é “SMTP_Injection”; a senha é uma chave de API do SparkPost com a permissão “Send via SMTP”.
note-smtp2go-user = Use um usuário SMTP e a senha dele, criados no SMTP2GO em “Sending” e depois “SMTP Users”.
note-resend-apikey = O nome de usuário é a palavra “resend”; a senha é uma das suas chaves de API do Resend.
note-mandrill-apikey = A senha é uma chave de API do Mailchimp Transactional; como nome de usuário, digite o endereço de e-mail de contato da sua conta do Mailchimp.
note-elastic-email-credentials = Crie credenciais SMTP nas configurações do Elastic Email e use o nome de usuário e a senha que ele mostrar (a senha aparece só uma vez).

gui-over-limit = Esta conta já enviou { $used } das { $limit } mensagens que o provedor permite por dia. Enviar mais pode fazer a conta ser bloqueada por um tempo. Enviar mesmo assim?
gui-send-anyway = Enviar mesmo assim
gui-near-limit = Esta conta já enviou { $used } das { $limit } mensagens permitidas por dia.

## One sender at a time
outbox-unreadable = Não foi possível ler o arquivo da mensagem na caixa de saída ({ $reason }). Ela continua na caixa de saída; verifique o disco e tente novamente.
outbox-busy = A mensagem “{ $id }” está sendo enviada ou editada agora, então nada foi alterado. Tente novamente daqui a pouco.
outbox-busy-line = “{ $subject }” ignorada: está sendo editada ou enviada em outro lugar agora.
outbox-waiting-for-other = Outro Outpost está enviando desta caixa de saída; aguardando até ele terminar…
gui-send-busy = Esta mensagem está sendo enviada agora por outra janela ou comando do Outpost. Aguarde um momento e depois confira a caixa de saída.
gui-edit-original-sent = A primeira versão desta mensagem já foi enviada ({ $time }), antes que suas alterações pudessem substituí-la. Suas alterações não foram enviadas.
gui-edit-original-sent-fix = Veja a lista de enviadas. Se as alterações forem importantes, envie-as como uma nova mensagem.
gui-outbox-busy = Esta mensagem está sendo enviada ou editada agora, então não foi excluída. Tente novamente daqui a pouco.
gui-outbox-being-edited = Sendo editada em uma janela de escrita: não será enviada até você enviá-la ou fechar essa janela.
gui-outbox-blocked = Aguardando: ainda não foi possível tentar.
gui-show-more = Mostrar mais { $count }
input-time-unreadable = “{ $value }” não é um horário que o Outpost consiga ler. Escreva como 2026-12-01 09:00 (seu horário local) ou em RFC 3339.
input-time-in-past = { $value } já passou. Escolha um horário no futuro.
input-later-needs-account = Enviar mais tarde funciona com uma conta salva (--account NOME): a mensagem espera na caixa de saída até lá.

## Send later and undo
cli-help-at = Enviar mais tarde: no horário TIME (RFC 3339, ou AAAA-MM-DD HH:MM no horário local); a mensagem espera na caixa de saída
send-scheduled = Agendada para { $time }. A mensagem espera na caixa de saída (id { $id }) e é enviada nesse horário, mesmo que o Outpost tenha sido fechado nesse meio-tempo.
outbox-state-scheduled = agendada para { $time }
gui-undo-too-late = Tarde demais para desfazer: a mensagem já está a caminho.
gui-pending = Enviando em alguns segundos…
gui-undo = Desfazer
gui-send-later = Enviar mais tarde…
gui-send-later-label = Enviar às (seu horário local):
gui-schedule = Agendar
gui-outbox-scheduled = Agendada para { $time }
gui-send-now = Enviar agora
gui-undo-setting = Desfazer envio
gui-undo-setting-help = Depois de apertar Enviar, a mensagem espera esse tempo para você poder recuperá-la.
gui-undo-off = Desligado
gui-undo-seconds = { $seconds } s

## Drafts
gui-keep-draft = Guardar como rascunho
gui-drafts-title = { $count ->
    [one] Mensagem não terminada
   *[other] Mensagens não terminadas ({ $count })
}
gui-draft-no-recipient = ainda sem destinatário
gui-draft-line = Para { $to } · salvo { $time }
gui-draft-open = Continuar escrevendo

## Meu e-mail vai chegar? (verificação do domínio remetente)
domain-check-spf = SPF
domain-check-dkim = DKIM
domain-check-dmarc = DMARC
domain-check-mx = MX
domain-check-blocklist = Lista de bloqueio
domain-status-pass = OK
domain-status-warn = Aviso
domain-status-fail = Problema
domain-status-unknown = Desconhecido
domain-your-provider = seu serviço de envio
domain-handled-by-provider = { $domain } pertence a { $provider }, que cuida de SPF, DKIM, DMARC e da reputação dos seus servidores: você não precisa configurar nada.
domain-lookup-failed = A consulta DNS de { $name } não teve resposta, então isto não pôde ser verificado.
domain-fix-retry = Verifique sua conexão com a internet e faça a verificação de novo.
domain-fix-none = Nada a fazer.
domain-fix-txt = Publique este registro TXT em { $name }: { $record }
domain-spf-none = { $domain } não tem registro SPF, então os destinatários não sabem quais servidores podem enviar seus e-mails; muitos os colocam no spam.
domain-spf-many = { $domain } tem { $count } registros SPF. Os destinatários tratam isso como erro (permerror) e ignoram todos.
domain-fix-spf-merge = Substitua-os por um único registro TXT em { $name }: { $record }
domain-spf-syntax = O registro SPF contém “{ $term }”, que os destinatários não entendem; eles tratam o registro inteiro como erro.
domain-fix-spf-syntax = Corrija ou remova “{ $term }” do registro SPF de { $name }.
domain-spf-include-missing = O registro SPF inclui { $include }, que não tem um registro SPF válido próprio; os destinatários tratam isso como erro.
domain-fix-spf-include = Corrija ou remova “include:{ $include }” do registro SPF de { $name }.
domain-spf-too-many-lookups = O registro SPF precisa de { $count } consultas DNS (contando cada include); os destinatários param em 10 e tratam o registro como erro.
domain-fix-spf-lookups = Remova os include de serviços que você não usa mais, ou informe endereços com ip4:/ip6: em vez de nomes, até o registro precisar de 10 consultas ou menos.
domain-spf-pass-all = O registro SPF termina em “{ $all }”: ele permite que qualquer servidor do mundo envie e-mails como { $domain }.
domain-spf-missing-provider = O registro SPF não autoriza { $provider }, o serviço pelo qual esta conta envia, então os e-mails podem falhar no SPF.
domain-spf-neutral-all = O registro SPF não termina em “-all” nem “~all” ({ $all }): não diz nada sobre os servidores que não lista, então protege pouco.
domain-spf-host-unconfirmed = O Outpost não conseguiu confirmar que o registro SPF autoriza { $host }, o servidor pelo qual esta conta envia.
domain-spf-ok = O registro SPF é válido e usa { $count } das 10 consultas DNS que os destinatários permitem.
domain-dkim-no-selector = O Outpost não conhece o seletor DKIM do serviço de envio deste domínio, então o DKIM não pôde ser verificado.
domain-fix-dkim-selector = Procure o seletor DKIM nas configurações de { $provider } e faça a verificação com --dkim-selector SELETOR.
domain-dkim-ok = Chave DKIM encontrada no seletor “{ $selector }”: { $kind }, { $bits } bits.
domain-dkim-short = A chave DKIM do seletor “{ $selector }” tem só { $bits } bits; o Gmail e outros ignoram chaves com menos de 1024 bits.
domain-dkim-revoked = A chave DKIM do seletor “{ $selector }” foi revogada (seu p= está vazio): e-mails assinados com ela falham no DKIM.
domain-dkim-unreadable = O registro DKIM do seletor “{ $selector }” contém uma chave que o Outpost não consegue ler.
domain-fix-dkim-rotate = Crie uma nova chave DKIM de 2048 bits nas configurações de { $provider } e publique o registro indicado.
domain-dkim-missing = Nenhuma chave DKIM foi encontrada para { $domain } (seletores testados: { $selectors }). Sem DKIM, o Gmail e o Yahoo podem recusar os e-mails ou colocá-los no spam.
domain-fix-dkim-enable = Ative a assinatura DKIM nas configurações de { $provider } e publique o registro indicado (um registro TXT ou CNAME em SELETOR._domainkey.{ $domain }).
domain-dmarc-missing = { $domain } não tem registro DMARC. O Gmail e o Yahoo exigem um (p=none basta) de quem lhes envia mais de 5.000 mensagens por dia.
domain-dmarc-many = { $domain } tem { $count } registros DMARC; os destinatários ignoram todos.
domain-dmarc-invalid = O registro DMARC não tem uma política válida (p=none, quarantine ou reject), então os destinatários o ignoram.
domain-dmarc-none = A política DMARC é “none”: ela cumpre as regras de 2024 do Gmail e do Yahoo, mas os destinatários ainda entregam e-mails que só fingem vir de você. { $details }
domain-dmarc-ok = A política DMARC é “{ $policy }”: ela cumpre as regras de 2024 do Gmail e do Yahoo e protege o domínio contra e-mails falsificados. { $details }
domain-bulk-rules-met = Com SPF e DKIM também configurados, o domínio cumpre o que o Gmail e o Yahoo pedem no DNS a quem envia em massa.
domain-bulk-rules-unmet = O Gmail e o Yahoo pedem a quem envia em massa SPF, DKIM e DMARC juntos: este domínio ainda não cumpre isso.
domain-dmarc-details = Alinhamento: DKIM { $adkim }, SPF { $aspf }. Os relatórios vão para: { $rua }.
domain-dmarc-strict = estrito
domain-dmarc-relaxed = flexível
domain-dmarc-no-reports = ninguém (sem endereço rua=)
domain-fix-dmarc-tighten = Quando os relatórios mostrarem só os seus próprios serviços, endureça a política com este registro TXT em { $name }: { $record }
domain-mx-ok = { $domain } recebe e-mails em { $hosts }.
domain-mx-none = { $domain } não tem registro MX: respostas e avisos de não entrega não têm para onde ir, e alguns destinatários recusam e-mails desses domínios.
domain-mx-null = { $domain } declara que não recebe e-mails (“MX nulo”): respostas e avisos de não entrega se perdem.
domain-fix-mx = Adicione para { $domain } um registro MX que aponte para o servidor que recebe seus e-mails, por exemplo: { $record }
domain-blocklist-no-server = Nenhum servidor de envio é conhecido, então seus endereços não puderam ser comparados com listas de bloqueio.
domain-fix-blocklist-account = Faça a verificação para uma conta (outpost domain --account NOME) para incluir o servidor dela.
domain-blocklist-listed = O endereço { $address } do servidor de envio está na { $list } (resposta { $answer }): muitos destinatários recusam e-mails dele ou os colocam no spam.
domain-fix-blocklist = Peça a remoção em { $url }. Se o servidor for do seu provedor, avise o provedor.
domain-blocklist-clean = { $addresses } não está na { $list }.
domain-blocklist-refused = A { $list } se recusou a responder (resposta { $answer }); ela não responde a consultas feitas por resolvedores DNS públicos ou muito usados, então o resultado é desconhecido.
domain-fix-blocklist-refused = Faça a verificação de novo a partir de uma rede cujo resolvedor DNS não seja um grande resolvedor público.
domain-heading = Os e-mails de { $domain } vão chegar?
domain-provider-line = Serviço de envio: { $provider }
domain-check-line = { $status } · { $check }: { $message }
domain-record-line = { "  " }Registro: { $record }
domain-fix-line = { "  " }Solução: { $fix }
domain-invalid = “{ $domain }” não é um nome de domínio.
domain-needs-target = Informe um domínio ou uma conta (--account NOME).
cli-about-domain = Verificar se os e-mails de um domínio vão chegar: SPF, DKIM, DMARC, MX e listas de bloqueio
cli-help-domain = Domínio a verificar (ex.: example.com)
cli-help-dkim-selector = Um seletor DKIM a consultar também (pode ser repetido)
gui-delivery-title = Seus e-mails vão chegar?
gui-delivery-checking = Verificando { $domain }…
gui-delivery-again = Verificar de novo
gui-delivery-done = Concluído
gui-delivery-button = Verificar entrega
gui-delivery-copy = Copiar
gui-delivery-all-good = Está tudo pronto para os e-mails de { $domain } chegarem.
gui-delivery-some-failed = Parte do que os destinatários verificam em { $domain } está faltando ou errado; cada linha diz o que publicar no DNS.

## Attachment reminder
compose-attachment-words = anexo, anexad, anexa, em anexo
gui-reminder = Você menciona um anexo, mas nada foi anexado.
gui-send-without = Enviar sem anexo
gui-attach-files = Anexar arquivos…

## Address suggestions
gui-forget-address = esquecer

## Sign in with Google and Microsoft (OAuth2)
keychain-too-long = O login é longo demais para o chaveiro do sistema, então não foi salvo. Nada foi cortado. Use um chaveiro sem esse limite ou entre com uma senha, se o provedor permitir.
oauth-device-code-unavailable = { $provider } não permite entrar para e-mail com um código em outro dispositivo. Execute o comando em um computador com navegador, ou use --no-browser e abra o endereço mostrado em qualquer dispositivo.
oauth-failed = Não foi possível entrar: o serviço de login deu uma resposta que o Outpost não consegue usar. Tente novamente em instantes.
oauth-page-done = Você entrou no Outpost. Pode fechar esta aba.
oauth-page-failed = O login no Outpost não terminou. Pode fechar esta aba e voltar ao Outpost.
sign-in-expired = O login salvo da conta “{ $account }” não funciona mais. Entre novamente: outpost accounts signin { $account }
sign-in-not-configured = Esta cópia do Outpost não tem um registro de login para este provedor, então não consegue entrar nele. Veja “Sign in with Google and Microsoft” no README para adicionar um ao config.toml.
problem-oauth-not-configured = Esta cópia do Outpost não está registrada para entrar com este provedor.
problem-oauth-not-configured-fix = Adicione um registro de cliente em [oauth2.google] ou [oauth2.microsoft] no config.toml (o README explica como), ou use uma senha de app se o provedor oferecer.
problem-sign-in-cancelled = O login foi cancelado: o navegador foi fechado, o acesso não foi permitido ou não foi concluído a tempo.
problem-sign-in-cancelled-fix = Comece o login de novo e permita que o Outpost envie e-mails por você.
problem-sign-in-expired = O login salvo não funciona mais: o provedor o recusou (expirou, a senha mudou ou o acesso foi removido).
problem-sign-in-expired-fix = Entre novamente. Suas mensagens esperam na caixa de saída e serão enviadas depois.
problem-sign-in-blocked-by-admin = Sua organização precisa aprovar o Outpost antes que você possa entrar com ele.
problem-sign-in-blocked-by-admin-fix = Peça ao administrador de TI que permita (dê consentimento de administrador a) o app “Outpost” para enviar e-mails (SMTP) e depois entre novamente.
problem-wrong-account-signed-in = A conta com que você entrou não é a deste endereço, então o servidor a recusou.
problem-wrong-account-signed-in-fix = Entre novamente e escolha a conta do endereço de envio.
problem-starttls-tampered = Alguém na rede pode estar adulterando a conexão com { $host }: chegaram dados a mais logo antes de a criptografia começar. Nada foi enviado.
problem-starttls-tampered-fix = Não envie desta rede agora. Tente outra rede (por exemplo, o roteador do seu celular) ou escolha SSL/TLS na porta 465, que é criptografada desde o primeiro byte.
problem-outcome-unknown = O servidor pode ter recebido a mensagem, mas a resposta dele nunca chegou.
problem-outcome-unknown-fix = Veja na caixa do destinatário ou na sua pasta de enviados antes de enviar de novo: enviar outra vez poderia entregá-la duas vezes.
problem-recipient-rejected-address = O servidor recusou o destinatário { $address }.
problem-address-needs-smtputf8 = O endereço { $address } tem letras fora do alfabeto simples, e { $host } não consegue transmitir esses endereços. Nada foi enviado.
problem-address-needs-smtputf8-fix = Peça um endereço com letras simples, se a pessoa tiver, ou envie de uma conta cujo servidor aceite endereços internacionais (SMTPUTF8).
send-waiting-confirm = Aguardando a confirmação do servidor…
cli-help-oauth2 = Entrar com google ou microsoft no navegador em vez de uma senha
cli-help-no-browser = Não abrir o navegador: mostrar o endereço de login no stderr e esperar
cli-help-device-code = Entrar com um código em outro dispositivo (só Microsoft)
cli-about-accounts-signin = Entrar novamente em uma conta que usa login do Google ou da Microsoft
oauth-open-address = Abra este endereço em um navegador para entrar (o Outpost espera até cinco minutos):
oauth-device-instructions = Em qualquer dispositivo, abra { $url } e digite o código { $code }. O Outpost espera até você entrar.
accounts-signed-in = Login feito: a conta “{ $name }” já pode enviar.
accounts-not-oauth2 = A conta “{ $name }” entra com uma senha, não com Google ou Microsoft.
accounts-show-signs-in-with = Entra com { $provider }
accounts-show-token-stored = Login: salvo no chaveiro do sistema
accounts-show-token-missing = Login: nenhum salvo (entre novamente)
gui-oauth-sign-in-with = Entrar com { $provider }
gui-oauth-waiting = Esperando você entrar no navegador…
gui-oauth-open-again = Abrir o navegador de novo
gui-oauth-cancel = Cancelar
gui-oauth-signed-in = Conectado como { $email }
gui-oauth-or-password = Ou entrar com uma senha
gui-oauth-unconfigured-google = Esta cópia do Outpost não está registrada no Google, então “Entrar com Google” não está disponível. Em vez disso, ative a verificação em duas etapas na sua conta Google, crie uma senha de app e use-a como senha abaixo.
gui-oauth-unconfigured-office365 = Esta cópia do Outpost não está registrada na Microsoft, então “Entrar com Microsoft” não está disponível. Peça ao administrador que ative o SMTP AUTH para sua caixa de correio e depois use sua senha abaixo.
gui-oauth-unconfigured-outlook = Esta cópia do Outpost não está registrada na Microsoft, então “Entrar com Microsoft” não está disponível. O Outlook.com não aceita mais senhas para envio, então, sinceramente, não há outro caminho aqui: use uma cópia do Outpost que esteja registrada (veja o README).
gui-oauth-sign-in-again = Entrar novamente
gui-oauth-sign-in-first = Entre primeiro: pressione o botão de login acima e termine no navegador.
oauth-insecure-endpoint = O endereço de login de { $provider } no config.toml ({ $url }) não é um endereço https://, então o Outpost não o usa: um login nunca trafega sem criptografia. Use o endereço https:// dele.
oauth-interaction-required = O provedor quer que você entre novamente na própria página dele (por exemplo, para confirmar uma segunda etapa), então o login salvo já não basta sozinho.
oauth-consent-required = O provedor precisa que você permita de novo que o Outpost envie e-mails por você (a permissão está faltando ou foi retirada).
oauth-registration-changed = O login salvo foi feito com outro registro do Outpost ou outro endereço de login que não o configurado agora, então o Outpost não o envia para lá.
accounts-added-signed-in = A conta “{ $name }” foi salva. O login dela está no chaveiro do sistema.
accounts-requeued = { $count ->
    [one] 1 mensagem retida pelo login voltou à fila da caixa de saída; `outpost outbox flush` a envia agora.
   *[other] { $count } mensagens retidas pelo login voltaram à fila da caixa de saída; `outpost outbox flush` as envia agora.
}
gui-oauth-explain = Seu navegador abre a página de login oficial de { $provider }. O Outpost nunca vê sua senha.
gui-oauth-signed-in-next = Agora, teste a conexão.

## Formatting
cli-help-markdown = O corpo é Markdown: enviar como texto simples e como HTML formatado (multipart/alternative)
gui-formatting = Formatação (Markdown)

## Signatures and replies
cli-about-accounts-edit = Alterar o nome exibido, a assinatura, o endereço de resposta ou a cópia para si mesmo de uma conta
cli-help-signature-file = Um arquivo de texto com a assinatura colocada sob cada nova mensagem (após a linha “-- ”)
cli-help-reply-to = Para onde as respostas devem ir, se não para o endereço do remetente
cli-help-bcc-self = Enviar uma cópia de cada mensagem para o próprio endereço da conta (Cco)
cli-help-no-bcc-self = Parar de enviar uma cópia para o próprio endereço da conta
accounts-edited = As alterações da conta “{ $name }” foram salvas.

## Signature and replies (GUI)
gui-identity-button = Assinatura…
gui-identity-page = Assinatura e respostas
gui-identity-title = Assinatura e respostas de { $account }
gui-signature = Assinatura
gui-signature-help = Colocada sob cada nova mensagem, após uma linha “-- ”, para que os programas de e-mail a distingam do texto. Você a vê na janela de escrita e pode mudá-la lá.
gui-reply-to-placeholder = As respostas vão para (opcional): team@example.com
gui-bcc-self = Enviar para mim uma cópia de cada mensagem (Cco para { $email })
gui-bcc-self-help = O Outpost não tem pasta de enviados: com isto ligado, sua caixa recebe uma cópia de tudo o que você envia.
gui-bcc-self-kept = { $provider } já guarda uma cópia do que você envia na pasta de enviados, então normalmente isto não é necessário.
gui-identity-save = Salvar
cli-help-compose-at = Abrir “Enviar mais tarde” com este horário (RFC 3339, ou AAAA-MM-DD HH:MM local)
cli-help-identity = Outro endereço de remetente que envia por esta conta: "Nome <endereço>" (pode repetir)
cli-help-remove-identity = Remover esse outro endereço de remetente
gui-other-addresses = Outros endereços de remetente
gui-other-addresses-help = Endereços com que seu provedor deixa esta conta enviar (apelidos), cada um com seu nome e, se quiser, sua própria assinatura. A janela de escrita os oferece em “De”.
gui-other-signature = Assinatura para este endereço (vazia: a da conta)
gui-add-other-address = Adicionar um endereço

## Mala direta
merge-data-no-header = O arquivo não tem linha de cabeçalho: a primeira linha deve dar nome às colunas (por exemplo Nome e E-mail).
merge-data-unreadable = Não é possível ler o arquivo: { $reason }
merge-data-damaged = ele está danificado ou não é o tipo de arquivo que o nome indica
merge-data-unknown-sheet = O arquivo não tem a planilha “{ $name }”. As planilhas dele: { $sheets }.
merge-data-too-large = O arquivo é grande demais ({ $size }); é possível usar no máximo { $limit }.
merge-data-too-large-unpacked = A planilha é grande demais depois de descompactada ({ $size }); é possível usar no máximo { $limit }.
merge-data-too-many-rows = O arquivo tem mais de { $limit } linhas. Divida-o em listas menores.
merge-data-too-many-columns = O arquivo tem mais de { $limit } colunas.
merge-data-cell-too-long = Uma célula da linha { $row } tem mais de { $limit } caracteres. Talvez umas aspas tenham sido abertas e nunca fechadas.
merge-data-unsupported = Arquivos deste tipo (“{ $extension }”) não podem ser lidos. Salve a lista como CSV, XLSX ou ODS.
merge-unknown-placeholder = Não há coluna para o campo “{ $placeholder }”.
merge-unknown-placeholder-closest = Não há coluna para o campo “{ $placeholder }”. Você quis dizer “{ $closest }”?
merge-no-address-column = Nenhuma coluna de endereços de e-mail foi encontrada. Dê a essa coluna o cabeçalho “E-mail” ou informe qual coluna contém os endereços.
merge-unknown-column = Não há coluna “{ $name }”.
merge-unknown-column-closest = Não há coluna “{ $name }”. Você quis dizer “{ $closest }”?
merge-skip-invalid-address = “{ $value }” não é um único endereço de e-mail válido.
merge-skip-no-address = O endereço está vazio.
merge-skip-duplicate = { $address } já recebe esta mensagem pela linha { $row }.
merge-skip-empty-field = Sem valor para { $columns } e sem texto alternativo no campo.
merge-skip-unsafe-field = O valor de { $columns } tem uma quebra de linha, que um assunto ou um endereço não pode conter.
merge-skip-attachment-missing = O anexo “{ $path }” não existe.
merge-skip-attachment-outside = O anexo “{ $path }” não está na pasta da lista, por isso não é anexado.
merge-skip-suppressed = { $address } está na lista de quem não quer mais receber mensagens.
merge-estimate-none = Nenhuma mensagem para enviar.
merge-estimate-today = { $count } hoje
merge-estimate-tomorrow = { $count } amanhã
merge-estimate-on = { $count } em { $date }
merge-estimate-more = mais { $count } até { $date }
merge-estimate = { $total ->
    [one] 1 mensagem
   *[other] { $total } mensagens
}: { $days }.
merge-estimate-within-provider = { $total ->
    [one] 1 mensagem
   *[other] { $total } mensagens
}: { $days }, dentro do limite de { $limit } por dia de { $provider }.
merge-estimate-within-limit = { $total ->
    [one] 1 mensagem
   *[other] { $total } mensagens
}: { $days }, dentro do seu limite de { $limit } por dia.
merge-rate-given = Ritmo: { $count ->
    [one] 1 mensagem
   *[other] { $count } mensagens
} por minuto, como pedido.
merge-rate-provider = Ritmo: { $count ->
    [one] 1 mensagem
   *[other] { $count } mensagens
} por minuto, dentro do limite de { $provider }.
merge-rate-default = Ritmo: { $count ->
    [one] 1 mensagem
   *[other] { $count } mensagens
} por minuto (padrão).

merge-paused-reason = Retida: a mala direta está pausada.
merge-unknown-id = Não existe a mala direta “{ $id }”.
merge-nothing-ready = Nenhuma linha da lista está pronta para envio.
merge-unsubscribe-footer = Para não receber mais estas mensagens, escreva para { $address }.
merge-summary = Linhas: { $rows }. Prontas: { $ready }. Ignoradas: { $skipped }.
merge-skipped-line = Linha { $row } ignorada: { $detail }
merge-message-line = Linha { $row }: { $to } — “{ $subject }” ({ $time })
merge-dry-run-done = Nada foi colocado na caixa de saída (simulação).
merge-queued = A mala direta { $id } está na caixa de saída. { $estimate }
merge-test-sent = A mensagem de teste foi enviada para { $address }.
merge-test-queued = A mensagem de teste aguarda na caixa de saída: veja “outpost outbox list”.
merge-waiting = Enviando as mensagens conforme chega a hora de cada uma. Ctrl+C só para a espera: “outpost outbox flush” ou a janela continuam.
merge-progress = Enviadas: { $sent } de { $total }. Próxima: { $time }.
merge-status-line = { $id } ({ $account }): enviadas { $sent }, aguardando { $waiting }, agendadas { $scheduled }, com falha { $failed }, retidas { $held }, não confirmadas { $unconfirmed }, ignoradas { $skipped }
merge-status-paused = Pausada: “outpost merge resume { $id }” envia o restante.
merge-status-next = Próxima mensagem: { $time }. Última: { $finish }.
merge-list-empty = Nenhuma mala direta.
merge-paused = Pausada. Mensagens retidas: { $count }.
merge-resumed = Retomada. Mensagens de volta à fila: { $count }.
merge-cancelled = Cancelada. Mensagens removidas: { $count }.
merge-busy = Mensagens que estavam sendo enviadas naquele momento, mantidas como estavam: { $count }.
merge-report-written = Relatório salvo em { $path }.
merge-suppressed = Adicionados à lista de exclusão: { $count }.
cli-about-merge = Enviar uma mensagem para cada linha de uma planilha (mala direta)
cli-help-merge-data = A lista: CSV, XLSX ou ODS, com uma linha de cabeçalho
cli-help-merge-sheet = A aba a ler (padrão: a primeira)
cli-help-merge-to = O campo Para com marcadores, como "{"{{"}Nome{"}}"} <{"{{"}Email{"}}"}>" (padrão: a coluna de endereços)
cli-help-merge-subject = O assunto, com marcadores {"{{"}Coluna{"}}"}
cli-help-merge-body = O texto, com marcadores {"{{"}Coluna{"}}"} e {"{{"}Coluna|alternativa{"}}"}
cli-help-merge-body-file = Ler o texto deste arquivo
cli-help-merge-attach-column = A coluna com os anexos próprios de cada linha (relativos à pasta da lista)
cli-help-merge-per-minute = Mensagens por minuto (padrão: o ritmo publicado pelo provedor; senão, 20)
cli-help-merge-start = Enviar a primeira mensagem neste horário (RFC 3339, ou AAAA-MM-DD HH:MM local)
cli-help-merge-unsubscribe = Adicionar um cabeçalho List-Unsubscribe e uma linha de rodapé com este endereço
cli-help-merge-allow-empty = Enviar também as linhas com marcadores vazios
cli-help-merge-dry-run = Verificar e mostrar o que seria enviado; não colocar nada na fila
cli-help-merge-test-to = Enviar só a primeira mensagem, para este endereço, agora
cli-help-merge-no-wait = Voltar assim que as mensagens estiverem na caixa de saída
cli-help-merge-id = O identificador da mala direta (veja “outpost merge list”)
cli-help-merge-output = Onde gravar o relatório (CSV)
cli-help-merge-addresses = Endereços que pediram para não receber mais mensagens
cli-about-merge-list = Mostrar as malas diretas
cli-about-merge-status = Mostrar como está uma mala direta
cli-about-merge-pause = Reter as mensagens ainda não enviadas de uma mala direta
cli-about-merge-resume = Recolocar na fila as mensagens de uma mala direta pausada
cli-about-merge-cancel = Remover as mensagens ainda não enviadas de uma mala direta
cli-about-merge-report = Gravar o relatório de uma mala direta, linha por linha, em CSV
cli-about-merge-suppress = Colocar endereços na lista de exclusão

# Send to a list, in the window
gui-send-to-list = Enviar para uma lista…
gui-merge-title = Enviar para uma lista
gui-merge-file-intro = Cada pessoa da lista recebe uma mensagem só sua, com o nome e os dados dela. Escolha uma planilha cuja primeira linha dê nome às colunas: CSV, XLSX ou ODS.
gui-merge-choose-file = Escolher um arquivo…
gui-merge-choose-title = Escolher a lista
gui-merge-file-filter = Planilhas
gui-merge-drop-hint = Ou solte o arquivo nesta janela.
gui-merge-loading = Lendo { $file }…
gui-merge-rows-columns = { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}, { $columns ->
    [one] { $columns } coluna
   *[other] { $columns } colunas
}
gui-merge-sheet = Planilha
gui-merge-address-in = Endereços
gui-merge-found-by-header = O Outpost encontrou os endereços na coluna “{ $column }” pelo nome dela.
gui-merge-found-by-content = O Outpost encontrou os endereços na coluna “{ $column }” pelo que ela contém.
gui-merge-address-picked = Os endereços vêm da coluna “{ $column }”.
gui-merge-no-address = Nenhuma coluna tem endereços de e-mail. Escolha acima a coluna com os endereços, ou dê a ela o nome “E-mail” na lista.
gui-merge-column = Coluna
gui-merge-example = Exemplo
gui-merge-column-empty = (vazia)
gui-merge-addresses = Endereços
gui-merge-more-columns = { $count ->
    [one] E mais { $count } coluna.
   *[other] E mais { $count } colunas.
}
gui-merge-earlier = Malas diretas
gui-merge-earlier-line = { $date }, { $account }: { $sent } de { $total } enviadas
gui-merge-show-progress = Ver o andamento
gui-merge-state-sending = Enviando
gui-merge-state-paused = Pausada
gui-merge-state-cancelled = Cancelada
gui-merge-state-done = Tudo enviado
gui-merge-state-problems = Parada por problemas
gui-merge-no-account = Adicione uma conta primeiro: as mensagens saem dela.
gui-merge-write-title = Escrever a mensagem
gui-merge-write-intro = Campos como {"{{"}Nome{"}}"} são preenchidos com cada linha. {"{{"}Nome|amiga{"}}"} coloca “amiga” onde a linha não tem nome.
gui-merge-insert-field = Inserir campo
gui-merge-text = Mensagem
gui-merge-body-placeholder = Olá, {"{{"}Nome{"}}"}, …
gui-merge-allow-empty = Enviar também para linhas com algum campo vazio
gui-merge-unsubscribe = Incluir uma linha para cancelar a inscrição (escrevendo para { $address })
gui-merge-subject-missing = Escreva um assunto.
gui-merge-body-missing = Escreva a mensagem.
gui-merge-preview-button = Pré-visualizar
gui-merge-preparing = Verificando cada linha…
gui-merge-preview-title = Pré-visualização
gui-merge-row-of = Linha { $row } ({ $index } de { $count })
gui-merge-previous = Anterior
gui-merge-next = Próxima
gui-merge-next-problem = Próxima linha ignorada
gui-merge-skipped-row = A linha { $row } não recebe mensagem.
gui-merge-empty-warning = Enviada sem nada em { $columns }.
gui-merge-send-test = Enviar um teste para mim
gui-merge-test-sending = Enviando a primeira mensagem para você como teste…
gui-merge-test-sent = A primeira mensagem foi como teste para { $address }. Dê uma olhada nela lá.
gui-merge-test-failed = O teste não foi enviado. { $reason }
gui-merge-test-waiting = Ele espera na caixa de saída, que tenta de novo sozinha.
gui-merge-send-title = Pronto para enviar
gui-merge-send-summary = { $count ->
    [one] { $count } mensagem, de { $from }
   *[other] { $count } mensagens, cada uma para uma pessoa, de { $from }
}
gui-merge-send-skipped = { $count ->
    [one] { $count } linha não recebe mensagem (veja a pré-visualização).
   *[other] { $count } linhas não recebem mensagem (veja a pré-visualização).
}
gui-merge-pacing = Quando saem
gui-merge-per-minute = Mensagens por minuto
gui-merge-per-minute-error = Informe um número de 1 a 600.
gui-merge-first-last = A primeira sai às { $first }, a última às { $last }.
gui-merge-pacing-note = Espaçar as mensagens as mantém dentro dos limites do provedor, para que não sejam tomadas por spam.
gui-merge-send-count = { $count ->
    [one] Enviar { $count } mensagem
   *[other] Enviar { $count } mensagens
}
gui-merge-queuing = Colocando as mensagens na caixa de saída…
gui-merge-progress-title = Mala direta
gui-merge-reading = Lendo a mala direta…
gui-merge-progress-sub = De { $account }, iniciada em { $date }, { $rows ->
    [one] { $rows } linha
   *[other] { $rows } linhas
}
gui-merge-next-send = { $state }. Próxima mensagem às { $next }, a última às { $finish }.
gui-merge-sent-of = { $sent } de { $total } enviadas
gui-merge-count-sent = Enviadas
gui-merge-count-waiting = Esperando
gui-merge-count-scheduled = Agendadas
gui-merge-count-failed = Com falha
gui-merge-count-held = Retidas
gui-merge-count-unconfirmed = Não confirmadas
gui-merge-count-skipped = Ignoradas
gui-merge-count-cancelled = Canceladas
gui-merge-problems = Linhas com problema
gui-merge-row = Linha { $row }
gui-merge-row-address = Linha { $row }: { $address }
gui-merge-more-problems = { $count ->
    [one] E mais { $count }: o relatório lista todas as linhas.
   *[other] E mais { $count }: o relatório lista todas as linhas.
}
gui-merge-pause = Pausar
gui-merge-resume = Retomar
gui-merge-cancel = Cancelar o resto
gui-merge-cancel-question = { $count ->
    [one] Remover a mensagem ainda não enviada? As já enviadas continuam enviadas.
   *[other] Remover as { $count } mensagens ainda não enviadas? As já enviadas continuam enviadas.
}
gui-merge-keep-sending = Manter
gui-merge-cancel-confirm = Remover
gui-merge-working = Um momento…
gui-merge-export = Exportar relatório…
gui-merge-report-title = Salvar o relatório
gui-merge-progress-note = As mensagens esperam na caixa de saída e saem na hora certa enquanto o Outpost está aberto. Se você fechá-lo, o envio continua na próxima vez que ele abrir (ou com “outpost outbox flush”); esta página fica em “Enviar para uma lista”.
gui-merge-no-outbox = A caixa de saída não pode ser aberta, então nada pode ser enviado para esta lista. O aviso acima diz por quê.
gui-merge-attachments = Anexos
gui-merge-attach-hint = Cada mensagem leva estes arquivos. Você também pode soltar arquivos nesta janela.
gui-merge-attach-none = Nenhuma
gui-merge-attach-column = Coluna de anexos
gui-merge-attach-column-hint = Uma coluna pode indicar um arquivo para cada linha, relativo à pasta da lista. Uma linha cujo arquivo falta não recebe mensagem.
gui-merge-insert-subject = No assunto
gui-merge-insert-text = No texto
gui-merge-attached = Anexado
gui-merge-start = Começar a enviar
gui-merge-start-now = Agora
gui-merge-start-at = Em um horário…
gui-merge-start-label = Data e hora (seu horário local)
cli-help-merge-window = Abrir a janela com esta lista, para escrever, pré-visualizar e enviar as mensagens nela
## Mensagens enviadas guardadas (outbox show, outbox sent --search, a aba Enviadas)
cli-about-outbox-show = Mostrar uma mensagem na fila ou enviada: cabeçalhos, texto e anexos
cli-help-show-raw = Imprimir os bytes exatos da mensagem, como o servidor os recebeu
cli-help-sent-search = Somente mensagens cujo assunto, destinatários ou texto contenham isto
outbox-sent-not-kept = não guardada
outbox-sent-none-found = Nenhuma mensagem enviada contém “{ $search }”.
outbox-not-kept = A mensagem { $id } não foi guardada: resta apenas o registro dela no histórico de envios.
outbox-show-sent = Enviada { $time }
outbox-show-queued = Ainda na caixa de saída
outbox-show-from = De: { $value }
outbox-show-to = Para: { $value }
outbox-show-cc = Cc: { $value }
outbox-show-bcc = Cco: { $value }
outbox-show-subject = Assunto: { $value }
outbox-show-date = Data: { $value }
outbox-show-attachment = Anexo: { $name } ({ $size })
outbox-show-not-kept = A mensagem em si não foi guardada: resta apenas o registro dela.
forward-separator = ---------- Mensagem encaminhada ----------
forward-from = De: { $from }
forward-date = Data: { $date }
forward-subject = Assunto: { $subject }
forward-to = Para: { $to }
gui-sent-open = Abrir
gui-sent-back = Voltar às enviadas
gui-sent-send-again = Enviar de novo
gui-sent-forward = Encaminhar
gui-sent-save-attachment = Salvar anexo…
gui-sent-loading = Abrindo a mensagem…
gui-sent-gone = Esta mensagem não está mais entre as enviadas.
gui-sent-saved = Salvo: { $path }
gui-sent-save-failed = Não foi possível salvar o anexo: { $reason }
copy-saved-in = Cópia salva em “{ $folder }”
copy-pending = Cópia em Enviados ainda não salva: será tentado de novo
copy-pending-because = A cópia em Enviados ainda não foi salva e será tentada de novo: { $message }
copy-failed = Não foi possível salvar a cópia em Enviados
copy-failed-because = Não foi possível salvar a cópia em Enviados: { $message }
cli-help-imap-host = O servidor IMAP da caixa, para cópias em Enviados (vazio: nenhum)
cli-help-imap-port = A porta do servidor IMAP (993 para SSL/TLS, 143 para STARTTLS)
cli-help-imap-security = A criptografia do servidor IMAP: tls ou starttls
cli-help-imap-user = O usuário IMAP, quando difere do de envio
cli-help-save-sent = Cópias das mensagens enviadas na pasta Enviados da caixa: auto, imap ou off
cli-help-imap-password-stdin = Ler da entrada padrão uma senha IMAP diferente da de envio
field-imap-host = Servidor IMAP
field-imap-user = Usuário IMAP
gui-copy-try-again = Tentar salvar a cópia de novo
gui-test-copies = Salvar cópias em Enviados
gui-test-copies-found = ✓ Cópias salvas na pasta “{ $folder }”
gui-test-copies-failed = As cópias das mensagens enviadas ainda não podem ir para Enviados (o envio funciona sem elas): { $message }
gui-copy-problem-badge = Cópias em Enviados não salvas
problem-keychain-unavailable = O Outpost não conseguiu ler a senha do chaveiro do seu sistema, então não entrou.
problem-keychain-unavailable-fix = Verifique se o seu chaveiro está em execução e desbloqueado (por exemplo, entrando de novo); o Outpost tentará de novo sozinho.
problem-imap-connection-refused-fix = Verifique o servidor IMAP da caixa e a porta (normalmente 993 com SSL/TLS, ou 143 com STARTTLS). Se o servidor estiver só fora do ar agora, o Outpost tentará de novo sozinho.
problem-imap-connect-timeout-fix = Um firewall ou sua rede pode bloquear esta porta, ou você está sem conexão. O servidor IMAP normalmente usa a porta 993 com SSL/TLS; o Outpost tentará de novo sozinho.
problem-imap-expects-implicit-tls-fix = Mude a criptografia do servidor IMAP para SSL/TLS (normalmente a porta 993).
problem-imap-expects-starttls-fix = Mude a criptografia do servidor IMAP para STARTTLS (normalmente a porta 143), ou use a porta 993 com SSL/TLS.
gui-copies-title = Cópias das mensagens enviadas
gui-copies-choice = Guardar uma cópia na pasta Enviados da caixa de correio
gui-copies-auto = Automaticamente
gui-copies-always = Sempre
gui-copies-never = Nunca
gui-copies-off = As mensagens enviadas ficam apenas na aba Enviados do Outpost.
gui-copies-provider-files = { $provider } coloca as mensagens enviadas na sua pasta Enviados por conta própria.
gui-copies-unknown = Nenhum servidor IMAP é conhecido para esta caixa de correio, então as mensagens enviadas ficam apenas no Outpost. Digite o servidor IMAP da caixa para guardar cópias também na pasta Enviados dela.
gui-copies-to = As cópias vão para a pasta Enviados em { $host }.
gui-imap-host-placeholder = imap.example.com
gui-imap-port = Porta IMAP
