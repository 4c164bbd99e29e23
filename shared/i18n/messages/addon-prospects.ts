// Messages of the add-on's outreach pipeline: moving a prospect between stages and inviting
// them to a teleconference (the bilingual invitation email included).
import { defineMessages } from '../define-messages'

export const addonProspectMessages = defineMessages({
  en: {
    'prospects.action.title': 'Prospects',
    'prospects.action.move': 'Move a prospect',
    'prospects.action.invite': 'Invite to a teleconference',
    'prospects.badRequest':
      'The sidebar sent a request the add-on cannot read. Reload the sidebar and try again.',
    'prospects.badLiaison':
      'The liaison is too long: write a member’s name or ID, up to 200 characters.',
    'prospects.select.nothing': 'Select a row of the Prospects tab first, then try again.',
    'prospects.select.otherTab':
      'The selection is on the {tab} tab. Select a row of the Prospects tab, then try again.',
    'prospects.select.severalRows':
      'Rows {from} to {to} of Prospects are selected. Select the row of one prospect only, then try again.',
    'prospects.select.header':
      'Row 1 of Prospects is the header. Select the row of a prospect, then try again.',
    'prospects.select.emptyRow':
      'Row {row} of Prospects is empty. Select the row of a prospect, then try again.',
    'prospects.select.unreadableRow':
      'Row {row} of Prospects has problems (listed below). Correct them, then try again.',
    'prospects.select.unknownId': 'No prospect has the ID ‘{id}’ on the Prospects tab.',
    'prospects.shown': '{name}: {stage}.',
    'prospects.moved': '{name} moved to {stage} on {date}.',
    'prospects.movedKeptDate': '{name} moved to {stage} (dated {date} in the row already).',
    'prospects.corrected': '{name} is back at {stage}; the dates recorded after it were cleared.',
    'prospects.reopened': '{name} is reopened at {stage}.',
    'prospects.liaisonSet': '{liaison} is now the liaison for {name}.',
    'prospects.liaisonCleared': '{name} has no liaison now.',
    'prospects.nothingToChange':
      '{name} is at {stage} with that liaison already: nothing to change.',
    'prospects.refusal.invalid-date': '‘{date}’ is not a date: write it as YYYY-MM-DD.',
    'prospects.refusal.already-there': '{name} is at {stage} already.',
    'prospects.refusal.final-stage':
      '{name} is at {stage}, which ends the pipeline. To move them on, reopen them first.',
    'prospects.refusal.reopen-to-open-stage':
      'A reopened prospect goes back to an open stage, not to {stage}.',
    'prospects.refusal.move-back-needs-correct':
      'Moving {name} back from {from} to {to} is a correction: use “Correct a mistake”, which also clears the dates recorded after {to}.',
    'prospects.refusal.before-identified':
      '{date} is before {name} was identified ({identifiedOn}). Check the Identified on column of their row.',
    'prospects.refusal.before-earlier-step':
      '{date} is before a step {name} took earlier ({stage}, on {stageDate}). Check the dates in their row.',
    'prospects.invite.noEmail':
      '{name} has no email address on the Prospects tab. Add it in the Email column, then invite them again.',
    'prospects.invite.badEmail': 'The email address of {name} cannot be used: {problem}',
    'prospects.invite.unknownWebinar': 'No webinar has the slug ‘{slug}’ on the Webinars tab.',
    'prospects.invite.unknownEvent': 'No event has the ID ‘{id}’ on the Events tab.',
    'prospects.invite.over': '‘{title}’ is over already. Choose an upcoming session.',
    'prospects.invite.cancelled': '‘{title}’ is cancelled. Choose another session.',
    'prospects.invite.proposed':
      '‘{title}’ is only proposed: accept it and publish the calendar before inviting anyone to it.',
    'prospects.invite.undated':
      '‘{title}’ has no date yet: give it one and publish the calendar before inviting anyone to it.',
    'prospects.invite.registrationClosed':
      'Registration for ‘{title}’ has closed, so {name} could not sign up. Choose another session.',
    'prospects.invite.noIcsWebinar':
      'The Worker at {url} has no calendar file for ‘{title}’: publish the webinars first, then invite again.',
    'prospects.invite.noIcsEvent':
      'The Worker at {url} has no calendar file for ‘{title}’: publish the calendar first, then invite again.',
    'prospects.invite.mailFailed':
      'The invitation to {name} could not be sent ({reason}). Their row is unchanged; try again later.',
    'prospects.invite.sent': 'Invitation to ‘{title}’ sent to {name} ({email}) {languages}.',
    'prospects.invite.in.es': 'in Spanish and English',
    'prospects.invite.in.pt': 'in Portuguese and English',
    'prospects.invite.in.fr': 'in French and English',
    'prospects.invite.why.their-language': '(their language, and English)',
    'prospects.invite.why.unknown': '(their language is not known)',
    'prospects.invite.why.english': '(their language is English, so Spanish goes with it)',
    'prospects.invite.stageMoved': 'Stage: {stage}, invited on {date}.',
    'prospects.invite.stageKept': 'They stay at {stage}; Invited on is now {date}.',
    'prospects.session.webinar': 'Webinar',
    'prospects.session.event': 'Event',
    'prospects.sessions.found': 'Sessions to invite to: {count}.',
    'prospects.sessions.none':
      'No upcoming webinar or event to invite to. Add one to the Webinars or Events tab.',
    'prospects.email.senderName': 'LACRALO Outreach',
    'prospects.email.subject': 'Invitation: {title}',
    'prospects.email.englishBelow': 'English version below.',
    'prospects.email.greeting': 'Dear {name},',
    'prospects.email.intro':
      'LACRALO, the Latin American and Caribbean Regional At-Large Organization, brings the voice of the region’s Internet users to ICANN. We would like to invite you to a teleconference:',
    'prospects.email.webinarWhen':
      'When: {local} ({timeZone}), that is {utc} UTC. It lasts {duration} minutes.',
    'prospects.email.eventWhen': 'When: {local} ({timeZone}), that is {utc} UTC.',
    'prospects.email.eventDays': 'When: {dates}.',
    'prospects.email.eventPlace': 'Where: {place}.',
    'prospects.email.register':
      'To take part, register on the session’s page; the link to join is sent to you when you register: {url}',
    'prospects.email.eventPage': 'More about it: {url}',
    'prospects.email.calendar': 'The attached file {file} adds the session to your calendar.',
    'prospects.email.why.als-accreditation':
      'We are writing to you because LACRALO is looking for organizations in {country} that could become At-Large Structures (ALS) and speak for the country’s Internet users at ICANN. This session explains how.',
    'prospects.email.why.individual-membership':
      'We are writing to you because you could join LACRALO as an individual member from {country} and take part in ICANN’s policy work for Internet users. This session explains how.',
    'prospects.email.why.fellowship-nextgen':
      'We are writing to you because ICANN’s Fellowship and NextGen programmes welcome participants from {country}, and this session is a good first step towards them.',
    'prospects.email.why.dnssec-training':
      'We are writing to you because LACRALO offers DNSSEC training to Internet service providers and network operators in {country}, and this session is part of it.',
    'prospects.email.why.universal-acceptance':
      'We are writing to you because LACRALO works with organizations in {country} so that every email address and domain name, in any script, works everywhere (Universal Acceptance).',
    'prospects.email.liaison':
      'Your contact at LACRALO is {liaison}, who will be glad to answer your questions.',
    'prospects.email.liaisonWithEmail':
      'Your contact at LACRALO is {liaison} ({email}), who will be glad to answer your questions.',
    'prospects.email.noLiaison':
      'If you have any questions, reply to this email and LACRALO’s Outreach and Engagement Subcommittee will answer.',
    'prospects.email.closing': 'We hope to see you there.',
    'prospects.email.signature': 'LACRALO Outreach and Engagement Subcommittee',
  },
  es: {
    'prospects.action.title': 'Prospectos',
    'prospects.action.move': 'Mover un prospecto',
    'prospects.action.invite': 'Invitar a una teleconferencia',
    'prospects.badRequest':
      'La barra lateral envió una solicitud que el complemento no puede leer. Vuelva a cargar la barra lateral e inténtelo de nuevo.',
    'prospects.badLiaison':
      'El enlace es demasiado largo: escriba el nombre o el ID de un miembro, de hasta 200 caracteres.',
    'prospects.select.nothing':
      'Primero seleccione una fila de la pestaña Prospects y vuelva a intentarlo.',
    'prospects.select.otherTab':
      'La selección está en la pestaña {tab}. Seleccione una fila de la pestaña Prospects y vuelva a intentarlo.',
    'prospects.select.severalRows':
      'Están seleccionadas las filas {from} a {to} de Prospects. Seleccione solo la fila de un prospecto y vuelva a intentarlo.',
    'prospects.select.header':
      'La fila 1 de Prospects es la de encabezados. Seleccione la fila de un prospecto y vuelva a intentarlo.',
    'prospects.select.emptyRow':
      'La fila {row} de Prospects está vacía. Seleccione la fila de un prospecto y vuelva a intentarlo.',
    'prospects.select.unreadableRow':
      'La fila {row} de Prospects tiene problemas (se indican abajo). Corríjalos y vuelva a intentarlo.',
    'prospects.select.unknownId': 'Ningún prospecto tiene el ID «{id}» en la pestaña Prospects.',
    'prospects.shown': '{name}: {stage}.',
    'prospects.moved': '{name} pasó a «{stage}» el {date}.',
    'prospects.movedKeptDate': '{name} pasó a «{stage}» (la fila ya tenía la fecha {date}).',
    'prospects.corrected':
      '{name} vuelve a «{stage}»; se borraron las fechas registradas después de esa etapa.',
    'prospects.reopened': '{name} se reabre en «{stage}».',
    'prospects.liaisonSet': '{liaison} es ahora el enlace de {name}.',
    'prospects.liaisonCleared': '{name} ya no tiene enlace.',
    'prospects.nothingToChange':
      '{name} ya está en «{stage}» con ese enlace: no hay nada que cambiar.',
    'prospects.refusal.invalid-date': '«{date}» no es una fecha: escríbala como AAAA-MM-DD.',
    'prospects.refusal.already-there': '{name} ya está en «{stage}».',
    'prospects.refusal.final-stage':
      '{name} está en «{stage}», que cierra el proceso. Para seguir avanzando, primero hay que reabrirlo.',
    'prospects.refusal.reopen-to-open-stage':
      'Un prospecto reabierto vuelve a una etapa abierta, no a «{stage}».',
    'prospects.refusal.move-back-needs-correct':
      'Hacer retroceder a {name} de «{from}» a «{to}» es una corrección: use «Corregir un error», que además borra las fechas registradas después de «{to}».',
    'prospects.refusal.before-identified':
      'El {date} es anterior a la identificación de {name} ({identifiedOn}). Revise la columna Identified on de su fila.',
    'prospects.refusal.before-earlier-step':
      'El {date} es anterior a un paso previo de {name} («{stage}», el {stageDate}). Revise las fechas de su fila.',
    'prospects.invite.noEmail':
      '{name} no tiene dirección de correo en la pestaña Prospects. Agréguela en la columna Email y vuelva a enviar la invitación.',
    'prospects.invite.badEmail': 'No se puede usar la dirección de correo de {name}: {problem}',
    'prospects.invite.unknownWebinar':
      'Ningún seminario web tiene el identificador «{slug}» en la pestaña Webinars.',
    'prospects.invite.unknownEvent': 'Ningún evento tiene el ID «{id}» en la pestaña Events.',
    'prospects.invite.over': '«{title}» ya terminó. Elija una sesión próxima.',
    'prospects.invite.cancelled': '«{title}» está cancelado. Elija otra sesión.',
    'prospects.invite.proposed':
      '«{title}» solo está propuesto: acéptelo y publique el calendario antes de invitar a alguien.',
    'prospects.invite.undated':
      '«{title}» todavía no tiene fecha: asígnele una y publique el calendario antes de invitar a alguien.',
    'prospects.invite.registrationClosed':
      'La inscripción a «{title}» ya cerró, así que {name} no podría inscribirse. Elija otra sesión.',
    'prospects.invite.noIcsWebinar':
      'El Worker en {url} no tiene archivo de calendario para «{title}»: publique primero los seminarios web y vuelva a invitar.',
    'prospects.invite.noIcsEvent':
      'El Worker en {url} no tiene archivo de calendario para «{title}»: publique primero el calendario y vuelva a invitar.',
    'prospects.invite.mailFailed':
      'No se pudo enviar la invitación a {name} ({reason}). Su fila no cambió; inténtelo más tarde.',
    'prospects.invite.sent': 'Invitación a «{title}» enviada a {name} ({email}) {languages}.',
    'prospects.invite.in.es': 'en español e inglés',
    'prospects.invite.in.pt': 'en portugués e inglés',
    'prospects.invite.in.fr': 'en francés e inglés',
    'prospects.invite.why.their-language': '(su idioma, y el inglés)',
    'prospects.invite.why.unknown': '(no se conoce su idioma)',
    'prospects.invite.why.english': '(su idioma es el inglés, así que va acompañado del español)',
    'prospects.invite.stageMoved': 'Etapa: «{stage}»; fecha de la invitación: {date}.',
    'prospects.invite.stageKept': 'Sigue en «{stage}»; Invited on es ahora el {date}.',
    'prospects.session.webinar': 'Seminario web',
    'prospects.session.event': 'Evento',
    'prospects.sessions.found': 'Sesiones a las que invitar: {count}.',
    'prospects.sessions.none':
      'No hay ningún seminario web ni evento próximo al que invitar. Agregue uno en la pestaña Webinars o Events.',
    'prospects.email.senderName': 'LACRALO Alcance',
    'prospects.email.subject': 'Invitación: {title}',
    'prospects.email.englishBelow': 'Versión en inglés más abajo. / English version below.',
    'prospects.email.greeting': 'Estimado/a {name}:',
    'prospects.email.intro':
      'LACRALO, la Organización Regional At-Large de América Latina y el Caribe, lleva la voz de los usuarios de Internet de la región a ICANN. Queremos invitarle a una teleconferencia:',
    'prospects.email.webinarWhen':
      'Cuándo: {local} ({timeZone}), es decir, {utc} UTC. Dura {duration} minutos.',
    'prospects.email.eventWhen': 'Cuándo: {local} ({timeZone}), es decir, {utc} UTC.',
    'prospects.email.eventDays': 'Cuándo: {dates}.',
    'prospects.email.eventPlace': 'Dónde: {place}.',
    'prospects.email.register':
      'Para participar, inscríbase en la página de la sesión; el enlace para conectarse se le envía al inscribirse: {url}',
    'prospects.email.eventPage': 'Más información: {url}',
    'prospects.email.calendar': 'El archivo adjunto {file} agrega la sesión a su calendario.',
    'prospects.email.why.als-accreditation':
      'Le escribimos porque LACRALO busca organizaciones en {country} que puedan convertirse en Estructuras de At-Large (ALS) y hablar en ICANN por los usuarios de Internet del país. En esta sesión le contamos cómo.',
    'prospects.email.why.individual-membership':
      'Le escribimos porque podría sumarse a LACRALO como miembro individual desde {country} y participar en el trabajo de políticas de ICANN en nombre de los usuarios de Internet. En esta sesión le contamos cómo.',
    'prospects.email.why.fellowship-nextgen':
      'Le escribimos porque los programas Fellowship y NextGen de ICANN reciben participantes de {country}, y esta sesión es un buen primer paso hacia ellos.',
    'prospects.email.why.dnssec-training':
      'Le escribimos porque LACRALO ofrece capacitación en DNSSEC a proveedores de servicios de Internet y operadores de red de {country}, y esta sesión forma parte de ella.',
    'prospects.email.why.universal-acceptance':
      'Le escribimos porque LACRALO trabaja con organizaciones de {country} para que toda dirección de correo y todo nombre de dominio, en cualquier escritura, funcionen en todas partes (Aceptación Universal).',
    'prospects.email.liaison':
      'Su contacto en LACRALO es {liaison}, que con gusto responderá sus preguntas.',
    'prospects.email.liaisonWithEmail':
      'Su contacto en LACRALO es {liaison} ({email}), que con gusto responderá sus preguntas.',
    'prospects.email.noLiaison':
      'Si tiene preguntas, responda a este correo y el Subcomité de Alcance y Participación de LACRALO le contestará.',
    'prospects.email.closing': 'Esperamos contar con su participación.',
    'prospects.email.signature': 'Subcomité de Alcance y Participación de LACRALO',
  },
  pt: {
    'prospects.action.title': 'Prospectos',
    'prospects.action.move': 'Mover um prospecto',
    'prospects.action.invite': 'Convidar para uma teleconferência',
    'prospects.badRequest':
      'A barra lateral enviou uma solicitação que o complemento não consegue ler. Recarregue a barra lateral e tente novamente.',
    'prospects.badLiaison':
      'O contato de ligação é longo demais: escreva o nome ou o ID de um membro, com até 200 caracteres.',
    'prospects.select.nothing': 'Selecione primeiro uma linha da aba Prospects e tente novamente.',
    'prospects.select.otherTab':
      'A seleção está na aba {tab}. Selecione uma linha da aba Prospects e tente novamente.',
    'prospects.select.severalRows':
      'As linhas {from} a {to} de Prospects estão selecionadas. Selecione somente a linha de um prospecto e tente novamente.',
    'prospects.select.header':
      'A linha 1 de Prospects é a dos cabeçalhos. Selecione a linha de um prospecto e tente novamente.',
    'prospects.select.emptyRow':
      'A linha {row} de Prospects está vazia. Selecione a linha de um prospecto e tente novamente.',
    'prospects.select.unreadableRow':
      'A linha {row} de Prospects tem problemas (listados abaixo). Corrija-os e tente novamente.',
    'prospects.select.unknownId': 'Nenhum prospecto tem o ID “{id}” na aba Prospects.',
    'prospects.shown': '{name}: {stage}.',
    'prospects.moved': '{name} passou para “{stage}” em {date}.',
    'prospects.movedKeptDate': '{name} passou para “{stage}” (a linha já tinha a data {date}).',
    'prospects.corrected':
      '{name} volta para “{stage}”; as datas registradas depois dessa etapa foram apagadas.',
    'prospects.reopened': '{name} foi reaberto em “{stage}”.',
    'prospects.liaisonSet': '{liaison} agora é o contato de ligação de {name}.',
    'prospects.liaisonCleared': '{name} não tem mais contato de ligação.',
    'prospects.nothingToChange':
      '{name} já está em “{stage}” com esse contato de ligação: não há nada a mudar.',
    'prospects.refusal.invalid-date': '“{date}” não é uma data: escreva-a como AAAA-MM-DD.',
    'prospects.refusal.already-there': '{name} já está em “{stage}”.',
    'prospects.refusal.final-stage':
      '{name} está em “{stage}”, que encerra o processo. Para avançar de novo, reabra-o primeiro.',
    'prospects.refusal.reopen-to-open-stage':
      'Um prospecto reaberto volta para uma etapa aberta, não para “{stage}”.',
    'prospects.refusal.move-back-needs-correct':
      'Fazer {name} voltar de “{from}” para “{to}” é uma correção: use “Corrigir um erro”, que também apaga as datas registradas depois de “{to}”.',
    'prospects.refusal.before-identified':
      '{date} é anterior à identificação de {name} ({identifiedOn}). Verifique a coluna Identified on da linha.',
    'prospects.refusal.before-earlier-step':
      '{date} é anterior a uma etapa anterior de {name} (“{stage}”, em {stageDate}). Verifique as datas da linha.',
    'prospects.invite.noEmail':
      '{name} não tem endereço de e-mail na aba Prospects. Adicione-o na coluna Email e convide novamente.',
    'prospects.invite.badEmail': 'O endereço de e-mail de {name} não pode ser usado: {problem}',
    'prospects.invite.unknownWebinar':
      'Nenhum webinar tem o identificador “{slug}” na aba Webinars.',
    'prospects.invite.unknownEvent': 'Nenhum evento tem o ID “{id}” na aba Events.',
    'prospects.invite.over': '“{title}” já terminou. Escolha uma sessão futura.',
    'prospects.invite.cancelled': '“{title}” foi cancelado. Escolha outra sessão.',
    'prospects.invite.proposed':
      '“{title}” está apenas proposto: aceite-o e publique o calendário antes de convidar alguém.',
    'prospects.invite.undated':
      '“{title}” ainda não tem data: defina uma e publique o calendário antes de convidar alguém.',
    'prospects.invite.registrationClosed':
      'As inscrições para “{title}” já se encerraram, então {name} não conseguiria se inscrever. Escolha outra sessão.',
    'prospects.invite.noIcsWebinar':
      'O Worker em {url} não tem arquivo de calendário para “{title}”: publique primeiro os webinars e convide novamente.',
    'prospects.invite.noIcsEvent':
      'O Worker em {url} não tem arquivo de calendário para “{title}”: publique primeiro o calendário e convide novamente.',
    'prospects.invite.mailFailed':
      'Não foi possível enviar o convite para {name} ({reason}). A linha não foi alterada; tente mais tarde.',
    'prospects.invite.sent': 'Convite para “{title}” enviado a {name} ({email}) {languages}.',
    'prospects.invite.in.es': 'em espanhol e inglês',
    'prospects.invite.in.pt': 'em português e inglês',
    'prospects.invite.in.fr': 'em francês e inglês',
    'prospects.invite.why.their-language': '(o idioma da pessoa, e o inglês)',
    'prospects.invite.why.unknown': '(o idioma da pessoa não é conhecido)',
    'prospects.invite.why.english':
      '(o idioma da pessoa é o inglês, então vai junto com o espanhol)',
    'prospects.invite.stageMoved': 'Etapa: “{stage}”; data do convite: {date}.',
    'prospects.invite.stageKept': 'Continua em “{stage}”; Invited on agora é {date}.',
    'prospects.session.webinar': 'Webinar',
    'prospects.session.event': 'Evento',
    'prospects.sessions.found': 'Sessões para as quais convidar: {count}.',
    'prospects.sessions.none':
      'Não há nenhum webinar ou evento futuro para o qual convidar. Adicione um na aba Webinars ou Events.',
    'prospects.email.senderName': 'LACRALO Divulgação',
    'prospects.email.subject': 'Convite: {title}',
    'prospects.email.englishBelow': 'Versão em inglês abaixo. / English version below.',
    'prospects.email.greeting': 'Prezado(a) {name},',
    'prospects.email.intro':
      'A LACRALO, Organização Regional At-Large da América Latina e do Caribe, leva à ICANN a voz dos usuários de Internet da região. Gostaríamos de convidá-lo(a) para uma teleconferência:',
    'prospects.email.webinarWhen':
      'Quando: {local} ({timeZone}), ou seja, {utc} UTC. Duração: {duration} minutos.',
    'prospects.email.eventWhen': 'Quando: {local} ({timeZone}), ou seja, {utc} UTC.',
    'prospects.email.eventDays': 'Quando: {dates}.',
    'prospects.email.eventPlace': 'Onde: {place}.',
    'prospects.email.register':
      'Para participar, inscreva-se na página da sessão; o link de acesso é enviado quando você se inscreve: {url}',
    'prospects.email.eventPage': 'Mais informações: {url}',
    'prospects.email.calendar': 'O arquivo anexo {file} adiciona a sessão à sua agenda.',
    'prospects.email.why.als-accreditation':
      'Escrevemos porque a LACRALO procura, no seu país ({country}), organizações que possam se tornar Estruturas At-Large (ALS) e falar na ICANN pelos usuários de Internet do país. Nesta sessão explicamos como.',
    'prospects.email.why.individual-membership':
      'Escrevemos porque você poderia entrar na LACRALO como membro individual pelo seu país ({country}) e participar do trabalho de políticas da ICANN em nome dos usuários de Internet. Nesta sessão explicamos como.',
    'prospects.email.why.fellowship-nextgen':
      'Escrevemos porque os programas Fellowship e NextGen da ICANN recebem participantes do seu país ({country}), e esta sessão é um bom primeiro passo rumo a eles.',
    'prospects.email.why.dnssec-training':
      'Escrevemos porque a LACRALO oferece capacitação em DNSSEC a provedores de acesso à Internet e operadores de rede do seu país ({country}), e esta sessão faz parte dela.',
    'prospects.email.why.universal-acceptance':
      'Escrevemos porque a LACRALO trabalha com organizações do seu país ({country}) para que todo endereço de e-mail e todo nome de domínio, em qualquer escrita, funcionem em toda parte (Aceitação Universal).',
    'prospects.email.liaison':
      'Seu contato na LACRALO é {liaison}, que terá prazer em responder às suas perguntas.',
    'prospects.email.liaisonWithEmail':
      'Seu contato na LACRALO é {liaison} ({email}), que terá prazer em responder às suas perguntas.',
    'prospects.email.noLiaison':
      'Se tiver perguntas, responda a este e-mail e o Subcomitê de Divulgação e Engajamento da LACRALO responderá.',
    'prospects.email.closing': 'Esperamos contar com a sua participação.',
    'prospects.email.signature': 'Subcomitê de Divulgação e Engajamento da LACRALO',
  },
  fr: {
    'prospects.action.title': 'Prospects',
    'prospects.action.move': 'Faire avancer un prospect',
    'prospects.action.invite': 'Inviter à une téléconférence',
    'prospects.badRequest':
      'La barre latérale a envoyé une demande que le module complémentaire ne sait pas lire. Rechargez la barre latérale et réessayez.',
    'prospects.badLiaison':
      'Le nom de l’agent de liaison est trop long : indiquez le nom ou l’ID d’un membre, 200 caractères au plus.',
    'prospects.select.nothing':
      'Sélectionnez d’abord une ligne de l’onglet Prospects, puis réessayez.',
    'prospects.select.otherTab':
      'La sélection se trouve dans l’onglet {tab}. Sélectionnez une ligne de l’onglet Prospects, puis réessayez.',
    'prospects.select.severalRows':
      'Les lignes {from} à {to} de Prospects sont sélectionnées. Sélectionnez la ligne d’un seul prospect, puis réessayez.',
    'prospects.select.header':
      'La ligne 1 de Prospects est celle des en-têtes. Sélectionnez la ligne d’un prospect, puis réessayez.',
    'prospects.select.emptyRow':
      'La ligne {row} de Prospects est vide. Sélectionnez la ligne d’un prospect, puis réessayez.',
    'prospects.select.unreadableRow':
      'La ligne {row} de Prospects comporte des problèmes (listés ci-dessous). Corrigez-les, puis réessayez.',
    'prospects.select.unknownId': 'Aucun prospect n’a l’ID « {id} » dans l’onglet Prospects.',
    'prospects.shown': '{name} : {stage}.',
    'prospects.moved': '{name} passe à « {stage} » le {date}.',
    'prospects.movedKeptDate':
      '{name} passe à « {stage} » (la ligne portait déjà la date du {date}).',
    'prospects.corrected':
      '{name} revient à « {stage} » ; les dates enregistrées après cette étape ont été effacées.',
    'prospects.reopened': '{name} est rouvert à « {stage} ».',
    'prospects.liaisonSet': '{liaison} est désormais l’agent de liaison de {name}.',
    'prospects.liaisonCleared': '{name} n’a plus d’agent de liaison.',
    'prospects.nothingToChange':
      '{name} est déjà à « {stage} » avec cet agent de liaison : rien à changer.',
    'prospects.refusal.invalid-date': '« {date} » n’est pas une date : écrivez-la AAAA-MM-JJ.',
    'prospects.refusal.already-there': '{name} est déjà à « {stage} ».',
    'prospects.refusal.final-stage':
      '{name} est à « {stage} », qui clôt le parcours. Pour aller plus loin, rouvrez-le d’abord.',
    'prospects.refusal.reopen-to-open-stage':
      'Un prospect rouvert revient à une étape ouverte, pas à « {stage} ».',
    'prospects.refusal.move-back-needs-correct':
      'Faire revenir {name} de « {from} » à « {to} » est une correction : utilisez « Corriger une erreur », qui efface aussi les dates enregistrées après « {to} ».',
    'prospects.refusal.before-identified':
      'Le {date} est antérieur à l’identification de {name} ({identifiedOn}). Vérifiez la colonne Identified on de sa ligne.',
    'prospects.refusal.before-earlier-step':
      'Le {date} est antérieur à une étape déjà franchie par {name} (« {stage} », le {stageDate}). Vérifiez les dates de sa ligne.',
    'prospects.invite.noEmail':
      '{name} n’a pas d’adresse électronique dans l’onglet Prospects. Ajoutez-la dans la colonne Email, puis invitez de nouveau.',
    'prospects.invite.badEmail': 'L’adresse électronique de {name} est inutilisable : {problem}',
    'prospects.invite.unknownWebinar':
      'Aucun webinaire n’a l’identifiant « {slug} » dans l’onglet Webinars.',
    'prospects.invite.unknownEvent': 'Aucun événement n’a l’ID « {id} » dans l’onglet Events.',
    'prospects.invite.over': '« {title} » est déjà terminé. Choisissez une session à venir.',
    'prospects.invite.cancelled': '« {title} » est annulé. Choisissez une autre session.',
    'prospects.invite.proposed':
      '« {title} » n’est que proposé : acceptez-le et publiez le calendrier avant d’y inviter quelqu’un.',
    'prospects.invite.undated':
      '« {title} » n’a pas encore de date : donnez-lui-en une et publiez le calendrier avant d’y inviter quelqu’un.',
    'prospects.invite.registrationClosed':
      'Les inscriptions à « {title} » sont closes : {name} ne pourrait pas s’inscrire. Choisissez une autre session.',
    'prospects.invite.noIcsWebinar':
      'Le Worker à l’adresse {url} n’a pas de fichier de calendrier pour « {title} » : publiez d’abord les webinaires, puis invitez de nouveau.',
    'prospects.invite.noIcsEvent':
      'Le Worker à l’adresse {url} n’a pas de fichier de calendrier pour « {title} » : publiez d’abord le calendrier, puis invitez de nouveau.',
    'prospects.invite.mailFailed':
      'L’invitation à {name} n’a pas pu être envoyée ({reason}). Sa ligne n’a pas changé ; réessayez plus tard.',
    'prospects.invite.sent': 'Invitation à « {title} » envoyée à {name} ({email}) {languages}.',
    'prospects.invite.in.es': 'en espagnol et en anglais',
    'prospects.invite.in.pt': 'en portugais et en anglais',
    'prospects.invite.in.fr': 'en français et en anglais',
    'prospects.invite.why.their-language': '(sa langue, et l’anglais)',
    'prospects.invite.why.unknown': '(sa langue n’est pas connue)',
    'prospects.invite.why.english': '(sa langue est l’anglais, l’espagnol l’accompagne donc)',
    'prospects.invite.stageMoved': 'Étape : « {stage} » ; invitation du {date}.',
    'prospects.invite.stageKept': 'Reste à « {stage} » ; Invited on est désormais le {date}.',
    'prospects.session.webinar': 'Webinaire',
    'prospects.session.event': 'Événement',
    'prospects.sessions.found': 'Sessions auxquelles inviter : {count}.',
    'prospects.sessions.none':
      'Aucun webinaire ni événement à venir auquel inviter. Ajoutez-en un dans l’onglet Webinars ou Events.',
    'prospects.email.senderName': 'LACRALO Sensibilisation',
    'prospects.email.subject': 'Invitation : {title}',
    'prospects.email.englishBelow': 'Version anglaise ci-dessous. / English version below.',
    'prospects.email.greeting': 'Bonjour {name},',
    'prospects.email.intro':
      'LACRALO, l’Organisation régionale At-Large d’Amérique latine et des Caraïbes, porte auprès de l’ICANN la voix des utilisateurs d’Internet de la région. Nous avons le plaisir de vous inviter à une téléconférence :',
    'prospects.email.webinarWhen':
      'Quand : {local} ({timeZone}), soit {utc} UTC. Durée : {duration} minutes.',
    'prospects.email.eventWhen': 'Quand : {local} ({timeZone}), soit {utc} UTC.',
    'prospects.email.eventDays': 'Quand : {dates}.',
    'prospects.email.eventPlace': 'Où : {place}.',
    'prospects.email.register':
      'Pour y participer, inscrivez-vous sur la page de la session ; le lien de connexion vous est envoyé à l’inscription : {url}',
    'prospects.email.eventPage': 'Pour en savoir plus : {url}',
    'prospects.email.calendar': 'Le fichier joint {file} ajoute la session à votre agenda.',
    'prospects.email.why.als-accreditation':
      'Nous vous écrivons parce que LACRALO cherche, dans votre pays ({country}), des organisations qui pourraient devenir des structures At-Large (ALS) et parler à l’ICANN au nom de ses utilisateurs d’Internet. Cette session explique comment.',
    'prospects.email.why.individual-membership':
      'Nous vous écrivons parce que vous pourriez rejoindre LACRALO comme membre individuel pour votre pays ({country}) et prendre part aux travaux de l’ICANN sur les politiques au nom des utilisateurs d’Internet. Cette session explique comment.',
    'prospects.email.why.fellowship-nextgen':
      'Nous vous écrivons parce que les programmes Fellowship et NextGen de l’ICANN accueillent des participants de votre pays ({country}), et cette session est un bon premier pas vers eux.',
    'prospects.email.why.dnssec-training':
      'Nous vous écrivons parce que LACRALO propose une formation DNSSEC aux fournisseurs d’accès à Internet et aux opérateurs de réseau de votre pays ({country}), et cette session en fait partie.',
    'prospects.email.why.universal-acceptance':
      'Nous vous écrivons parce que LACRALO travaille avec des organisations de votre pays ({country}) pour que toute adresse électronique et tout nom de domaine, dans n’importe quelle écriture, fonctionnent partout (acceptation universelle).',
    'prospects.email.liaison':
      'Votre contact à LACRALO est {liaison}, qui se fera un plaisir de répondre à vos questions.',
    'prospects.email.liaisonWithEmail':
      'Votre contact à LACRALO est {liaison} ({email}), qui se fera un plaisir de répondre à vos questions.',
    'prospects.email.noLiaison':
      'Pour toute question, répondez à ce message : le sous-comité Sensibilisation et engagement de LACRALO vous répondra.',
    'prospects.email.closing': 'Au plaisir de vous y retrouver.',
    'prospects.email.signature': 'Sous-comité Sensibilisation et engagement de LACRALO',
  },
})
