// Messages of the admin surface: the Worker's error answers, signed publish, `lacralo events publish`.
import { defineMessages } from '../define-messages'

export const adminMessages = defineMessages({
  en: {
    'error.badRequest': 'The request could not be understood. Check its address and body.',
    'error.unauthorized': 'You are not allowed to do this.',
    'error.forbidden': 'You are not allowed to see this.',
    'error.notFound': 'There is nothing at this address. Check the link.',
    'error.methodNotAllowed': 'This address does not accept this kind of request.',
    'error.conflict': 'Someone else changed this at the same time. Please try again.',
    'error.payloadTooLarge': 'The request is too large.',
    'error.unsupportedMediaType': 'The request body is not in a format this address accepts.',
    'error.invalidRequest':
      'The request was not accepted: fix the problems listed and send it again. Nothing was changed.',
    'error.invalidJson':
      'The request body is not valid JSON. Send it as JSON with the header Content-Type: application/json. Nothing was changed.',
    'error.tooManyRequests': 'Too many requests. Please wait a moment and try again.',
    'error.internal': 'Something went wrong on our side. Please try again later.',
    'error.unavailable': 'The service is not available right now. Please try again later.',
    'error.generic': 'The request failed.',
    'admin.unauthorized':
      "Request refused: it is not correctly signed. Check that the secret is the Worker's ADMIN_SECRET, that this computer's clock is right, and that each request is signed afresh.",
    'admin.notConfigured':
      'Admin requests are switched off: this Worker has no ADMIN_SECRET. The operator must set it (wrangler secret put ADMIN_SECRET) and give the same secret to the add-on and the CLI.',
    'admin.payloadTooLarge':
      'The calendar is too large to publish in one request (limit: {limit} MB).',
    'admin.publish.duplicateId':
      '"{id}" is already the id of event {first}; give each event its own id',
    'admin.publish.conflict':
      'Another publish finished at the same moment, so this one was not applied. Please publish again.',
    'admin.cli.publish.badUrl':
      '"{url}" is not a Worker address. Give the full address, e.g. --url https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingSecret':
      "LACRALO_ADMIN_SECRET is not set. Set it to the Worker's ADMIN_SECRET (ask the operator) and run the command again.",
    'admin.cli.publish.refused':
      'Not published: fix the errors above in the file (found: {count}) and publish again. Warnings do not block publishing.',
    'admin.cli.publish.sending': 'Publishing {events} events to {url}…',
    'admin.cli.publish.done':
      'Published version {version}. Events: {events} (added: {added}, changed: {changed}, removed: {removed}).',
    'admin.cli.publish.added': 'Added: {ids}',
    'admin.cli.publish.changed': 'Changed: {ids}',
    'admin.cli.publish.removed': 'Removed: {ids}',
    'admin.cli.publish.rejected':
      'The Worker did not publish the calendar (HTTP {status}): {message}',
    'admin.cli.publish.eventProblem': '  Event {position} ({id}), {field}: {message}',
    'admin.cli.publish.problem': '  {field}: {message}',
    'admin.cli.publish.unreachable': 'Could not reach the Worker at {url}: {reason}',
    'admin.cli.publish.unexpected':
      'The Worker gave an unexpected answer (HTTP {status}). Check that --url is the LACRALO Worker.',
    'admin.cli.publish.synopsis':
      'lacralo events publish <file.csv> --url <worker-url> [--lang <code>]',
    'admin.cli.publish.summary':
      'check a calendar table (CSV) and publish it to the public calendar',
    'admin.cli.publish.details':
      "The secret is read from the environment variable LACRALO_ADMIN_SECRET (the Worker's ADMIN_SECRET). Nothing is published when the table has errors; warnings do not block. Exit status: 0 published, 1 not published (errors in the table, or the Worker refused), 2 bad arguments, missing secret or a file that cannot be read.",
    'admin.cli.option.url':
      'address of the LACRALO Worker, e.g. https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingUrl': 'the Worker address is missing: give it with --url https://…',
  },
  es: {
    'error.badRequest': 'No se pudo entender la solicitud. Revise la dirección y el contenido.',
    'error.unauthorized': 'No tiene permiso para hacer esto.',
    'error.forbidden': 'No tiene permiso para ver esto.',
    'error.notFound': 'No hay nada en esta dirección. Revise el enlace.',
    'error.methodNotAllowed': 'Esta dirección no acepta este tipo de solicitud.',
    'error.conflict': 'Otra persona cambió esto al mismo tiempo. Vuelva a intentarlo.',
    'error.payloadTooLarge': 'La solicitud es demasiado grande.',
    'error.unsupportedMediaType':
      'El contenido de la solicitud no está en un formato que esta dirección acepte.',
    'error.invalidRequest':
      'La solicitud no fue aceptada: corrija los problemas indicados y envíela de nuevo. No se cambió nada.',
    'error.invalidJson':
      'El contenido de la solicitud no es JSON válido. Envíelo como JSON con el encabezado Content-Type: application/json. No se cambió nada.',
    'error.tooManyRequests': 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
    'error.internal': 'Algo falló de nuestro lado. Vuelva a intentarlo más tarde.',
    'error.unavailable':
      'El servicio no está disponible en este momento. Vuelva a intentarlo más tarde.',
    'error.generic': 'La solicitud falló.',
    'admin.unauthorized':
      'Solicitud rechazada: no está firmada correctamente. Verifique que el secreto sea el ADMIN_SECRET del Worker, que el reloj de esta computadora esté en hora y que cada solicitud se firme de nuevo.',
    'admin.notConfigured':
      'Las solicitudes de administración están desactivadas: este Worker no tiene ADMIN_SECRET. El operador debe configurarlo (wrangler secret put ADMIN_SECRET) y dar el mismo secreto al complemento y a la CLI.',
    'admin.payloadTooLarge':
      'El calendario es demasiado grande para publicarlo en una sola solicitud (límite: {limit} MB).',
    'admin.publish.duplicateId':
      '"{id}" ya es el id del evento {first}; asigne a cada evento su propio id',
    'admin.publish.conflict':
      'Otra publicación terminó en el mismo momento, así que esta no se aplicó. Vuelva a publicar.',
    'admin.cli.publish.badUrl':
      '"{url}" no es una dirección de Worker. Indique la dirección completa, por ejemplo --url https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingSecret':
      'LACRALO_ADMIN_SECRET no está definida. Asígnele el ADMIN_SECRET del Worker (pídalo al operador) y vuelva a ejecutar el comando.',
    'admin.cli.publish.refused':
      'No se publicó: corrija en el archivo los errores indicados arriba (encontrados: {count}) y vuelva a publicar. Las advertencias no impiden publicar.',
    'admin.cli.publish.sending': 'Publicando {events} eventos en {url}…',
    'admin.cli.publish.done':
      'Versión {version} publicada. Eventos: {events} (agregados: {added}, modificados: {changed}, eliminados: {removed}).',
    'admin.cli.publish.added': 'Agregados: {ids}',
    'admin.cli.publish.changed': 'Modificados: {ids}',
    'admin.cli.publish.removed': 'Eliminados: {ids}',
    'admin.cli.publish.rejected': 'El Worker no publicó el calendario (HTTP {status}): {message}',
    'admin.cli.publish.eventProblem': '  Evento {position} ({id}), {field}: {message}',
    'admin.cli.publish.problem': '  {field}: {message}',
    'admin.cli.publish.unreachable': 'No se pudo contactar al Worker en {url}: {reason}',
    'admin.cli.publish.unexpected':
      'El Worker dio una respuesta inesperada (HTTP {status}). Verifique que --url sea el Worker de LACRALO.',
    'admin.cli.publish.synopsis':
      'lacralo events publish <archivo.csv> --url <url-del-worker> [--lang <código>]',
    'admin.cli.publish.summary':
      'revisa una tabla de calendario (CSV) y la publica en el calendario público',
    'admin.cli.publish.details':
      'El secreto se lee de la variable de entorno LACRALO_ADMIN_SECRET (el ADMIN_SECRET del Worker). No se publica nada si la tabla tiene errores; las advertencias no lo impiden. Código de salida: 0 publicado, 1 no publicado (errores en la tabla o rechazo del Worker), 2 argumentos incorrectos, falta el secreto o no se puede leer el archivo.',
    'admin.cli.option.url':
      'dirección del Worker de LACRALO, por ejemplo https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingUrl': 'falta la dirección del Worker: indíquela con --url https://…',
  },
  pt: {
    'error.badRequest':
      'Não foi possível entender a solicitação. Verifique o endereço e o conteúdo.',
    'error.unauthorized': 'Você não tem permissão para fazer isso.',
    'error.forbidden': 'Você não tem permissão para ver isso.',
    'error.notFound': 'Não há nada neste endereço. Verifique o link.',
    'error.methodNotAllowed': 'Este endereço não aceita este tipo de solicitação.',
    'error.conflict': 'Outra pessoa alterou isto ao mesmo tempo. Tente novamente.',
    'error.payloadTooLarge': 'A solicitação é grande demais.',
    'error.unsupportedMediaType':
      'O conteúdo da solicitação não está em um formato aceito por este endereço.',
    'error.invalidRequest':
      'A solicitação não foi aceita: corrija os problemas listados e envie-a novamente. Nada foi alterado.',
    'error.invalidJson':
      'O conteúdo da solicitação não é um JSON válido. Envie-o como JSON com o cabeçalho Content-Type: application/json. Nada foi alterado.',
    'error.tooManyRequests': 'Solicitações demais. Aguarde um momento e tente novamente.',
    'error.internal': 'Algo deu errado do nosso lado. Tente novamente mais tarde.',
    'error.unavailable': 'O serviço não está disponível no momento. Tente novamente mais tarde.',
    'error.generic': 'A solicitação falhou.',
    'admin.unauthorized':
      'Solicitação recusada: ela não está assinada corretamente. Verifique se o segredo é o ADMIN_SECRET do Worker, se o relógio deste computador está certo e se cada solicitação é assinada novamente.',
    'admin.notConfigured':
      'As solicitações de administração estão desativadas: este Worker não tem ADMIN_SECRET. O operador deve configurá-lo (wrangler secret put ADMIN_SECRET) e fornecer o mesmo segredo ao complemento e à CLI.',
    'admin.payloadTooLarge':
      'O calendário é grande demais para ser publicado em uma única solicitação (limite: {limit} MB).',
    'admin.publish.duplicateId':
      '"{id}" já é o id do evento {first}; atribua a cada evento um id próprio',
    'admin.publish.conflict':
      'Outra publicação terminou no mesmo momento, por isso esta não foi aplicada. Publique novamente.',
    'admin.cli.publish.badUrl':
      '"{url}" não é um endereço de Worker. Informe o endereço completo, por exemplo --url https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingSecret':
      'LACRALO_ADMIN_SECRET não está definida. Defina-a com o ADMIN_SECRET do Worker (peça ao operador) e execute o comando novamente.',
    'admin.cli.publish.refused':
      'Não publicado: corrija no arquivo os erros indicados acima (encontrados: {count}) e publique novamente. Avisos não impedem a publicação.',
    'admin.cli.publish.sending': 'Publicando {events} eventos em {url}…',
    'admin.cli.publish.done':
      'Versão {version} publicada. Eventos: {events} (adicionados: {added}, alterados: {changed}, removidos: {removed}).',
    'admin.cli.publish.added': 'Adicionados: {ids}',
    'admin.cli.publish.changed': 'Alterados: {ids}',
    'admin.cli.publish.removed': 'Removidos: {ids}',
    'admin.cli.publish.rejected': 'O Worker não publicou o calendário (HTTP {status}): {message}',
    'admin.cli.publish.eventProblem': '  Evento {position} ({id}), {field}: {message}',
    'admin.cli.publish.problem': '  {field}: {message}',
    'admin.cli.publish.unreachable': 'Não foi possível contatar o Worker em {url}: {reason}',
    'admin.cli.publish.unexpected':
      'O Worker deu uma resposta inesperada (HTTP {status}). Verifique se --url é o Worker da LACRALO.',
    'admin.cli.publish.synopsis':
      'lacralo events publish <arquivo.csv> --url <url-do-worker> [--lang <código>]',
    'admin.cli.publish.summary':
      'verifica uma tabela de calendário (CSV) e a publica no calendário público',
    'admin.cli.publish.details':
      'O segredo é lido da variável de ambiente LACRALO_ADMIN_SECRET (o ADMIN_SECRET do Worker). Nada é publicado se a tabela tiver erros; avisos não impedem a publicação. Código de saída: 0 publicado, 1 não publicado (erros na tabela ou recusa do Worker), 2 argumentos incorretos, segredo ausente ou arquivo ilegível.',
    'admin.cli.option.url':
      'endereço do Worker da LACRALO, por exemplo https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingUrl': 'falta o endereço do Worker: informe-o com --url https://…',
  },
  fr: {
    'error.badRequest': 'La requête est incompréhensible. Vérifiez son adresse et son contenu.',
    'error.unauthorized': "Vous n'êtes pas autorisé à faire ceci.",
    'error.forbidden': "Vous n'êtes pas autorisé à voir ceci.",
    'error.notFound': "Il n'y a rien à cette adresse. Vérifiez le lien.",
    'error.methodNotAllowed': "Cette adresse n'accepte pas ce type de requête.",
    'error.conflict': "Quelqu'un d'autre a modifié ceci au même moment. Veuillez réessayer.",
    'error.payloadTooLarge': 'La requête est trop volumineuse.',
    'error.unsupportedMediaType':
      "Le contenu de la requête n'est pas dans un format accepté par cette adresse.",
    'error.invalidRequest':
      "La requête n'a pas été acceptée : corrigez les problèmes indiqués et renvoyez-la. Rien n'a été modifié.",
    'error.invalidJson':
      "Le contenu de la requête n'est pas du JSON valide. Envoyez-le en JSON avec l'en-tête Content-Type: application/json. Rien n'a été modifié.",
    'error.tooManyRequests': 'Trop de requêtes. Patientez un instant puis réessayez.',
    'error.internal': 'Un problème est survenu de notre côté. Veuillez réessayer plus tard.',
    'error.unavailable':
      "Le service n'est pas disponible pour le moment. Veuillez réessayer plus tard.",
    'error.generic': 'La requête a échoué.',
    'admin.unauthorized':
      "Requête refusée : elle n'est pas correctement signée. Vérifiez que le secret est bien l'ADMIN_SECRET du Worker, que l'horloge de cet ordinateur est à l'heure et que chaque requête est signée à nouveau.",
    'admin.notConfigured':
      "Les requêtes d'administration sont désactivées : ce Worker n'a pas d'ADMIN_SECRET. L'opérateur doit le définir (wrangler secret put ADMIN_SECRET) et donner le même secret au module complémentaire et à la CLI.",
    'admin.payloadTooLarge':
      'Le calendrier est trop volumineux pour être publié en une seule requête (limite : {limit} Mo).',
    'admin.publish.duplicateId':
      "« {id} » est déjà l'identifiant de l'événement {first} ; donnez à chaque événement son propre identifiant",
    'admin.publish.conflict':
      "Une autre publication s'est terminée au même moment ; celle-ci n'a donc pas été appliquée. Veuillez publier à nouveau.",
    'admin.cli.publish.badUrl':
      "« {url} » n'est pas une adresse de Worker. Indiquez l'adresse complète, par exemple --url https://lacralo-outreach.example.workers.dev",
    'admin.cli.publish.missingSecret':
      "LACRALO_ADMIN_SECRET n'est pas définie. Donnez-lui la valeur de l'ADMIN_SECRET du Worker (demandez-la à l'opérateur) et relancez la commande.",
    'admin.cli.publish.refused':
      "Non publié : corrigez dans le fichier les erreurs ci-dessus (nombre : {count}) et publiez à nouveau. Les avertissements n'empêchent pas la publication.",
    'admin.cli.publish.sending': 'Publication de {events} événements sur {url}…',
    'admin.cli.publish.done':
      'Version {version} publiée. Événements : {events} (ajoutés : {added}, modifiés : {changed}, supprimés : {removed}).',
    'admin.cli.publish.added': 'Ajoutés : {ids}',
    'admin.cli.publish.changed': 'Modifiés : {ids}',
    'admin.cli.publish.removed': 'Supprimés : {ids}',
    'admin.cli.publish.rejected':
      "Le Worker n'a pas publié le calendrier (HTTP {status}) : {message}",
    'admin.cli.publish.eventProblem': '  Événement {position} ({id}), {field} : {message}',
    'admin.cli.publish.problem': '  {field} : {message}',
    'admin.cli.publish.unreachable': 'Impossible de joindre le Worker à {url} : {reason}',
    'admin.cli.publish.unexpected':
      'Le Worker a donné une réponse inattendue (HTTP {status}). Vérifiez que --url désigne bien le Worker de LACRALO.',
    'admin.cli.publish.synopsis':
      'lacralo events publish <fichier.csv> --url <url-du-worker> [--lang <code>]',
    'admin.cli.publish.summary':
      'vérifie un tableau de calendrier (CSV) et le publie dans le calendrier public',
    'admin.cli.publish.details':
      "Le secret est lu dans la variable d'environnement LACRALO_ADMIN_SECRET (l'ADMIN_SECRET du Worker). Rien n'est publié si le tableau contient des erreurs ; les avertissements ne bloquent pas. Code de sortie : 0 publié, 1 non publié (erreurs dans le tableau ou refus du Worker), 2 arguments incorrects, secret manquant ou fichier illisible.",
    'admin.cli.option.url':
      'adresse du Worker de LACRALO, par exemple https://lacralo-outreach.example.workers.dev',
    'admin.cli.publish.missingUrl': "l'adresse du Worker manque : indiquez-la avec --url https://…",
  },
})
