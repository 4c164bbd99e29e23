// Messages of the member input pages: proposing an event, suggesting a candidate, thank-you pages.
import { defineMessages } from '../define-messages'

/*
 * Field labels come from the schema surface ('field.eventProposal.*',
 * 'field.candidateSuggestion.*'), so that a label and the errors about its field always
 * match; these are the pages' own texts: headings, hints, choices, consent and problems.
 */
export const memberInputMessages = defineMessages({
  en: {
    'memberInput.site': 'LACRALO Outreach',
    'memberInput.form.intro':
      'Fields marked “(optional)” may be left empty; every other field is required.',
    'memberInput.form.youHeading': 'About you',
    'memberInput.form.proposerEmailHint':
      'We write to you only about what you send here. Addresses in any language work, for example josé@correo.example.',
    'memberInput.backToForm': 'Back to the form',
    'memberInput.problem.tooLarge':
      'The form is too large to send (limit: {limit} KB), so nothing was saved. Shorten the longest fields and send it again.',
    'memberInput.problem.rateLimited.heading': 'Please wait a moment',
    'memberInput.problem.rateLimited.text':
      'Many forms have been sent from your connection in a short time, so this one was not saved. Please wait a few minutes and send it again.',
    'memberInput.problem.notObject': 'send the form as an object holding its fields',
    'memberInput.problem.eventPast':
      'the event has already ended; the calendar is for events still to come, so check the dates',
    'memberInput.publish.proposed':
      'this event is still a member’s proposal, and proposals are never published; once staff have reviewed it, set its status to {confirmed} or {tentative}, or leave it out of the publish',
    'memberInput.propose.title': 'Propose an event for the Outreach Calendar – LACRALO',
    'memberInput.propose.heading': 'Propose an event for the Outreach Calendar',
    'memberInput.propose.intro':
      'Every member of LACRALO can add to the Outreach Calendar: Internet and ICT events in the region, especially in countries and territories without an At-Large Structure (ALS), and regional events on ICANN’s mission. The Outreach and Engagement Subcommittee reviews each proposal and uses the calendar to plan outreach and CROP travel.',
    'memberInput.propose.eventHeading': 'The event',
    'memberInput.propose.titleHint': 'Its official name, in its own language.',
    'memberInput.propose.startDateHint': 'Write dates as YYYY-MM-DD, for example 2026-09-14.',
    'memberInput.propose.endDateHint': 'Leave it empty for a one-day event.',
    'memberInput.propose.cityHint': 'Leave it empty for an online event.',
    'memberInput.propose.urlHint': 'The event’s own page, starting with https://',
    'memberInput.propose.whyHint':
      'For example: it takes place in a country without an ALS, it reaches end users or the technical community, or LACRALO could speak there.',
    'memberInput.propose.cropLabel':
      'This event would suit a CROP trip (the Community Regional Outreach Program)',
    'memberInput.propose.cropHint':
      'CROP funds a few trips a year for members to represent LACRALO at regional events.',
    'memberInput.propose.proposerNameHint': 'So that the subcommittee knows who proposed it.',
    'memberInput.propose.consent.text':
      'I agree that LACRALO keeps my name and email address with this proposal, so that the Outreach and Engagement Subcommittee can ask me about the event. They are never published: only the event is, if staff add it to the calendar. I can ask LACRALO staff at any time to delete my name and email address.',
    'memberInput.propose.submit': 'Send the proposal',
    'memberInput.propose.thanks.title': 'Proposal received – LACRALO',
    'memberInput.propose.thanks.heading': 'Thank you: your proposal has been received',
    'memberInput.propose.thanks.text':
      'The Outreach and Engagement Subcommittee will review it. If it fits, staff will add it to the Outreach Calendar; they may write to you if they have a question.',
    'memberInput.propose.thanks.again': 'Propose another event',
    'memberInput.suggest.title': 'Suggest a possible At-Large candidate – LACRALO',
    'memberInput.suggest.heading': 'Suggest a possible At-Large candidate',
    'memberInput.suggest.intro':
      'LACRALO is looking for people and organizations who could join At-Large, especially in the countries and territories that have no At-Large Structure (ALS) yet, and for Internet service providers and network operators who would benefit from the DNSSEC training. If you know someone like that, tell us: a liaison of the Outreach and Engagement Subcommittee will contact them and invite them to teleconferences on the basics of the DNS, ICANN and At-Large.',
    'memberInput.suggest.candidateHeading': 'Who you are suggesting',
    'memberInput.suggest.kind.person': 'A person',
    'memberInput.suggest.kind.organization':
      'An organization (a possible ALS, an Internet service provider, a university…)',
    'memberInput.suggest.candidateNameHint': 'As they write it, in any alphabet.',
    'memberInput.suggest.organizationHint':
      'For a person: where they work or study, if you know it.',
    'memberInput.suggest.countryHint': 'Where they live or work.',
    'memberInput.suggest.programmeChoose': 'Choose a programme',
    'memberInput.suggest.programmeHint': 'What could they join or take part in?',
    'memberInput.suggest.whyHint':
      'What they do, and what they would bring to At-Large in their country.',
    'memberInput.suggest.contactHeading': 'How to reach them',
    'memberInput.suggest.contactIntro':
      'Give an email address, another way to reach them, or both.',
    'memberInput.suggest.eitherMarker': '(at least one of the two)',
    'memberInput.suggest.contactEmailHint':
      'Addresses in any language work, for example contacto@ejemplo.hn.',
    'memberInput.suggest.contactOtherHint':
      'A phone number, a professional profile, or “through the ALS of …”.',
    'memberInput.suggest.basis.agreed': 'They agreed that LACRALO may contact them.',
    'memberInput.suggest.basis.public-professional':
      'These are public professional contact details (for example the contact an Internet service provider publishes).',
    'memberInput.suggest.privacy.heading': 'How these details are used and kept',
    'memberInput.suggest.privacy.use':
      'A liaison uses them to contact the person or organization, invite them to LACRALO’s teleconferences and follow up.',
    'memberInput.suggest.privacy.who':
      'Only LACRALO staff and the Outreach and Engagement Subcommittee see them. They are never published or shared outside LACRALO.',
    'memberInput.suggest.privacy.keep':
      'When contacted, the person or organization is told how LACRALO got their details. They, or you, can ask LACRALO staff at any time to delete them, and they are then erased.',
    'memberInput.suggest.consent.text':
      'I confirm the permission I chose above, and I agree that LACRALO keeps this suggestion, with my name and email address, as described here.',
    'memberInput.suggest.submit': 'Send the suggestion',
    'memberInput.suggest.thanks.title': 'Suggestion received – LACRALO',
    'memberInput.suggest.thanks.heading': 'Thank you: your suggestion has been received',
    'memberInput.suggest.thanks.text':
      'A member of the Outreach and Engagement Subcommittee will review it and, if it fits, contact them as you indicated. Thank you for helping At-Large grow in the region.',
    'memberInput.suggest.thanks.again': 'Suggest someone else',
  },
  es: {
    'memberInput.site': 'Extensión de LACRALO',
    'memberInput.form.intro':
      'Los campos marcados «(opcional)» pueden quedar vacíos; todos los demás son obligatorios.',
    'memberInput.form.youHeading': 'Sus datos',
    'memberInput.form.proposerEmailHint':
      'Solo le escribiremos sobre lo que envíe aquí. Se aceptan direcciones en cualquier idioma, por ejemplo josé@correo.example.',
    'memberInput.backToForm': 'Volver al formulario',
    'memberInput.problem.tooLarge':
      'El formulario es demasiado grande para enviarlo (límite: {limit} KB), así que no se guardó nada. Acorte los campos más largos y envíelo de nuevo.',
    'memberInput.problem.rateLimited.heading': 'Espere un momento, por favor',
    'memberInput.problem.rateLimited.text':
      'Se enviaron muchos formularios desde su conexión en poco tiempo, así que este no se guardó. Espere unos minutos y envíelo de nuevo.',
    'memberInput.problem.notObject': 'envíe el formulario como un objeto con sus campos',
    'memberInput.problem.eventPast':
      'el evento ya terminó; el calendario es para eventos por venir, así que revise las fechas',
    'memberInput.publish.proposed':
      'este evento sigue siendo una propuesta de un miembro, y las propuestas nunca se publican; cuando el personal la haya revisado, cambie su estado a {confirmed} o {tentative}, o déjelo fuera de la publicación',
    'memberInput.propose.title': 'Proponer un evento para el calendario de extensión – LACRALO',
    'memberInput.propose.heading': 'Proponer un evento para el calendario de extensión',
    'memberInput.propose.intro':
      'Todos los miembros de LACRALO pueden aportar al calendario de extensión: eventos de Internet y TIC en la región, sobre todo en países y territorios sin una Estructura At-Large (ALS), y eventos regionales sobre la misión de la ICANN. El Subcomité de Extensión y Relacionamiento revisa cada propuesta y usa el calendario para planificar la extensión y los viajes CROP.',
    'memberInput.propose.eventHeading': 'El evento',
    'memberInput.propose.titleHint': 'Su nombre oficial, en su propio idioma.',
    'memberInput.propose.startDateHint':
      'Escriba las fechas como AAAA-MM-DD, por ejemplo 2026-09-14.',
    'memberInput.propose.endDateHint': 'Déjela vacía si el evento dura un solo día.',
    'memberInput.propose.cityHint': 'Déjela vacía si el evento es en línea.',
    'memberInput.propose.urlHint': 'La página del propio evento, que empieza por https://',
    'memberInput.propose.whyHint':
      'Por ejemplo: se realiza en un país sin ALS, llega a usuarios finales o a la comunidad técnica, o LACRALO podría participar como ponente.',
    'memberInput.propose.cropLabel':
      'Este evento sería adecuado para un viaje CROP (el Programa Comunitario de Extensión Regional)',
    'memberInput.propose.cropHint':
      'CROP financia algunos viajes al año para que los miembros representen a LACRALO en eventos regionales.',
    'memberInput.propose.proposerNameHint': 'Para que el subcomité sepa quién lo propuso.',
    'memberInput.propose.consent.text':
      'Acepto que LACRALO guarde mi nombre y mi correo electrónico junto con esta propuesta, para que el Subcomité de Extensión y Relacionamiento pueda consultarme sobre el evento. Nunca se publican: solo se publica el evento, si el personal lo agrega al calendario. Puedo pedir en cualquier momento al personal de LACRALO que borre mi nombre y mi correo.',
    'memberInput.propose.submit': 'Enviar la propuesta',
    'memberInput.propose.thanks.title': 'Propuesta recibida – LACRALO',
    'memberInput.propose.thanks.heading': 'Gracias: recibimos su propuesta',
    'memberInput.propose.thanks.text':
      'El Subcomité de Extensión y Relacionamiento la revisará. Si corresponde, el personal la agregará al calendario de extensión; puede que le escriban si tienen alguna pregunta.',
    'memberInput.propose.thanks.again': 'Proponer otro evento',
    'memberInput.suggest.title': 'Sugerir un posible candidato de At-Large – LACRALO',
    'memberInput.suggest.heading': 'Sugerir un posible candidato de At-Large',
    'memberInput.suggest.intro':
      'LACRALO busca personas y organizaciones que podrían unirse a At-Large, sobre todo en los países y territorios que aún no tienen una Estructura At-Large (ALS), y proveedores de servicios de Internet y operadores de red a quienes les serviría la capacitación en DNSSEC. Si conoce a alguien así, cuéntenos: un enlace del Subcomité de Extensión y Relacionamiento se pondrá en contacto y lo invitará a teleconferencias sobre los conceptos básicos del DNS, la ICANN y At-Large.',
    'memberInput.suggest.candidateHeading': 'A quién sugiere',
    'memberInput.suggest.kind.person': 'Una persona',
    'memberInput.suggest.kind.organization':
      'Una organización (una posible ALS, un proveedor de servicios de Internet, una universidad…)',
    'memberInput.suggest.candidateNameHint': 'Tal como lo escribe, en cualquier alfabeto.',
    'memberInput.suggest.organizationHint':
      'Para una persona: dónde trabaja o estudia, si lo sabe.',
    'memberInput.suggest.countryHint': 'Donde vive o trabaja.',
    'memberInput.suggest.programmeChoose': 'Elija un programa',
    'memberInput.suggest.programmeHint': '¿A qué podría unirse o en qué podría participar?',
    'memberInput.suggest.whyHint': 'A qué se dedica y qué aportaría a At-Large en su país.',
    'memberInput.suggest.contactHeading': 'Cómo contactarlos',
    'memberInput.suggest.contactIntro':
      'Indique un correo electrónico, otra forma de contacto o ambos.',
    'memberInput.suggest.eitherMarker': '(al menos uno de los dos)',
    'memberInput.suggest.contactEmailHint':
      'Se aceptan direcciones en cualquier idioma, por ejemplo contacto@ejemplo.hn.',
    'memberInput.suggest.contactOtherHint':
      'Un teléfono, un perfil profesional o «a través de la ALS de …».',
    'memberInput.suggest.basis.agreed': 'La persona u organización aceptó que LACRALO la contacte.',
    'memberInput.suggest.basis.public-professional':
      'Son datos de contacto profesionales y públicos (por ejemplo, el contacto que publica un proveedor de servicios de Internet).',
    'memberInput.suggest.privacy.heading': 'Cómo se usan y se guardan estos datos',
    'memberInput.suggest.privacy.use':
      'Un enlace los usa para contactar a la persona u organización, invitarla a las teleconferencias de LACRALO y darle seguimiento.',
    'memberInput.suggest.privacy.who':
      'Solo los ven el personal de LACRALO y el Subcomité de Extensión y Relacionamiento. Nunca se publican ni se comparten fuera de LACRALO.',
    'memberInput.suggest.privacy.keep':
      'Al contactarla, se le dice a la persona u organización cómo obtuvo LACRALO sus datos. Ella, o usted, puede pedir en cualquier momento al personal de LACRALO que los borre, y entonces se eliminan.',
    'memberInput.suggest.consent.text':
      'Confirmo el permiso que elegí arriba y acepto que LACRALO guarde esta sugerencia, con mi nombre y mi correo electrónico, tal como se describe aquí.',
    'memberInput.suggest.submit': 'Enviar la sugerencia',
    'memberInput.suggest.thanks.title': 'Sugerencia recibida – LACRALO',
    'memberInput.suggest.thanks.heading': 'Gracias: recibimos su sugerencia',
    'memberInput.suggest.thanks.text':
      'Un miembro del Subcomité de Extensión y Relacionamiento la revisará y, si corresponde, se comunicará con ellos como usted indicó. Gracias por ayudar a que At-Large crezca en la región.',
    'memberInput.suggest.thanks.again': 'Sugerir a alguien más',
  },
  pt: {
    'memberInput.site': 'Divulgação do LACRALO',
    'memberInput.form.intro':
      'Os campos marcados “(opcional)” podem ficar vazios; todos os outros são obrigatórios.',
    'memberInput.form.youHeading': 'Seus dados',
    'memberInput.form.proposerEmailHint':
      'Só escreveremos para você sobre o que enviar aqui. Endereços em qualquer idioma funcionam, por exemplo josé@correo.example.',
    'memberInput.backToForm': 'Voltar ao formulário',
    'memberInput.problem.tooLarge':
      'O formulário é grande demais para ser enviado (limite: {limit} KB), então nada foi salvo. Encurte os campos mais longos e envie-o novamente.',
    'memberInput.problem.rateLimited.heading': 'Aguarde um momento, por favor',
    'memberInput.problem.rateLimited.text':
      'Muitos formulários foram enviados da sua conexão em pouco tempo, então este não foi salvo. Aguarde alguns minutos e envie-o novamente.',
    'memberInput.problem.notObject': 'envie o formulário como um objeto com os seus campos',
    'memberInput.problem.eventPast':
      'o evento já terminou; o calendário é para eventos futuros, então confira as datas',
    'memberInput.publish.proposed':
      'este evento ainda é uma proposta de um membro, e propostas nunca são publicadas; depois que a equipe a revisar, mude o status para {confirmed} ou {tentative}, ou deixe-o fora da publicação',
    'memberInput.propose.title': 'Propor um evento para o calendário de divulgação – LACRALO',
    'memberInput.propose.heading': 'Propor um evento para o calendário de divulgação',
    'memberInput.propose.intro':
      'Todos os membros do LACRALO podem contribuir para o calendário de divulgação: eventos de Internet e TIC na região, sobretudo em países e territórios sem uma Estrutura At-Large (ALS), e eventos regionais sobre a missão da ICANN. O Subcomitê de Divulgação e Engajamento analisa cada proposta e usa o calendário para planejar a divulgação e as viagens CROP.',
    'memberInput.propose.eventHeading': 'O evento',
    'memberInput.propose.titleHint': 'O nome oficial, no idioma do próprio evento.',
    'memberInput.propose.startDateHint':
      'Escreva as datas como AAAA-MM-DD, por exemplo 2026-09-14.',
    'memberInput.propose.endDateHint': 'Deixe em branco se o evento durar um só dia.',
    'memberInput.propose.cityHint': 'Deixe em branco se o evento for on-line.',
    'memberInput.propose.urlHint': 'A página do próprio evento, começando por https://',
    'memberInput.propose.whyHint':
      'Por exemplo: acontece em um país sem ALS, alcança usuários finais ou a comunidade técnica, ou o LACRALO poderia falar lá.',
    'memberInput.propose.cropLabel':
      'Este evento seria adequado para uma viagem CROP (o Programa Comunitário de Divulgação Regional)',
    'memberInput.propose.cropHint':
      'O CROP financia algumas viagens por ano para que membros representem o LACRALO em eventos regionais.',
    'memberInput.propose.proposerNameHint': 'Para que o subcomitê saiba quem o propôs.',
    'memberInput.propose.consent.text':
      'Concordo que o LACRALO guarde meu nome e meu e-mail junto com esta proposta, para que o Subcomitê de Divulgação e Engajamento possa me consultar sobre o evento. Eles nunca são publicados: só o evento é, se a equipe o incluir no calendário. Posso pedir à equipe do LACRALO a qualquer momento que apague meu nome e meu e-mail.',
    'memberInput.propose.submit': 'Enviar a proposta',
    'memberInput.propose.thanks.title': 'Proposta recebida – LACRALO',
    'memberInput.propose.thanks.heading': 'Obrigado: recebemos a sua proposta',
    'memberInput.propose.thanks.text':
      'O Subcomitê de Divulgação e Engajamento vai analisá-la. Se for adequada, a equipe a incluirá no calendário de divulgação; talvez escrevam para você se tiverem alguma pergunta.',
    'memberInput.propose.thanks.again': 'Propor outro evento',
    'memberInput.suggest.title': 'Sugerir um possível candidato do At-Large – LACRALO',
    'memberInput.suggest.heading': 'Sugerir um possível candidato do At-Large',
    'memberInput.suggest.intro':
      'O LACRALO procura pessoas e organizações que possam se juntar ao At-Large, sobretudo nos países e territórios que ainda não têm uma Estrutura At-Large (ALS), e provedores de Internet e operadores de rede que se beneficiariam da capacitação em DNSSEC. Se você conhece alguém assim, conte para nós: um elo de ligação do Subcomitê de Divulgação e Engajamento entrará em contato e fará o convite para teleconferências sobre o básico do DNS, a ICANN e o At-Large.',
    'memberInput.suggest.candidateHeading': 'Quem você está sugerindo',
    'memberInput.suggest.kind.person': 'Uma pessoa',
    'memberInput.suggest.kind.organization':
      'Uma organização (uma possível ALS, um provedor de Internet, uma universidade…)',
    'memberInput.suggest.candidateNameHint':
      'Como a pessoa ou organização o escreve, em qualquer alfabeto.',
    'memberInput.suggest.organizationHint':
      'Para uma pessoa: onde trabalha ou estuda, se você souber.',
    'memberInput.suggest.countryHint': 'Onde mora ou trabalha.',
    'memberInput.suggest.programmeChoose': 'Escolha um programa',
    'memberInput.suggest.programmeHint': 'Do que poderia fazer parte ou participar?',
    'memberInput.suggest.whyHint': 'O que faz e o que traria ao At-Large no seu país.',
    'memberInput.suggest.contactHeading': 'Como entrar em contato',
    'memberInput.suggest.contactIntro': 'Informe um e-mail, outra forma de contato ou ambos.',
    'memberInput.suggest.eitherMarker': '(pelo menos um dos dois)',
    'memberInput.suggest.contactEmailHint':
      'Endereços em qualquer idioma funcionam, por exemplo contacto@ejemplo.hn.',
    'memberInput.suggest.contactOtherHint':
      'Um telefone, um perfil profissional ou “por meio da ALS de …”.',
    'memberInput.suggest.basis.agreed':
      'A pessoa ou organização concordou que o LACRALO entre em contato.',
    'memberInput.suggest.basis.public-professional':
      'São dados de contato profissionais e públicos (por exemplo, o contato que um provedor de Internet publica).',
    'memberInput.suggest.privacy.heading': 'Como estes dados são usados e guardados',
    'memberInput.suggest.privacy.use':
      'Um elo de ligação os usa para entrar em contato com a pessoa ou organização, convidá-la para as teleconferências do LACRALO e acompanhar o contato.',
    'memberInput.suggest.privacy.who':
      'Só a equipe do LACRALO e o Subcomitê de Divulgação e Engajamento os veem. Eles nunca são publicados nem compartilhados fora do LACRALO.',
    'memberInput.suggest.privacy.keep':
      'No contato, a pessoa ou organização fica sabendo como o LACRALO obteve seus dados. Ela, ou você, pode pedir à equipe do LACRALO a qualquer momento que os apague, e eles são então excluídos.',
    'memberInput.suggest.consent.text':
      'Confirmo a permissão que escolhi acima e concordo que o LACRALO guarde esta sugestão, com meu nome e meu e-mail, como descrito aqui.',
    'memberInput.suggest.submit': 'Enviar a sugestão',
    'memberInput.suggest.thanks.title': 'Sugestão recebida – LACRALO',
    'memberInput.suggest.thanks.heading': 'Obrigado: recebemos a sua sugestão',
    'memberInput.suggest.thanks.text':
      'Um membro do Subcomitê de Divulgação e Engajamento vai analisá-la e, se for adequada, entrará em contato como você indicou. Obrigado por ajudar o At-Large a crescer na região.',
    'memberInput.suggest.thanks.again': 'Sugerir outra pessoa ou organização',
  },
  fr: {
    'memberInput.site': 'Sensibilisation LACRALO',
    'memberInput.form.intro':
      'Les champs marqués « (facultatif) » peuvent rester vides ; tous les autres sont obligatoires.',
    'memberInput.form.youHeading': 'Vos coordonnées',
    'memberInput.form.proposerEmailHint':
      'Nous ne vous écrirons qu’au sujet de ce que vous envoyez ici. Les adresses dans toutes les langues fonctionnent, par exemple josé@correo.example.',
    'memberInput.backToForm': 'Retour au formulaire',
    'memberInput.problem.tooLarge':
      'Le formulaire est trop volumineux pour être envoyé (limite : {limit} Ko) ; rien n’a été enregistré. Raccourcissez les champs les plus longs et renvoyez-le.',
    'memberInput.problem.rateLimited.heading': 'Veuillez patienter un instant',
    'memberInput.problem.rateLimited.text':
      'De nombreux formulaires ont été envoyés depuis votre connexion en peu de temps ; celui-ci n’a donc pas été enregistré. Attendez quelques minutes et renvoyez-le.',
    'memberInput.problem.notObject':
      'envoyez le formulaire sous forme d’objet contenant ses champs',
    'memberInput.problem.eventPast':
      'l’événement est déjà terminé ; le calendrier est réservé aux événements à venir, vérifiez donc les dates',
    'memberInput.publish.proposed':
      'cet événement n’est encore qu’une proposition d’un membre, et les propositions ne sont jamais publiées ; une fois qu’elle a été examinée, passez son statut à {confirmed} ou {tentative}, ou laissez-le hors de la publication',
    'memberInput.propose.title':
      'Proposer un événement pour le calendrier de sensibilisation – LACRALO',
    'memberInput.propose.heading': 'Proposer un événement pour le calendrier de sensibilisation',
    'memberInput.propose.intro':
      'Tous les membres de LACRALO peuvent contribuer au calendrier de sensibilisation : événements Internet et TIC de la région, en particulier dans les pays et territoires sans structure At-Large (ALS), et événements régionaux liés à la mission de l’ICANN. Le sous-comité Sensibilisation et engagement examine chaque proposition et se sert du calendrier pour planifier la sensibilisation et les voyages CROP.',
    'memberInput.propose.eventHeading': 'L’événement',
    'memberInput.propose.titleHint': 'Son nom officiel, dans sa propre langue.',
    'memberInput.propose.startDateHint':
      'Écrivez les dates sous la forme AAAA-MM-JJ, par exemple 2026-09-14.',
    'memberInput.propose.endDateHint': 'Laissez-la vide pour un événement d’une seule journée.',
    'memberInput.propose.cityHint': 'Laissez-la vide pour un événement en ligne.',
    'memberInput.propose.urlHint': 'La page de l’événement lui-même, commençant par https://',
    'memberInput.propose.whyHint':
      'Par exemple : il a lieu dans un pays sans ALS, il touche les utilisateurs finaux ou la communauté technique, ou LACRALO pourrait y prendre la parole.',
    'memberInput.propose.cropLabel':
      'Cet événement conviendrait à un voyage CROP (le Programme communautaire de sensibilisation régionale)',
    'memberInput.propose.cropHint':
      'Le CROP finance quelques voyages par an pour que des membres représentent LACRALO lors d’événements régionaux.',
    'memberInput.propose.proposerNameHint': 'Pour que le sous-comité sache qui l’a proposé.',
    'memberInput.propose.consent.text':
      'J’accepte que LACRALO conserve mon nom et mon adresse e-mail avec cette proposition, afin que le sous-comité Sensibilisation et engagement puisse me poser des questions sur l’événement. Ils ne sont jamais publiés : seul l’événement l’est, si l’équipe l’ajoute au calendrier. Je peux demander à tout moment à l’équipe de LACRALO d’effacer mon nom et mon adresse e-mail.',
    'memberInput.propose.submit': 'Envoyer la proposition',
    'memberInput.propose.thanks.title': 'Proposition reçue – LACRALO',
    'memberInput.propose.thanks.heading': 'Merci : votre proposition a bien été reçue',
    'memberInput.propose.thanks.text':
      'Le sous-comité Sensibilisation et engagement va l’examiner. Si elle convient, l’équipe l’ajoutera au calendrier de sensibilisation ; elle pourra vous écrire si elle a une question.',
    'memberInput.propose.thanks.again': 'Proposer un autre événement',
    'memberInput.suggest.title': 'Suggérer un candidat possible pour At-Large – LACRALO',
    'memberInput.suggest.heading': 'Suggérer un candidat possible pour At-Large',
    'memberInput.suggest.intro':
      'LACRALO recherche des personnes et des organisations qui pourraient rejoindre At-Large, en particulier dans les pays et territoires qui n’ont pas encore de structure At-Large (ALS), ainsi que des fournisseurs d’accès à Internet et des opérateurs de réseau à qui la formation DNSSEC serait utile. Si vous en connaissez, dites-le-nous : un agent de liaison du sous-comité Sensibilisation et engagement les contactera et les invitera à des téléconférences sur les bases du DNS, l’ICANN et At-Large.',
    'memberInput.suggest.candidateHeading': 'Qui vous suggérez',
    'memberInput.suggest.kind.person': 'Une personne',
    'memberInput.suggest.kind.organization':
      'Une organisation (une future ALS, un fournisseur d’accès à Internet, une université…)',
    'memberInput.suggest.candidateNameHint': 'Tel qu’il s’écrit, dans n’importe quel alphabet.',
    'memberInput.suggest.organizationHint':
      'Pour une personne : là où elle travaille ou étudie, si vous le savez.',
    'memberInput.suggest.countryHint': 'Là où elle vit ou travaille.',
    'memberInput.suggest.programmeChoose': 'Choisissez un programme',
    'memberInput.suggest.programmeHint': 'À quoi pourrait-elle adhérer ou participer ?',
    'memberInput.suggest.whyHint':
      'Ce qu’elle fait, et ce qu’elle apporterait à At-Large dans son pays.',
    'memberInput.suggest.contactHeading': 'Comment la joindre',
    'memberInput.suggest.contactIntro':
      'Indiquez une adresse e-mail, un autre moyen de contact, ou les deux.',
    'memberInput.suggest.eitherMarker': '(au moins l’un des deux)',
    'memberInput.suggest.contactEmailHint':
      'Les adresses dans toutes les langues fonctionnent, par exemple contacto@ejemplo.hn.',
    'memberInput.suggest.contactOtherHint':
      'Un numéro de téléphone, un profil professionnel ou « par l’ALS de … ».',
    'memberInput.suggest.basis.agreed':
      'La personne ou l’organisation a accepté que LACRALO la contacte.',
    'memberInput.suggest.basis.public-professional':
      'Ce sont des coordonnées professionnelles publiques (par exemple le contact que publie un fournisseur d’accès à Internet).',
    'memberInput.suggest.privacy.heading': 'Comment ces données sont utilisées et conservées',
    'memberInput.suggest.privacy.use':
      'Un agent de liaison s’en sert pour contacter la personne ou l’organisation, l’inviter aux téléconférences de LACRALO et assurer le suivi.',
    'memberInput.suggest.privacy.who':
      'Seuls l’équipe de LACRALO et le sous-comité Sensibilisation et engagement les voient. Elles ne sont jamais publiées ni communiquées en dehors de LACRALO.',
    'memberInput.suggest.privacy.keep':
      'Lors du contact, la personne ou l’organisation apprend comment LACRALO a obtenu ses coordonnées. Elle, ou vous, pouvez demander à tout moment à l’équipe de LACRALO de les supprimer ; elles sont alors effacées.',
    'memberInput.suggest.consent.text':
      'Je confirme l’autorisation choisie ci-dessus et j’accepte que LACRALO conserve cette suggestion, avec mon nom et mon adresse e-mail, comme décrit ici.',
    'memberInput.suggest.submit': 'Envoyer la suggestion',
    'memberInput.suggest.thanks.title': 'Suggestion reçue – LACRALO',
    'memberInput.suggest.thanks.heading': 'Merci : votre suggestion a bien été reçue',
    'memberInput.suggest.thanks.text':
      'Un membre du sous-comité Sensibilisation et engagement va l’examiner et, si elle convient, prendra contact comme vous l’avez indiqué. Merci d’aider At-Large à grandir dans la région.',
    'memberInput.suggest.thanks.again': 'Suggérer quelqu’un d’autre',
  },
})
