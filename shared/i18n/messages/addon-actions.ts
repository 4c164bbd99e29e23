// Messages of the add-on's actions: check, import, publish, sync, settings and the confirmation email.
import { defineMessages } from '../define-messages'

/*
 * {tab} is the tab's name as the sheet shows it ('Events'); {url} the Worker's address; {reason}
 * and {message} come from Apps Script or the Worker as they said them.
 */
export const addonActionMessages = defineMessages({
  en: {
    'actions.menu.validate': 'Check the spreadsheet',
    'actions.menu.importEvents': 'Import events from the Import tab',
    'actions.menu.publishCalendar': 'Publish the calendar',
    'actions.menu.publishWebinars': 'Publish the webinars',
    'actions.menu.syncRegistrations': 'Sync webinar registrations',
    'actions.menu.testConnection': 'Test the connection',
    'actions.menu.settings': 'Connection settings',
    'actions.input.notText': 'The field {field} must be text. Nothing was saved.',
    'actions.validate.clean': 'No problems found. Rows checked: {rows}, in {tabs} tabs.',
    'actions.validate.found':
      'Problems found: {count}. The cells are marked in red with a note; select a problem to go to its cell, fix it, and check again.',
    'actions.validate.duplicateKey':
      "{header} '{value}' is already used in row {first}; each row needs its own {header}.",
    'actions.validate.unknownSetting':
      "'{key}' is not one of the toolkit's settings. Compare its spelling with the other rows, or delete the row.",
    'actions.select.badAddress':
      'The problem does not say which cell it is in, so there is nowhere to go.',
    'actions.select.noCell':
      'That cell is no longer there (tab {tab}, row {row}). Check the spreadsheet again to update the list.',
    'actions.import.badRequest':
      'The file could not be read. Upload a CSV file (separated by commas, semicolons or tabs), or paste the calendar into the Import tab.',
    'actions.import.tooManyRows':
      'The table has too many rows to import at once (limit: {limit}). Split it into smaller parts.',
    'actions.import.noImportTab':
      'There is no tab named {tab}. Add a tab named {tab}, paste the calendar into it with its header row first, and import again.',
    'actions.import.emptyTab':
      'The {tab} tab is empty. Paste the calendar into it, with its header row first, and import again.',
    'actions.import.emptyFile': 'The file is empty: there is nothing to import.',
    'actions.import.done':
      'Events added to the Events tab: {added}. Already there (same ID), left as they were: {existing}. Rows left out because of errors: {errors}. Warnings to check: {warnings}.',
    'actions.publish.invalidRows':
      'The calendar was not published: the Events tab has problems ({count}). Fix them and publish again; nothing was sent.',
    'actions.publish.empty':
      'The Events tab has no events. Publishing it would empty the public calendar, so nothing was sent.',
    'actions.publish.done':
      'Calendar published, version {version}. Events: {events} (added: {added}, changed: {changed}, removed: {removed}).',
    'actions.publish.rejected':
      'The web service did not accept the calendar, so the public calendar is unchanged: {message}',
    'actions.webinars.invalidRows':
      'The webinars were not published: the Webinars tab has problems ({count}). Fix them and publish again; nothing was sent.',
    'actions.webinars.empty':
      'The Webinars tab has no webinars. Publishing it would take every webinar off the registration pages, so nothing was sent.',
    'actions.webinars.done':
      'Webinars published: {webinars} (added: {added}, changed: {changed}, taken off the pages: {archived}). People moved from a waiting list to a seat: {promoted}.',
    'actions.webinars.rejected':
      'The web service did not accept the webinars, so the registration pages are unchanged: {message}',
    'actions.worker.notConfigured':
      'The add-on does not know the web service yet: the Worker URL or the admin secret is not set. Enter both in the sidebar, under Settings.',
    'actions.worker.unauthorized':
      'The web service refused the request (401): the admin secret does not match. In the sidebar, under Settings, enter the admin secret again exactly as the Worker has it (ADMIN_SECRET).',
    'actions.worker.unreachable':
      'Could not reach the web service at {url} ({reason}). Check the Worker URL under Settings and the internet connection, then try again.',
    'actions.worker.notFound':
      'There is no LACRALO web service at {url} (404). Check the Worker URL under Settings.',
    'actions.worker.secretNotSet':
      'The web service at {url} has no admin secret yet, so it refuses every admin request. Whoever deploys the Worker must set ADMIN_SECRET (wrangler secret put ADMIN_SECRET).',
    'actions.worker.failed': 'The web service answered with an error (HTTP {status}): {message}',
    'actions.worker.unexpected':
      'The answer from {url} (HTTP {status}) is not what the LACRALO web service sends. Check the Worker URL under Settings.',
    'actions.worker.rejected': 'The web service did not accept the data: {message}',
    'actions.settings.nothingToSave': 'Enter the Worker URL, the admin secret or both, then save.',
    'actions.settings.badUrl':
      "'{url}' is not a Worker URL. Enter an address that starts with https://, such as https://lacralo-outreach.example.workers.dev (or http://127.0.0.1:8787 for a Worker on this computer). Nothing was saved.",
    'actions.settings.shortSecret':
      'The admin secret is too short: it has at least {min} characters. Copy the whole ADMIN_SECRET of the Worker. Nothing was saved.',
    'actions.settings.saved': 'Settings saved.',
    'actions.settings.connected':
      'Connected to {url}: the admin secret is accepted. Webinars on the web service: {webinars}.',
    'actions.sync.done':
      'Registrations synced. Changes received: {received} (new: {added}, updated: {updated}, erased: {erased}). Confirmation emails sent: {sent}.',
    'actions.sync.upToDate':
      'Registrations are up to date: nothing has changed since the last sync.',
    'actions.sync.more':
      'More changes are waiting: the sync stopped to stay within the Apps Script time limit. Run it again to continue.',
    'actions.sync.erasedName': "(erased at the person's request)",
    'actions.sync.emailFailed':
      'Confirmation emails not sent: {count} ({reason}). They will be sent at the next sync.',
    'actions.sync.emailDeferred': 'Confirmation emails left for the next sync: {count}.',
    'actions.sync.unknownWebinar':
      "No confirmation email for registrations to '{slug}' ({count}): the Webinars tab has no valid row for that webinar.",
    'actions.sync.noWebinarsTab':
      'The Webinars tab is missing, so no confirmation emails were sent. Run "Set up this spreadsheet" to add it.',
    'actions.sync.interrupted':
      'The sync stopped: {reason} The rows written before it stopped are kept (new: {added}, updated: {updated}), and the next sync continues from there.',
    'actions.sync.crashed': 'The sync stopped because of an unexpected error: {reason}',
    'actions.sync.lastOk':
      'Last sync: {time}. Changes received: {received}; confirmation emails sent: {sent}.',
    'actions.sync.lastFailed': 'The last sync ({time}) did not finish.',
    'actions.schedule.installed':
      'Automatic sync is on: registrations, event proposals and candidate suggestions will sync every {minutes} minutes.',
    'actions.schedule.alreadyOn': 'Automatic sync was already on (every {minutes} minutes).',
    'actions.schedule.removed': 'Automatic sync is off.',
    'actions.schedule.alreadyOff': 'Automatic sync was already off.',
    'actions.email.senderName': 'LACRALO Outreach & Engagement',
    'actions.email.subject': 'Your seat is confirmed: {title}',
    'actions.email.body':
      'Hello {name},\n\nYour seat for the webinar "{title}" is confirmed.\n\nWhen: {when} ({timeZone}), {duration} minutes\nJoin: {joinUrl}\nWebinar page: {pageUrl}\n\nThe attached file adds the webinar to your calendar; you can also download it at {icsUrl}.\n\nIf you cannot attend, please cancel with the link you received when you registered, so that someone on the waiting list gets your seat.\n\nLACRALO Outreach & Engagement',
    'actions.insights.unreadable':
      'The add-on is not installed completely: the code of this action could not be loaded from insights.html ({reason}). The operator should push the whole build again (npm run deploy:addon).',
    'actions.insights.mismatch':
      'The add-on is not installed completely: insights.html belongs to another version of the add-on than Code.js. The operator should push the whole build again (npm run deploy:addon).',
  },
  es: {
    'actions.menu.validate': 'Revisar la hoja de cálculo',
    'actions.menu.importEvents': 'Importar eventos de la pestaña Import',
    'actions.menu.publishCalendar': 'Publicar el calendario',
    'actions.menu.publishWebinars': 'Publicar los webinars',
    'actions.menu.syncRegistrations': 'Sincronizar las inscripciones a los webinars',
    'actions.menu.testConnection': 'Probar la conexión',
    'actions.menu.settings': 'Configuración de la conexión',
    'actions.input.notText': 'El campo {field} debe ser texto. No se guardó nada.',
    'actions.validate.clean':
      'No se encontraron problemas. Filas revisadas: {rows}, en {tabs} pestañas.',
    'actions.validate.found':
      'Problemas encontrados: {count}. Las celdas están marcadas en rojo con una nota; seleccione un problema para ir a su celda, corríjalo y vuelva a revisar.',
    'actions.validate.duplicateKey':
      '{header} «{value}» ya se usa en la fila {first}; cada fila necesita su propio {header}.',
    'actions.validate.unknownSetting':
      '«{key}» no es un ajuste de las herramientas. Compare su ortografía con la de las demás filas o elimine la fila.',
    'actions.select.badAddress':
      'El problema no indica en qué celda está, así que no hay adónde ir.',
    'actions.select.noCell':
      'Esa celda ya no existe (pestaña {tab}, fila {row}). Vuelva a revisar la hoja de cálculo para actualizar la lista.',
    'actions.import.badRequest':
      'No se pudo leer el archivo. Suba un archivo CSV (separado por comas, puntos y comas o tabulaciones) o pegue el calendario en la pestaña Import.',
    'actions.import.tooManyRows':
      'La tabla tiene demasiadas filas para importarla de una vez (límite: {limit}). Divídala en partes más pequeñas.',
    'actions.import.noImportTab':
      'No hay ninguna pestaña llamada {tab}. Agregue una pestaña llamada {tab}, pegue en ella el calendario con la fila de encabezados primero e importe de nuevo.',
    'actions.import.emptyTab':
      'La pestaña {tab} está vacía. Pegue en ella el calendario, con la fila de encabezados primero, e importe de nuevo.',
    'actions.import.emptyFile': 'El archivo está vacío: no hay nada que importar.',
    'actions.import.done':
      'Eventos añadidos a la pestaña Events: {added}. Ya estaban (mismo ID) y se dejaron como estaban: {existing}. Filas omitidas por errores: {errors}. Advertencias que revisar: {warnings}.',
    'actions.publish.invalidRows':
      'El calendario no se publicó: la pestaña Events tiene problemas ({count}). Corríjalos y publique de nuevo; no se envió nada.',
    'actions.publish.empty':
      'La pestaña Events no tiene eventos. Publicarla vaciaría el calendario público, así que no se envió nada.',
    'actions.publish.done':
      'Calendario publicado, versión {version}. Eventos: {events} (añadidos: {added}, modificados: {changed}, eliminados: {removed}).',
    'actions.publish.rejected':
      'El servicio web no aceptó el calendario, así que el calendario público no cambió: {message}',
    'actions.webinars.invalidRows':
      'Los webinars no se publicaron: la pestaña Webinars tiene problemas ({count}). Corríjalos y publique de nuevo; no se envió nada.',
    'actions.webinars.empty':
      'La pestaña Webinars no tiene webinars. Publicarla retiraría todos los webinars de las páginas de inscripción, así que no se envió nada.',
    'actions.webinars.done':
      'Webinars publicados: {webinars} (añadidos: {added}, modificados: {changed}, retirados de las páginas: {archived}). Personas que pasaron de la lista de espera a un lugar: {promoted}.',
    'actions.webinars.rejected':
      'El servicio web no aceptó los webinars, así que las páginas de inscripción no cambiaron: {message}',
    'actions.worker.notConfigured':
      'El complemento todavía no conoce el servicio web: falta la URL del Worker o el secreto de administración. Ingrese ambos en el panel lateral, en Configuración.',
    'actions.worker.unauthorized':
      'El servicio web rechazó la solicitud (401): el secreto de administración no coincide. En el panel lateral, en Configuración, vuelva a ingresar el secreto exactamente como lo tiene el Worker (ADMIN_SECRET).',
    'actions.worker.unreachable':
      'No se pudo conectar con el servicio web en {url} ({reason}). Revise la URL del Worker en Configuración y la conexión a internet, y vuelva a intentarlo.',
    'actions.worker.notFound':
      'No hay ningún servicio web de LACRALO en {url} (404). Revise la URL del Worker en Configuración.',
    'actions.worker.secretNotSet':
      'El servicio web en {url} todavía no tiene secreto de administración, así que rechaza toda solicitud de administración. Quien despliega el Worker debe configurar ADMIN_SECRET (wrangler secret put ADMIN_SECRET).',
    'actions.worker.failed': 'El servicio web respondió con un error (HTTP {status}): {message}',
    'actions.worker.unexpected':
      'La respuesta de {url} (HTTP {status}) no es la que envía el servicio web de LACRALO. Revise la URL del Worker en Configuración.',
    'actions.worker.rejected': 'El servicio web no aceptó los datos: {message}',
    'actions.settings.nothingToSave':
      'Ingrese la URL del Worker, el secreto de administración o ambos, y guarde.',
    'actions.settings.badUrl':
      '«{url}» no es una URL de Worker. Ingrese una dirección que empiece por https://, como https://lacralo-outreach.example.workers.dev (o http://127.0.0.1:8787 para un Worker en esta computadora). No se guardó nada.',
    'actions.settings.shortSecret':
      'El secreto de administración es demasiado corto: tiene al menos {min} caracteres. Copie el ADMIN_SECRET completo del Worker. No se guardó nada.',
    'actions.settings.saved': 'Configuración guardada.',
    'actions.settings.connected':
      'Conexión correcta con {url}: el secreto de administración es válido. Webinars en el servicio web: {webinars}.',
    'actions.sync.done':
      'Inscripciones sincronizadas. Cambios recibidos: {received} (nuevas: {added}, actualizadas: {updated}, borradas: {erased}). Correos de confirmación enviados: {sent}.',
    'actions.sync.upToDate':
      'Las inscripciones están al día: no hubo cambios desde la última sincronización.',
    'actions.sync.more':
      'Quedan más cambios: la sincronización se detuvo para no superar el límite de tiempo de Apps Script. Ejecútela de nuevo para continuar.',
    'actions.sync.erasedName': '(borrado a pedido de la persona)',
    'actions.sync.emailFailed':
      'Correos de confirmación no enviados: {count} ({reason}). Se enviarán en la próxima sincronización.',
    'actions.sync.emailDeferred':
      'Correos de confirmación que quedan para la próxima sincronización: {count}.',
    'actions.sync.unknownWebinar':
      'Sin correo de confirmación para las inscripciones a «{slug}» ({count}): la pestaña Webinars no tiene una fila válida para ese webinar.',
    'actions.sync.noWebinarsTab':
      'Falta la pestaña Webinars, así que no se enviaron correos de confirmación. Ejecute «Configurar esta hoja de cálculo» para añadirla.',
    'actions.sync.interrupted':
      'La sincronización se detuvo: {reason} Las filas escritas antes de detenerse se conservan (nuevas: {added}, actualizadas: {updated}) y la próxima sincronización continúa desde allí.',
    'actions.sync.crashed': 'La sincronización se detuvo por un error inesperado: {reason}',
    'actions.sync.lastOk':
      'Última sincronización: {time}. Cambios recibidos: {received}; correos de confirmación enviados: {sent}.',
    'actions.sync.lastFailed': 'La última sincronización ({time}) no terminó.',
    'actions.schedule.installed':
      'La sincronización automática está activada: las inscripciones, las propuestas de eventos y las sugerencias de candidatos se sincronizarán cada {minutes} minutos.',
    'actions.schedule.alreadyOn':
      'La sincronización automática ya estaba activada (cada {minutes} minutos).',
    'actions.schedule.removed': 'La sincronización automática está desactivada.',
    'actions.schedule.alreadyOff': 'La sincronización automática ya estaba desactivada.',
    'actions.email.senderName': 'LACRALO – Alcance y Participación',
    'actions.email.subject': 'Su lugar está confirmado: {title}',
    'actions.email.body':
      'Hola, {name}:\n\nSu lugar en el webinar «{title}» está confirmado.\n\nCuándo: {when} ({timeZone}), {duration} minutos\nEnlace para participar: {joinUrl}\nPágina del webinar: {pageUrl}\n\nEl archivo adjunto agrega el webinar a su calendario; también puede descargarlo en {icsUrl}.\n\nSi no puede asistir, cancele su inscripción con el enlace que recibió al inscribirse, para que alguien de la lista de espera ocupe su lugar.\n\nLACRALO – Alcance y Participación',
    'actions.insights.unreadable':
      'El complemento no está instalado por completo: no se pudo cargar el código de esta acción desde insights.html ({reason}). El operador debe volver a subir la compilación completa (npm run deploy:addon).',
    'actions.insights.mismatch':
      'El complemento no está instalado por completo: insights.html es de otra versión del complemento que Code.js. El operador debe volver a subir la compilación completa (npm run deploy:addon).',
  },
  pt: {
    'actions.menu.validate': 'Verificar a planilha',
    'actions.menu.importEvents': 'Importar eventos da aba Import',
    'actions.menu.publishCalendar': 'Publicar o calendário',
    'actions.menu.publishWebinars': 'Publicar os webinars',
    'actions.menu.syncRegistrations': 'Sincronizar as inscrições nos webinars',
    'actions.menu.testConnection': 'Testar a conexão',
    'actions.menu.settings': 'Configurações da conexão',
    'actions.input.notText': 'O campo {field} deve ser texto. Nada foi salvo.',
    'actions.validate.clean':
      'Nenhum problema encontrado. Linhas verificadas: {rows}, em {tabs} abas.',
    'actions.validate.found':
      'Problemas encontrados: {count}. As células estão marcadas em vermelho com uma nota; selecione um problema para ir até a célula, corrija-o e verifique novamente.',
    'actions.validate.duplicateKey':
      '{header} “{value}” já é usado na linha {first}; cada linha precisa do seu próprio {header}.',
    'actions.validate.unknownSetting':
      '“{key}” não é uma configuração das ferramentas. Compare a grafia com a das outras linhas ou exclua a linha.',
    'actions.select.badAddress':
      'O problema não indica em que célula está, então não há para onde ir.',
    'actions.select.noCell':
      'Essa célula não existe mais (aba {tab}, linha {row}). Verifique a planilha novamente para atualizar a lista.',
    'actions.import.badRequest':
      'Não foi possível ler o arquivo. Envie um arquivo CSV (separado por vírgulas, ponto e vírgula ou tabulações) ou cole o calendário na aba Import.',
    'actions.import.tooManyRows':
      'A tabela tem linhas demais para importar de uma vez (limite: {limit}). Divida-a em partes menores.',
    'actions.import.noImportTab':
      'Não há nenhuma aba chamada {tab}. Adicione uma aba chamada {tab}, cole nela o calendário com a linha de cabeçalhos primeiro e importe novamente.',
    'actions.import.emptyTab':
      'A aba {tab} está vazia. Cole nela o calendário, com a linha de cabeçalhos primeiro, e importe novamente.',
    'actions.import.emptyFile': 'O arquivo está vazio: não há nada para importar.',
    'actions.import.done':
      'Eventos adicionados à aba Events: {added}. Já estavam lá (mesmo ID) e foram mantidos como estavam: {existing}. Linhas deixadas de fora por erros: {errors}. Avisos a verificar: {warnings}.',
    'actions.publish.invalidRows':
      'O calendário não foi publicado: a aba Events tem problemas ({count}). Corrija-os e publique novamente; nada foi enviado.',
    'actions.publish.empty':
      'A aba Events não tem eventos. Publicá-la esvaziaria o calendário público, então nada foi enviado.',
    'actions.publish.done':
      'Calendário publicado, versão {version}. Eventos: {events} (adicionados: {added}, alterados: {changed}, removidos: {removed}).',
    'actions.publish.rejected':
      'O serviço web não aceitou o calendário, então o calendário público não mudou: {message}',
    'actions.webinars.invalidRows':
      'Os webinars não foram publicados: a aba Webinars tem problemas ({count}). Corrija-os e publique novamente; nada foi enviado.',
    'actions.webinars.empty':
      'A aba Webinars não tem webinars. Publicá-la retiraria todos os webinars das páginas de inscrição, então nada foi enviado.',
    'actions.webinars.done':
      'Webinars publicados: {webinars} (adicionados: {added}, alterados: {changed}, retirados das páginas: {archived}). Pessoas que passaram da lista de espera para uma vaga: {promoted}.',
    'actions.webinars.rejected':
      'O serviço web não aceitou os webinars, então as páginas de inscrição não mudaram: {message}',
    'actions.worker.notConfigured':
      'O complemento ainda não conhece o serviço web: falta a URL do Worker ou o segredo de administração. Informe os dois na barra lateral, em Configurações.',
    'actions.worker.unauthorized':
      'O serviço web recusou a solicitação (401): o segredo de administração não confere. Na barra lateral, em Configurações, informe o segredo de novo exatamente como o Worker o tem (ADMIN_SECRET).',
    'actions.worker.unreachable':
      'Não foi possível acessar o serviço web em {url} ({reason}). Verifique a URL do Worker em Configurações e a conexão com a internet e tente novamente.',
    'actions.worker.notFound':
      'Não há nenhum serviço web da LACRALO em {url} (404). Verifique a URL do Worker em Configurações.',
    'actions.worker.secretNotSet':
      'O serviço web em {url} ainda não tem segredo de administração, então recusa toda solicitação de administração. Quem implanta o Worker precisa definir ADMIN_SECRET (wrangler secret put ADMIN_SECRET).',
    'actions.worker.failed': 'O serviço web respondeu com um erro (HTTP {status}): {message}',
    'actions.worker.unexpected':
      'A resposta de {url} (HTTP {status}) não é a que o serviço web da LACRALO envia. Verifique a URL do Worker em Configurações.',
    'actions.worker.rejected': 'O serviço web não aceitou os dados: {message}',
    'actions.settings.nothingToSave':
      'Informe a URL do Worker, o segredo de administração ou ambos e salve.',
    'actions.settings.badUrl':
      '“{url}” não é uma URL de Worker. Informe um endereço que comece com https://, como https://lacralo-outreach.example.workers.dev (ou http://127.0.0.1:8787 para um Worker neste computador). Nada foi salvo.',
    'actions.settings.shortSecret':
      'O segredo de administração é curto demais: ele tem pelo menos {min} caracteres. Copie o ADMIN_SECRET completo do Worker. Nada foi salvo.',
    'actions.settings.saved': 'Configurações salvas.',
    'actions.settings.connected':
      'Conectado a {url}: o segredo de administração foi aceito. Webinars no serviço web: {webinars}.',
    'actions.sync.done':
      'Inscrições sincronizadas. Alterações recebidas: {received} (novas: {added}, atualizadas: {updated}, apagadas: {erased}). E-mails de confirmação enviados: {sent}.',
    'actions.sync.upToDate': 'As inscrições estão em dia: nada mudou desde a última sincronização.',
    'actions.sync.more':
      'Há mais alterações à espera: a sincronização parou para respeitar o limite de tempo do Apps Script. Execute-a novamente para continuar.',
    'actions.sync.erasedName': '(apagado a pedido da pessoa)',
    'actions.sync.emailFailed':
      'E-mails de confirmação não enviados: {count} ({reason}). Eles serão enviados na próxima sincronização.',
    'actions.sync.emailDeferred':
      'E-mails de confirmação deixados para a próxima sincronização: {count}.',
    'actions.sync.unknownWebinar':
      'Sem e-mail de confirmação para as inscrições em “{slug}” ({count}): a aba Webinars não tem uma linha válida para esse webinar.',
    'actions.sync.noWebinarsTab':
      'A aba Webinars não existe, então nenhum e-mail de confirmação foi enviado. Execute “Configurar esta planilha” para adicioná-la.',
    'actions.sync.interrupted':
      'A sincronização parou: {reason} As linhas gravadas antes disso foram mantidas (novas: {added}, atualizadas: {updated}), e a próxima sincronização continua a partir daí.',
    'actions.sync.crashed': 'A sincronização parou por causa de um erro inesperado: {reason}',
    'actions.sync.lastOk':
      'Última sincronização: {time}. Alterações recebidas: {received}; e-mails de confirmação enviados: {sent}.',
    'actions.sync.lastFailed': 'A última sincronização ({time}) não terminou.',
    'actions.schedule.installed':
      'A sincronização automática está ativada: as inscrições, as propostas de eventos e as sugestões de candidatos serão sincronizadas a cada {minutes} minutos.',
    'actions.schedule.alreadyOn':
      'A sincronização automática já estava ativada (a cada {minutes} minutos).',
    'actions.schedule.removed': 'A sincronização automática está desativada.',
    'actions.schedule.alreadyOff': 'A sincronização automática já estava desativada.',
    'actions.email.senderName': 'LACRALO – Divulgação e Engajamento',
    'actions.email.subject': 'Sua vaga está confirmada: {title}',
    'actions.email.body':
      'Olá, {name},\n\nSua vaga no webinar “{title}” está confirmada.\n\nQuando: {when} ({timeZone}), {duration} minutos\nLink para participar: {joinUrl}\nPágina do webinar: {pageUrl}\n\nO arquivo anexo adiciona o webinar à sua agenda; você também pode baixá-lo em {icsUrl}.\n\nSe não puder participar, cancele a inscrição com o link que você recebeu ao se inscrever, para que alguém da lista de espera fique com a sua vaga.\n\nLACRALO – Divulgação e Engajamento',
    'actions.insights.unreadable':
      'O complemento não está instalado por completo: não foi possível carregar o código desta ação a partir de insights.html ({reason}). O operador deve enviar novamente a compilação completa (npm run deploy:addon).',
    'actions.insights.mismatch':
      'O complemento não está instalado por completo: insights.html é de uma versão do complemento diferente da de Code.js. O operador deve enviar novamente a compilação completa (npm run deploy:addon).',
  },
  fr: {
    'actions.menu.validate': 'Vérifier la feuille de calcul',
    'actions.menu.importEvents': 'Importer les événements de l’onglet Import',
    'actions.menu.publishCalendar': 'Publier le calendrier',
    'actions.menu.publishWebinars': 'Publier les webinaires',
    'actions.menu.syncRegistrations': 'Synchroniser les inscriptions aux webinaires',
    'actions.menu.testConnection': 'Tester la connexion',
    'actions.menu.settings': 'Paramètres de connexion',
    'actions.input.notText': 'Le champ {field} doit être du texte. Rien n’a été enregistré.',
    'actions.validate.clean':
      'Aucun problème trouvé. Lignes vérifiées : {rows}, dans {tabs} onglets.',
    'actions.validate.found':
      'Problèmes trouvés : {count}. Les cellules sont marquées en rouge avec une note ; sélectionnez un problème pour aller à sa cellule, corrigez-le et vérifiez de nouveau.',
    'actions.validate.duplicateKey':
      '{header} « {value} » est déjà utilisé à la ligne {first} ; chaque ligne doit avoir son propre {header}.',
    'actions.validate.unknownSetting':
      '« {key} » n’est pas un paramètre des outils. Comparez son orthographe avec celle des autres lignes, ou supprimez la ligne.',
    'actions.select.badAddress':
      'Le problème n’indique pas dans quelle cellule il se trouve : il n’y a nulle part où aller.',
    'actions.select.noCell':
      'Cette cellule n’existe plus (onglet {tab}, ligne {row}). Vérifiez de nouveau la feuille de calcul pour mettre la liste à jour.',
    'actions.import.badRequest':
      'Le fichier n’a pas pu être lu. Chargez un fichier CSV (séparé par des virgules, des points-virgules ou des tabulations), ou collez le calendrier dans l’onglet Import.',
    'actions.import.tooManyRows':
      'Le tableau a trop de lignes pour être importé en une fois (limite : {limit}). Divisez-le en parties plus petites.',
    'actions.import.noImportTab':
      'Il n’y a pas d’onglet nommé {tab}. Ajoutez un onglet nommé {tab}, collez-y le calendrier avec la ligne d’en-têtes en premier, puis importez de nouveau.',
    'actions.import.emptyTab':
      'L’onglet {tab} est vide. Collez-y le calendrier, avec la ligne d’en-têtes en premier, puis importez de nouveau.',
    'actions.import.emptyFile': 'Le fichier est vide : il n’y a rien à importer.',
    'actions.import.done':
      'Événements ajoutés à l’onglet Events : {added}. Déjà présents (même ID), laissés tels quels : {existing}. Lignes écartées à cause d’erreurs : {errors}. Avertissements à vérifier : {warnings}.',
    'actions.publish.invalidRows':
      'Le calendrier n’a pas été publié : l’onglet Events comporte des problèmes ({count}). Corrigez-les et publiez de nouveau ; rien n’a été envoyé.',
    'actions.publish.empty':
      'L’onglet Events ne contient aucun événement. Le publier viderait le calendrier public : rien n’a donc été envoyé.',
    'actions.publish.done':
      'Calendrier publié, version {version}. Événements : {events} (ajoutés : {added}, modifiés : {changed}, supprimés : {removed}).',
    'actions.publish.rejected':
      'Le service web n’a pas accepté le calendrier ; le calendrier public est donc inchangé : {message}',
    'actions.webinars.invalidRows':
      'Les webinaires n’ont pas été publiés : l’onglet Webinars comporte des problèmes ({count}). Corrigez-les et publiez de nouveau ; rien n’a été envoyé.',
    'actions.webinars.empty':
      'L’onglet Webinars ne contient aucun webinaire. Le publier retirerait tous les webinaires des pages d’inscription : rien n’a donc été envoyé.',
    'actions.webinars.done':
      'Webinaires publiés : {webinars} (ajoutés : {added}, modifiés : {changed}, retirés des pages : {archived}). Personnes passées de la liste d’attente à une place : {promoted}.',
    'actions.webinars.rejected':
      'Le service web n’a pas accepté les webinaires ; les pages d’inscription sont donc inchangées : {message}',
    'actions.worker.notConfigured':
      'Le module complémentaire ne connaît pas encore le service web : l’URL du Worker ou le secret d’administration n’est pas renseigné. Saisissez les deux dans le panneau latéral, sous Paramètres.',
    'actions.worker.unauthorized':
      'Le service web a refusé la requête (401) : le secret d’administration ne correspond pas. Dans le panneau latéral, sous Paramètres, saisissez de nouveau le secret exactement tel que le Worker le connaît (ADMIN_SECRET).',
    'actions.worker.unreachable':
      'Impossible de joindre le service web à l’adresse {url} ({reason}). Vérifiez l’URL du Worker dans les Paramètres et la connexion Internet, puis réessayez.',
    'actions.worker.notFound':
      'Il n’y a pas de service web LACRALO à l’adresse {url} (404). Vérifiez l’URL du Worker dans les Paramètres.',
    'actions.worker.secretNotSet':
      'Le service web à l’adresse {url} n’a pas encore de secret d’administration : il refuse donc toute requête d’administration. La personne qui déploie le Worker doit définir ADMIN_SECRET (wrangler secret put ADMIN_SECRET).',
    'actions.worker.failed': 'Le service web a répondu par une erreur (HTTP {status}) : {message}',
    'actions.worker.unexpected':
      'La réponse de {url} (HTTP {status}) n’est pas celle qu’envoie le service web de LACRALO. Vérifiez l’URL du Worker dans les Paramètres.',
    'actions.worker.rejected': 'Le service web n’a pas accepté les données : {message}',
    'actions.settings.nothingToSave':
      'Saisissez l’URL du Worker, le secret d’administration ou les deux, puis enregistrez.',
    'actions.settings.badUrl':
      '« {url} » n’est pas une URL de Worker. Saisissez une adresse qui commence par https://, comme https://lacralo-outreach.example.workers.dev (ou http://127.0.0.1:8787 pour un Worker sur cet ordinateur). Rien n’a été enregistré.',
    'actions.settings.shortSecret':
      'Le secret d’administration est trop court : il compte au moins {min} caractères. Copiez l’intégralité de l’ADMIN_SECRET du Worker. Rien n’a été enregistré.',
    'actions.settings.saved': 'Paramètres enregistrés.',
    'actions.settings.connected':
      'Connexion établie avec {url} : le secret d’administration est accepté. Webinaires sur le service web : {webinars}.',
    'actions.sync.done':
      'Inscriptions synchronisées. Changements reçus : {received} (nouvelles : {added}, mises à jour : {updated}, effacées : {erased}). Courriels de confirmation envoyés : {sent}.',
    'actions.sync.upToDate':
      'Les inscriptions sont à jour : rien n’a changé depuis la dernière synchronisation.',
    'actions.sync.more':
      'D’autres changements attendent : la synchronisation s’est arrêtée pour respecter la limite de durée d’Apps Script. Relancez-la pour continuer.',
    'actions.sync.erasedName': '(effacé à la demande de la personne)',
    'actions.sync.emailFailed':
      'Courriels de confirmation non envoyés : {count} ({reason}). Ils seront envoyés lors de la prochaine synchronisation.',
    'actions.sync.emailDeferred':
      'Courriels de confirmation reportés à la prochaine synchronisation : {count}.',
    'actions.sync.unknownWebinar':
      'Pas de courriel de confirmation pour les inscriptions à « {slug} » ({count}) : l’onglet Webinars n’a pas de ligne valide pour ce webinaire.',
    'actions.sync.noWebinarsTab':
      'L’onglet Webinars est absent : aucun courriel de confirmation n’a donc été envoyé. Lancez « Configurer cette feuille de calcul » pour l’ajouter.',
    'actions.sync.interrupted':
      'La synchronisation s’est arrêtée : {reason} Les lignes écrites avant l’arrêt sont conservées (nouvelles : {added}, mises à jour : {updated}), et la prochaine synchronisation reprend à partir de là.',
    'actions.sync.crashed':
      'La synchronisation s’est arrêtée à cause d’une erreur inattendue : {reason}',
    'actions.sync.lastOk':
      'Dernière synchronisation : {time}. Changements reçus : {received} ; courriels de confirmation envoyés : {sent}.',
    'actions.sync.lastFailed': 'La dernière synchronisation ({time}) ne s’est pas terminée.',
    'actions.schedule.installed':
      'La synchronisation automatique est activée : les inscriptions, les propositions d’événements et les suggestions de candidats seront synchronisées toutes les {minutes} minutes.',
    'actions.schedule.alreadyOn':
      'La synchronisation automatique était déjà activée (toutes les {minutes} minutes).',
    'actions.schedule.removed': 'La synchronisation automatique est désactivée.',
    'actions.schedule.alreadyOff': 'La synchronisation automatique était déjà désactivée.',
    'actions.email.senderName': 'LACRALO – Sensibilisation et engagement',
    'actions.email.subject': 'Votre place est confirmée : {title}',
    'actions.email.body':
      'Bonjour {name},\n\nVotre place au webinaire « {title} » est confirmée.\n\nQuand : {when} ({timeZone}), {duration} minutes\nLien pour participer : {joinUrl}\nPage du webinaire : {pageUrl}\n\nLe fichier joint ajoute le webinaire à votre agenda ; vous pouvez aussi le télécharger à l’adresse {icsUrl}.\n\nSi vous ne pouvez pas y assister, annulez votre inscription avec le lien reçu lors de votre inscription, afin qu’une personne de la liste d’attente obtienne votre place.\n\nLACRALO – Sensibilisation et engagement',
    'actions.insights.unreadable':
      'Le module complémentaire n’est pas installé entièrement : le code de cette action n’a pas pu être chargé depuis insights.html ({reason}). L’opérateur doit renvoyer toute la version compilée (npm run deploy:addon).',
    'actions.insights.mismatch':
      'Le module complémentaire n’est pas installé entièrement : insights.html appartient à une autre version du module complémentaire que Code.js. L’opérateur doit renvoyer toute la version compilée (npm run deploy:addon).',
  },
})
