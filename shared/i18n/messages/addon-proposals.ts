// Messages of the add-on's member-input actions: syncing proposals and suggestions, accepting or
// rejecting a proposal, and the emails that tell the proposer.
import { defineMessages } from '../define-messages'

export const addonProposalMessages = defineMessages({
  en: {
    'proposals.action.title': 'Member proposals',
    'proposals.action.sync': 'Sync member proposals and suggestions',
    'proposals.action.decide': 'Decide on a member’s proposal',
    'proposals.sync.done':
      'Member input synced. Proposals received: {proposals} (new: {proposalsAdded}, updated: {proposalsUpdated}, proposers erased: {proposersErased}). Suggestions received: {suggestions} (new: {suggestionsAdded}, updated: {suggestionsUpdated}, removed at the candidate’s request: {suggestionsRemoved}). Waiting for a decision: {pending}.',
    'proposals.sync.upToDate':
      'Proposals and suggestions are up to date: nothing new since the last sync. Waiting for a decision: {pending}.',
    'proposals.sync.interrupted':
      'The sync of proposals and suggestions stopped: {reason} What was written before it stopped is kept (new proposals: {proposals}, new suggestions: {suggestions}), and the next sync continues from there.',
    'proposals.sync.lastOk':
      'Last sync of proposals and suggestions: {time}. Proposals received: {proposals}; suggestions received: {suggestions}.',
    'proposals.sync.lastFailed':
      'The last sync of proposals and suggestions ({time}) did not finish.',
    'proposals.sync.never': 'Proposals and suggestions have not been synced yet.',
    'proposals.sync.basisAgreed':
      'From the suggestion: the candidate agreed to be contacted by LACRALO.',
    'proposals.sync.basisPublic':
      'From the suggestion: these are public professional contact details; the candidate has not been asked yet, so introduce LACRALO before anything else.',
    'proposals.pending.count': 'Waiting for a decision: {count}.',
    'proposals.publish.leftOut':
      'Events proposed by members left out, waiting for a decision in the Proposals tab: {count}.',
    'proposals.publish.onlyProposed':
      'The Events tab holds only events proposed by members that are waiting for a decision ({count}); they are never published, so nothing was sent. Accept them from the sidebar first.',
    'proposals.decide.badRequest':
      'The decision could not be read: it needs the proposal’s ID, "accepted" or "rejected", and at most a note of up to 1,000 characters.',
    'proposals.decide.unknown':
      'No row of the Proposals tab has the ID "{id}". Sync the proposals again, or check the ID. Nothing was changed.',
    'proposals.decide.invalidRow':
      'Row {row} of the Proposals tab has problems: fix them and decide again. Nothing was changed.',
    'proposals.decide.alreadyAccepted':
      'The proposal "{title}" was already accepted ({when}). Nothing was changed.',
    'proposals.decide.alreadyRejected':
      'The proposal "{title}" was already rejected ({when}). Nothing was changed.',
    'proposals.decide.noEventRow':
      'The proposal "{title}" has no row in the Events tab (Event ID {eventId}): it was deleted or its ID was changed. Put the row back or correct the Event ID in the Proposals tab, then decide again. Nothing was changed.',
    'proposals.decide.accepted':
      'Proposal accepted: "{title}". Its row in Events (row {row}) now has the status Tentative. Confirm it there once the organizers confirm the dates, then publish the calendar.',
    'proposals.decide.acceptedKept':
      'Proposal accepted: "{title}". Its row in Events (row {row}) already had the status {status}, which was kept.',
    'proposals.decide.rejected': 'Proposal rejected: "{title}". Its row was removed from Events.',
    'proposals.decide.rejectedKept':
      'Proposal rejected: "{title}". Its row in Events (row {row}) has the status {status}, no longer Proposed, so it was kept. Remove it by hand if it should go.',
    'proposals.decide.emailSent': 'The proposer was told by email ({language}).',
    'proposals.decide.emailErased':
      'No email was sent: the proposer asked to be forgotten, so their name and address are gone.',
    'proposals.decide.noEmail': 'No email was sent: the row has no email address for the proposer.',
    'proposals.decide.emailFailed':
      'The email to the proposer could not be sent ({reason}). The decision is recorded; write to them yourself.',
    'proposals.email.subjectAccepted': 'Your event proposal was accepted: {title}',
    'proposals.email.subjectRejected': 'About your event proposal: {title}',
    'proposals.email.greeting': 'Hello {name},',
    'proposals.email.greetingNoName': 'Hello,',
    'proposals.email.accepted':
      'Thank you for proposing "{title}" ({dates}) for LACRALO’s outreach calendar. We have accepted it: it goes on the calendar as tentative, and it will be marked confirmed once its dates are confirmed.',
    'proposals.email.calendar': 'The calendar, where it will appear after our next update: {url}',
    'proposals.email.rejected':
      'Thank you for proposing "{title}" ({dates}) for LACRALO’s outreach calendar. After reviewing it, we will not add it to the calendar this time.',
    'proposals.email.note': 'A note from the team:',
    'proposals.email.closing':
      'Thank you for helping LACRALO reach more of the region. You can propose other events at any time.',
  },
  es: {
    'proposals.action.title': 'Propuestas de los miembros',
    'proposals.action.sync': 'Sincronizar propuestas y sugerencias de los miembros',
    'proposals.action.decide': 'Decidir sobre la propuesta de un miembro',
    'proposals.sync.done':
      'Aportes de los miembros sincronizados. Propuestas recibidas: {proposals} (nuevas: {proposalsAdded}, actualizadas: {proposalsUpdated}, proponentes borrados: {proposersErased}). Sugerencias recibidas: {suggestions} (nuevas: {suggestionsAdded}, actualizadas: {suggestionsUpdated}, eliminadas a pedido de la persona sugerida: {suggestionsRemoved}). Pendientes de decisión: {pending}.',
    'proposals.sync.upToDate':
      'Las propuestas y sugerencias están al día: no hay nada nuevo desde la última sincronización. Pendientes de decisión: {pending}.',
    'proposals.sync.interrupted':
      'La sincronización de propuestas y sugerencias se detuvo: {reason} Lo que se escribió antes se conserva (propuestas nuevas: {proposals}, sugerencias nuevas: {suggestions}) y la próxima sincronización continúa desde ahí.',
    'proposals.sync.lastOk':
      'Última sincronización de propuestas y sugerencias: {time}. Propuestas recibidas: {proposals}; sugerencias recibidas: {suggestions}.',
    'proposals.sync.lastFailed':
      'La última sincronización de propuestas y sugerencias ({time}) no terminó.',
    'proposals.sync.never': 'Todavía no se han sincronizado las propuestas ni las sugerencias.',
    'proposals.sync.basisAgreed':
      'Según la sugerencia: la persona o entidad aceptó que LACRALO la contacte.',
    'proposals.sync.basisPublic':
      'Según la sugerencia: son datos de contacto profesionales y públicos; todavía no se le ha preguntado, así que lo primero es presentar a LACRALO.',
    'proposals.pending.count': 'Pendientes de decisión: {count}.',
    'proposals.publish.leftOut':
      'Eventos propuestos por miembros que quedaron fuera, pendientes de decisión en la pestaña Proposals: {count}.',
    'proposals.publish.onlyProposed':
      'La pestaña Events solo tiene eventos propuestos por miembros pendientes de decisión ({count}); nunca se publican, así que no se envió nada. Acéptelos primero desde la barra lateral.',
    'proposals.decide.badRequest':
      'No se pudo leer la decisión: necesita el ID de la propuesta, "accepted" o "rejected" y, como mucho, una nota de hasta 1000 caracteres.',
    'proposals.decide.unknown':
      'Ninguna fila de la pestaña Proposals tiene el ID "{id}". Vuelva a sincronizar las propuestas o revise el ID. No se cambió nada.',
    'proposals.decide.invalidRow':
      'La fila {row} de la pestaña Proposals tiene problemas: corríjalos y vuelva a decidir. No se cambió nada.',
    'proposals.decide.alreadyAccepted':
      'La propuesta "{title}" ya había sido aceptada ({when}). No se cambió nada.',
    'proposals.decide.alreadyRejected':
      'La propuesta "{title}" ya había sido rechazada ({when}). No se cambió nada.',
    'proposals.decide.noEventRow':
      'La propuesta "{title}" no tiene fila en la pestaña Events (ID de evento {eventId}): se eliminó o se cambió su ID. Restaure la fila o corrija el ID de evento en la pestaña Proposals y vuelva a decidir. No se cambió nada.',
    'proposals.decide.accepted':
      'Propuesta aceptada: «{title}». Su fila en Events (fila {row}) tiene ahora el estado Tentativo. Confírmela allí cuando los organizadores confirmen las fechas y luego publique el calendario.',
    'proposals.decide.acceptedKept':
      'Propuesta aceptada: «{title}». Su fila en Events (fila {row}) ya tenía el estado {status}, que se mantuvo.',
    'proposals.decide.rejected': 'Propuesta rechazada: «{title}». Su fila se eliminó de Events.',
    'proposals.decide.rejectedKept':
      'Propuesta rechazada: «{title}». Su fila en Events (fila {row}) tiene el estado {status}, ya no Propuesto, así que se mantuvo. Elimínela a mano si corresponde.',
    'proposals.decide.emailSent': 'Se avisó por correo a quien hizo la propuesta ({language}).',
    'proposals.decide.emailErased':
      'No se envió ningún correo: quien hizo la propuesta pidió que se borraran sus datos, así que ya no están su nombre ni su dirección.',
    'proposals.decide.noEmail':
      'No se envió ningún correo: la fila no tiene la dirección de quien hizo la propuesta.',
    'proposals.decide.emailFailed':
      'No se pudo enviar el correo a quien hizo la propuesta ({reason}). La decisión quedó registrada; escríbale usted.',
    'proposals.email.subjectAccepted': 'Su propuesta de evento fue aceptada: {title}',
    'proposals.email.subjectRejected': 'Sobre su propuesta de evento: {title}',
    'proposals.email.greeting': 'Hola, {name}:',
    'proposals.email.greetingNoName': 'Hola:',
    'proposals.email.accepted':
      'Gracias por proponer «{title}» ({dates}) para el calendario de alcance de LACRALO. Su propuesta fue aceptada: el evento entra en el calendario como tentativo y se marcará como confirmado cuando se confirmen sus fechas.',
    'proposals.email.calendar':
      'El calendario, donde aparecerá después de nuestra próxima actualización: {url}',
    'proposals.email.rejected':
      'Gracias por proponer «{title}» ({dates}) para el calendario de alcance de LACRALO. Después de revisar su propuesta, esta vez no agregaremos el evento al calendario.',
    'proposals.email.note': 'Una nota del equipo:',
    'proposals.email.closing':
      'Gracias por ayudar a LACRALO a llegar a más personas de la región. Puede proponer otros eventos cuando quiera.',
  },
  pt: {
    'proposals.action.title': 'Propostas dos membros',
    'proposals.action.sync': 'Sincronizar propostas e sugestões dos membros',
    'proposals.action.decide': 'Decidir sobre a proposta de um membro',
    'proposals.sync.done':
      'Contribuições dos membros sincronizadas. Propostas recebidas: {proposals} (novas: {proposalsAdded}, atualizadas: {proposalsUpdated}, proponentes apagados: {proposersErased}). Sugestões recebidas: {suggestions} (novas: {suggestionsAdded}, atualizadas: {suggestionsUpdated}, removidas a pedido da pessoa sugerida: {suggestionsRemoved}). Aguardando decisão: {pending}.',
    'proposals.sync.upToDate':
      'As propostas e sugestões estão em dia: nada de novo desde a última sincronização. Aguardando decisão: {pending}.',
    'proposals.sync.interrupted':
      'A sincronização de propostas e sugestões parou: {reason} O que foi gravado antes disso é mantido (propostas novas: {proposals}, sugestões novas: {suggestions}), e a próxima sincronização continua a partir daí.',
    'proposals.sync.lastOk':
      'Última sincronização de propostas e sugestões: {time}. Propostas recebidas: {proposals}; sugestões recebidas: {suggestions}.',
    'proposals.sync.lastFailed':
      'A última sincronização de propostas e sugestões ({time}) não terminou.',
    'proposals.sync.never': 'As propostas e sugestões ainda não foram sincronizadas.',
    'proposals.sync.basisAgreed':
      'Segundo a sugestão: a pessoa ou organização concordou em ser contatada pelo LACRALO.',
    'proposals.sync.basisPublic':
      'Segundo a sugestão: são dados de contato profissionais e públicos; ainda não se perguntou nada à pessoa, então comece apresentando o LACRALO.',
    'proposals.pending.count': 'Aguardando decisão: {count}.',
    'proposals.publish.leftOut':
      'Eventos propostos por membros que ficaram de fora, aguardando decisão na aba Proposals: {count}.',
    'proposals.publish.onlyProposed':
      'A aba Events só tem eventos propostos por membros aguardando decisão ({count}); eles nunca são publicados, então nada foi enviado. Aceite-os primeiro pela barra lateral.',
    'proposals.decide.badRequest':
      'Não foi possível ler a decisão: ela precisa do ID da proposta, "accepted" ou "rejected" e, no máximo, uma nota de até 1.000 caracteres.',
    'proposals.decide.unknown':
      'Nenhuma linha da aba Proposals tem o ID "{id}". Sincronize as propostas de novo ou verifique o ID. Nada foi alterado.',
    'proposals.decide.invalidRow':
      'A linha {row} da aba Proposals tem problemas: corrija-os e decida novamente. Nada foi alterado.',
    'proposals.decide.alreadyAccepted':
      'A proposta "{title}" já tinha sido aceita ({when}). Nada foi alterado.',
    'proposals.decide.alreadyRejected':
      'A proposta "{title}" já tinha sido recusada ({when}). Nada foi alterado.',
    'proposals.decide.noEventRow':
      'A proposta "{title}" não tem linha na aba Events (ID do evento {eventId}): ela foi apagada ou o ID mudou. Recoloque a linha ou corrija o ID do evento na aba Proposals e decida novamente. Nada foi alterado.',
    'proposals.decide.accepted':
      'Proposta aceita: "{title}". A linha dela em Events (linha {row}) agora tem o status Provisório. Confirme-a ali quando os organizadores confirmarem as datas e depois publique o calendário.',
    'proposals.decide.acceptedKept':
      'Proposta aceita: "{title}". A linha dela em Events (linha {row}) já tinha o status {status}, que foi mantido.',
    'proposals.decide.rejected':
      'Proposta recusada: "{title}". A linha dela foi removida de Events.',
    'proposals.decide.rejectedKept':
      'Proposta recusada: "{title}". A linha dela em Events (linha {row}) tem o status {status}, não mais Proposto, então foi mantida. Remova-a manualmente se for o caso.',
    'proposals.decide.emailSent': 'Quem fez a proposta foi avisado por e-mail ({language}).',
    'proposals.decide.emailErased':
      'Nenhum e-mail foi enviado: quem fez a proposta pediu para ter seus dados apagados, então o nome e o endereço não existem mais.',
    'proposals.decide.noEmail':
      'Nenhum e-mail foi enviado: a linha não tem o endereço de quem fez a proposta.',
    'proposals.decide.emailFailed':
      'Não foi possível enviar o e-mail para quem fez a proposta ({reason}). A decisão foi registrada; escreva você mesmo para essa pessoa.',
    'proposals.email.subjectAccepted': 'Sua proposta de evento foi aceita: {title}',
    'proposals.email.subjectRejected': 'Sobre a sua proposta de evento: {title}',
    'proposals.email.greeting': 'Olá, {name},',
    'proposals.email.greetingNoName': 'Olá,',
    'proposals.email.accepted':
      'Obrigado por propor "{title}" ({dates}) para o calendário de divulgação do LACRALO. Sua proposta foi aceita: o evento entra no calendário como provisório e será marcado como confirmado quando as datas forem confirmadas.',
    'proposals.email.calendar':
      'O calendário, onde ele aparecerá depois da nossa próxima atualização: {url}',
    'proposals.email.rejected':
      'Obrigado por propor "{title}" ({dates}) para o calendário de divulgação do LACRALO. Depois de analisar a sua proposta, desta vez não vamos incluir o evento no calendário.',
    'proposals.email.note': 'Uma nota da equipe:',
    'proposals.email.closing':
      'Obrigado por ajudar o LACRALO a chegar a mais pessoas da região. Você pode propor outros eventos quando quiser.',
  },
  fr: {
    'proposals.action.title': 'Propositions des membres',
    'proposals.action.sync': 'Synchroniser les propositions et suggestions des membres',
    'proposals.action.decide': 'Statuer sur la proposition d’un membre',
    'proposals.sync.done':
      'Contributions des membres synchronisées. Propositions reçues : {proposals} (nouvelles : {proposalsAdded}, mises à jour : {proposalsUpdated}, auteurs effacés : {proposersErased}). Suggestions reçues : {suggestions} (nouvelles : {suggestionsAdded}, mises à jour : {suggestionsUpdated}, retirées à la demande de la personne suggérée : {suggestionsRemoved}). En attente de décision : {pending}.',
    'proposals.sync.upToDate':
      'Les propositions et suggestions sont à jour : rien de nouveau depuis la dernière synchronisation. En attente de décision : {pending}.',
    'proposals.sync.interrupted':
      'La synchronisation des propositions et suggestions s’est arrêtée : {reason} Ce qui a été écrit avant l’arrêt est conservé (nouvelles propositions : {proposals}, nouvelles suggestions : {suggestions}), et la prochaine synchronisation reprendra à partir de là.',
    'proposals.sync.lastOk':
      'Dernière synchronisation des propositions et suggestions : {time}. Propositions reçues : {proposals} ; suggestions reçues : {suggestions}.',
    'proposals.sync.lastFailed':
      'La dernière synchronisation des propositions et suggestions ({time}) ne s’est pas terminée.',
    'proposals.sync.never': 'Les propositions et suggestions n’ont pas encore été synchronisées.',
    'proposals.sync.basisAgreed':
      'D’après la suggestion : la personne ou l’organisation a accepté d’être contactée par LACRALO.',
    'proposals.sync.basisPublic':
      'D’après la suggestion : ce sont des coordonnées professionnelles publiques ; on ne lui a encore rien demandé, commencez donc par présenter LACRALO.',
    'proposals.pending.count': 'En attente de décision : {count}.',
    'proposals.publish.leftOut':
      'Événements proposés par des membres laissés de côté, en attente de décision dans l’onglet Proposals : {count}.',
    'proposals.publish.onlyProposed':
      'L’onglet Events ne contient que des événements proposés par des membres en attente de décision ({count}) ; ils ne sont jamais publiés, donc rien n’a été envoyé. Acceptez-les d’abord depuis le panneau latéral.',
    'proposals.decide.badRequest':
      'La décision est illisible : il faut l’ID de la proposition, « accepted » ou « rejected », et au plus une note de 1 000 caractères.',
    'proposals.decide.unknown':
      'Aucune ligne de l’onglet Proposals n’a l’ID « {id} ». Synchronisez de nouveau les propositions ou vérifiez l’ID. Rien n’a été modifié.',
    'proposals.decide.invalidRow':
      'La ligne {row} de l’onglet Proposals comporte des problèmes : corrigez-les et statuez de nouveau. Rien n’a été modifié.',
    'proposals.decide.alreadyAccepted':
      'La proposition « {title} » avait déjà été acceptée ({when}). Rien n’a été modifié.',
    'proposals.decide.alreadyRejected':
      'La proposition « {title} » avait déjà été refusée ({when}). Rien n’a été modifié.',
    'proposals.decide.noEventRow':
      'La proposition « {title} » n’a pas de ligne dans l’onglet Events (ID d’événement {eventId}) : elle a été supprimée ou son ID a changé. Rétablissez la ligne ou corrigez l’ID d’événement dans l’onglet Proposals, puis statuez de nouveau. Rien n’a été modifié.',
    'proposals.decide.accepted':
      'Proposition acceptée : « {title} ». Sa ligne dans Events (ligne {row}) a désormais le statut Provisoire. Confirmez-la à cet endroit quand les organisateurs auront confirmé les dates, puis publiez le calendrier.',
    'proposals.decide.acceptedKept':
      'Proposition acceptée : « {title} ». Sa ligne dans Events (ligne {row}) avait déjà le statut {status}, qui a été conservé.',
    'proposals.decide.rejected':
      'Proposition refusée : « {title} ». Sa ligne a été retirée de Events.',
    'proposals.decide.rejectedKept':
      'Proposition refusée : « {title} ». Sa ligne dans Events (ligne {row}) a le statut {status}, et non plus Proposé ; elle a donc été conservée. Supprimez-la à la main s’il le faut.',
    'proposals.decide.emailSent':
      'L’auteur de la proposition a été prévenu par courriel ({language}).',
    'proposals.decide.emailErased':
      'Aucun courriel n’a été envoyé : l’auteur de la proposition a demandé l’effacement de ses données ; son nom et son adresse ne sont plus là.',
    'proposals.decide.noEmail':
      'Aucun courriel n’a été envoyé : la ligne n’a pas d’adresse pour l’auteur de la proposition.',
    'proposals.decide.emailFailed':
      'Le courriel à l’auteur de la proposition n’a pas pu être envoyé ({reason}). La décision est enregistrée ; écrivez-lui vous-même.',
    'proposals.email.subjectAccepted': 'Votre proposition d’événement a été acceptée : {title}',
    'proposals.email.subjectRejected': 'À propos de votre proposition d’événement : {title}',
    'proposals.email.greeting': 'Bonjour {name},',
    'proposals.email.greetingNoName': 'Bonjour,',
    'proposals.email.accepted':
      'Merci d’avoir proposé « {title} » ({dates}) pour le calendrier de sensibilisation de LACRALO. Votre proposition a été acceptée : l’événement entre dans le calendrier comme provisoire et sera marqué comme confirmé dès que ses dates le seront.',
    'proposals.email.calendar':
      'Le calendrier, où il apparaîtra après notre prochaine mise à jour : {url}',
    'proposals.email.rejected':
      'Merci d’avoir proposé « {title} » ({dates}) pour le calendrier de sensibilisation de LACRALO. Après examen de votre proposition, nous n’ajouterons pas l’événement au calendrier cette fois-ci.',
    'proposals.email.note': 'Un mot de l’équipe :',
    'proposals.email.closing':
      'Merci d’aider LACRALO à atteindre davantage de personnes dans la région. Vous pouvez proposer d’autres événements à tout moment.',
  },
})
