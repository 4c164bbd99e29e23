// Messages of the webinar pages: the public list, registration form, confirmation and cancellation.
import { defineMessages } from '../define-messages'

export const webinarPageMessages = defineMessages({
  en: {
    'webinarPage.site': 'LACRALO webinars',
    'webinarPage.languageSwitcher': 'Language',
    'webinarPage.skipLink': 'Skip to content',
    'webinarPage.onlyIn': '(in {language})',
    'webinarPage.backToList': 'All webinars',
    'webinarPage.list.title': 'Capacity-building webinars – LACRALO',
    'webinarPage.list.heading': 'Capacity-building webinars',
    'webinarPage.list.intro':
      'LACRALO, ICANN’s At-Large organization for Latin America and the Caribbean, offers free webinars for its members, university students and anyone who wants to learn how the Internet’s names and numbers are run. Choose a webinar to register.',
    'webinarPage.list.empty':
      'No webinar is open for registration right now. Please come back soon: LACRALO holds six webinars a year.',
    'webinarPage.list.register': 'Register',
    'webinarPage.list.registerFor': 'Register for {title}',
    'webinarPage.list.joinWaitlist': 'Join the waiting list',
    'webinarPage.list.joinWaitlistFor': 'Join the waiting list for {title}',
    'webinarPage.list.details': 'Details',
    'webinarPage.list.detailsFor': 'Details of {title}',
    'webinarPage.seats.one': '{count} seat left',
    'webinarPage.seats.other': '{count} seats left',
    'webinarPage.seats.full': 'Full: waiting list open',
    'webinarPage.window.opens': 'Registration opens {date}',
    'webinarPage.window.closes': 'Registration closes {date}',
    'webinarPage.window.closed': 'Registration is closed',
    'webinarPage.when': 'When',
    'webinarPage.form.heading': 'Register',
    'webinarPage.form.intro':
      'Registration is free. Every field is required except your organization.',
    'webinarPage.form.fullNotice':
      'This webinar is full. You can still join the waiting list: if a seat frees up, it goes to the next person on the list.',
    'webinarPage.form.notYetOpen':
      'Registration for this webinar opens {date}. Please come back then.',
    'webinarPage.form.optional': '(optional)',
    'webinarPage.field.name': 'Full name',
    'webinarPage.field.nameHint': 'As you want it on your certificate, in any alphabet.',
    'webinarPage.field.email': 'Email address',
    'webinarPage.field.emailHint':
      'Addresses in any language work, for example josé@correo.example.',
    'webinarPage.field.country': 'Country or territory where you live',
    'webinarPage.field.countryChoose': 'Choose a country or territory',
    'webinarPage.field.countryOther': 'Other (outside Latin America and the Caribbean)',
    'webinarPage.field.affiliation': 'Organization, university or ALS',
    'webinarPage.field.affiliationHint':
      'Start typing to see LACRALO’s At-Large Structures (ALS), or write any other name.',
    'webinarPage.field.language': 'Your preferred language',
    'webinarPage.field.languageHint': 'The language we will write to you in.',
    'webinarPage.field.honeypot': 'Leave this field empty',
    'webinarPage.consent.legend': 'Your consent',
    'webinarPage.form.submit': 'Register',
    'webinarPage.form.submitWaitlist': 'Join the waiting list',
    'webinarPage.form.turnstile': 'Security check',
    'webinarPage.errors.heading': 'Please check the form',
    'webinarPage.errors.intro': 'Nothing has been saved yet. Please correct:',
    'webinarPage.duplicate.heading': 'You are already on the list',
    'webinarPage.duplicate.text':
      'This email address is already registered for this webinar, so there is nothing more to do. If you have lost your confirmation page, please write to LACRALO staff.',
    'webinarPage.confirmation.title': 'Your registration – {title}',
    'webinarPage.confirmation.registered': 'You are registered',
    'webinarPage.confirmation.registeredText':
      'Your seat for “{title}” is booked. Before the webinar, staff will send the link to join to the email address you gave.',
    'webinarPage.confirmation.waitlisted': 'You are on the waiting list',
    'webinarPage.confirmation.waitlistedText':
      'The webinar is full for now. If someone cancels, the first person on the waiting list gets the seat. This page will then show you as registered, and you will receive the link to join like everyone else. Nothing else is needed from you.',
    'webinarPage.confirmation.cancelled': 'This registration is cancelled',
    'webinarPage.confirmation.cancelledText':
      'You can register again while registration for this webinar is open.',
    'webinarPage.confirmation.keep':
      'Keep this page in your bookmarks: its address is private and is the only way to review or cancel your registration. Do not share it.',
    'webinarPage.confirmation.whenIn': 'In {zone}',
    'webinarPage.confirmation.inUtc': 'In UTC (Coordinated Universal Time)',
    'webinarPage.confirmation.zoneLabel': 'Show the time in',
    'webinarPage.confirmation.zoneSubmit': 'Show',
    'webinarPage.confirmation.addHeading': 'Add it to your calendar',
    'webinarPage.confirmation.ics': 'Download for any calendar (.ics)',
    'webinarPage.confirmation.google': 'Add to Google Calendar',
    'webinarPage.confirmation.cancelHeading': 'Can’t attend?',
    'webinarPage.confirmation.cancelText':
      'Please cancel so that your seat can go to someone on the waiting list.',
    'webinarPage.confirmation.cancelLink': 'Cancel my registration',
    'webinarPage.confirmation.leaveHeading': 'Changed your plans?',
    'webinarPage.confirmation.leaveText':
      'If you no longer wish to attend, please leave the waiting list so that the next person moves up.',
    'webinarPage.confirmation.leaveLink': 'Leave the waiting list',
    'webinarPage.cancel.headingWaitlisted': 'Leave the waiting list?',
    'webinarPage.cancel.textWaitlisted':
      'You are about to leave the waiting list for “{title}” ({date}).',
    'webinarPage.cancel.confirmWaitlisted': 'Yes, leave the waiting list',
    'webinarPage.zone.utc': 'UTC (Coordinated Universal Time)',
    'webinarPage.zone.option': '{country} – {city} ({offset})',
    'webinarPage.cancel.title': 'Cancel your registration – {title}',
    'webinarPage.cancel.heading': 'Cancel your registration?',
    'webinarPage.cancel.text':
      'You are about to cancel your registration for “{title}” ({date}). Your seat will go to the first person on the waiting list.',
    'webinarPage.cancel.confirm': 'Yes, cancel my registration',
    'webinarPage.cancel.keep': 'No, keep my registration',
    'webinarPage.cancelled.title': 'Registration cancelled',
    'webinarPage.cancelled.heading': 'Your registration is cancelled',
    'webinarPage.cancelled.text':
      'Thank you for letting us know. If you held a seat, it now goes to the next person on the waiting list. You can register again while registration is open.',
    'webinarPage.problem.notFound.heading': 'Webinar not found',
    'webinarPage.problem.notFound.text':
      'There is no webinar at this address. It may have been renamed or removed; the list of webinars has the current ones.',
    'webinarPage.problem.closed.heading': 'Registration is closed',
    'webinarPage.problem.closed.text':
      'Registration for “{title}” has closed, and no new registrations are accepted. The list of webinars shows the ones still open.',
    'webinarPage.problem.badToken.heading': 'This link does not work',
    'webinarPage.problem.badToken.text':
      'This registration link is not valid, or the registration was removed. Please check that you copied the whole address.',
    'webinarPage.problem.rateLimited.heading': 'Please wait a moment',
    'webinarPage.problem.rateLimited.text':
      'Many registrations have been sent from your connection in a short time, so this one was not saved. Please wait a few minutes and send the form again.',
    'webinarPage.problem.badForm.heading': 'Form not readable',
    'webinarPage.problem.badForm.text':
      'The form arrived damaged or in a format we do not accept, so nothing was saved. Please go back to the form and send it again.',
    'webinarPage.problem.crossSite.heading': 'Form not accepted',
    'webinarPage.problem.crossSite.text':
      'For your security, this form was refused because it was sent from another website, not from this page. Nothing was saved or changed. Please open the page again at {origin} and send the form from there.',
  },
  es: {
    'webinarPage.site': 'Webinars de LACRALO',
    'webinarPage.languageSwitcher': 'Idioma',
    'webinarPage.skipLink': 'Saltar al contenido',
    'webinarPage.onlyIn': '(en {language})',
    'webinarPage.backToList': 'Todos los webinars',
    'webinarPage.list.title': 'Webinars de fortalecimiento de capacidades – LACRALO',
    'webinarPage.list.heading': 'Webinars de fortalecimiento de capacidades',
    'webinarPage.list.intro':
      'LACRALO, la organización At-Large de la ICANN para América Latina y el Caribe, ofrece webinars gratuitos para sus miembros, estudiantes universitarios y cualquier persona que quiera aprender cómo se gestionan los nombres y números de Internet. Elija un webinar para inscribirse.',
    'webinarPage.list.empty':
      'Por ahora no hay ningún webinar con inscripciones abiertas. Vuelva pronto: LACRALO organiza seis webinars al año.',
    'webinarPage.list.register': 'Inscribirse',
    'webinarPage.list.registerFor': 'Inscribirse en {title}',
    'webinarPage.list.joinWaitlist': 'Anotarse en la lista de espera',
    'webinarPage.list.joinWaitlistFor': 'Anotarse en la lista de espera de {title}',
    'webinarPage.list.details': 'Detalles',
    'webinarPage.list.detailsFor': 'Detalles de {title}',
    'webinarPage.seats.one': 'Queda {count} lugar',
    'webinarPage.seats.other': 'Quedan {count} lugares',
    'webinarPage.seats.full': 'Completo: lista de espera abierta',
    'webinarPage.window.opens': 'Las inscripciones abren el {date}',
    'webinarPage.window.closes': 'Las inscripciones cierran el {date}',
    'webinarPage.window.closed': 'Las inscripciones están cerradas',
    'webinarPage.when': 'Cuándo',
    'webinarPage.form.heading': 'Inscripción',
    'webinarPage.form.intro':
      'La inscripción es gratuita. Todos los campos son obligatorios, salvo su organización.',
    'webinarPage.form.fullNotice':
      'Este webinar está completo. Aún puede anotarse en la lista de espera: si se libera un lugar, pasa a la siguiente persona de la lista.',
    'webinarPage.form.notYetOpen':
      'Las inscripciones para este webinar abren el {date}. Vuelva a partir de esa fecha.',
    'webinarPage.form.optional': '(opcional)',
    'webinarPage.field.name': 'Nombre completo',
    'webinarPage.field.nameHint':
      'Tal como quiere que figure en su certificado, en cualquier alfabeto.',
    'webinarPage.field.email': 'Correo electrónico',
    'webinarPage.field.emailHint':
      'Se aceptan direcciones en cualquier idioma, por ejemplo josé@correo.example.',
    'webinarPage.field.country': 'País o territorio donde vive',
    'webinarPage.field.countryChoose': 'Elija un país o territorio',
    'webinarPage.field.countryOther': 'Otro (fuera de América Latina y el Caribe)',
    'webinarPage.field.affiliation': 'Organización, universidad o ALS',
    'webinarPage.field.affiliationHint':
      'Empiece a escribir para ver las Estructuras At-Large (ALS) de LACRALO, o escriba cualquier otro nombre.',
    'webinarPage.field.language': 'Su idioma preferido',
    'webinarPage.field.languageHint': 'El idioma en el que le escribiremos.',
    'webinarPage.field.honeypot': 'Deje este campo vacío',
    'webinarPage.consent.legend': 'Su consentimiento',
    'webinarPage.form.submit': 'Inscribirme',
    'webinarPage.form.submitWaitlist': 'Anotarme en la lista de espera',
    'webinarPage.form.turnstile': 'Verificación de seguridad',
    'webinarPage.errors.heading': 'Revise el formulario',
    'webinarPage.errors.intro': 'Todavía no se guardó nada. Corrija lo siguiente:',
    'webinarPage.duplicate.heading': 'Ya está en la lista',
    'webinarPage.duplicate.text':
      'Esta dirección de correo ya está inscrita en este webinar, así que no hace falta hacer nada más. Si perdió su página de confirmación, escriba al personal de LACRALO.',
    'webinarPage.confirmation.title': 'Su inscripción – {title}',
    'webinarPage.confirmation.registered': 'Su inscripción está confirmada',
    'webinarPage.confirmation.registeredText':
      'Su lugar en «{title}» está reservado. Antes del webinar, el personal enviará el enlace para participar a la dirección de correo que indicó.',
    'webinarPage.confirmation.waitlisted': 'Está en la lista de espera',
    'webinarPage.confirmation.waitlistedText':
      'Por ahora el webinar está completo. Si alguien cancela, la primera persona de la lista de espera obtiene el lugar. Esta página mostrará entonces que está inscrito o inscrita, y recibirá el enlace para participar como todos. No necesita hacer nada más.',
    'webinarPage.confirmation.cancelled': 'Esta inscripción está cancelada',
    'webinarPage.confirmation.cancelledText':
      'Puede volver a inscribirse mientras las inscripciones de este webinar estén abiertas.',
    'webinarPage.confirmation.keep':
      'Guarde esta página en sus marcadores: su dirección es privada y es la única forma de consultar o cancelar su inscripción. No la comparta.',
    'webinarPage.confirmation.whenIn': 'En {zone}',
    'webinarPage.confirmation.inUtc': 'En UTC (tiempo universal coordinado)',
    'webinarPage.confirmation.zoneLabel': 'Mostrar la hora en',
    'webinarPage.confirmation.zoneSubmit': 'Mostrar',
    'webinarPage.confirmation.addHeading': 'Agréguelo a su calendario',
    'webinarPage.confirmation.ics': 'Descargar para cualquier calendario (.ics)',
    'webinarPage.confirmation.google': 'Agregar a Google Calendar',
    'webinarPage.confirmation.cancelHeading': '¿No puede asistir?',
    'webinarPage.confirmation.cancelText':
      'Cancele su inscripción para que su lugar pase a alguien de la lista de espera.',
    'webinarPage.confirmation.cancelLink': 'Cancelar mi inscripción',
    'webinarPage.confirmation.leaveHeading': '¿Cambió de planes?',
    'webinarPage.confirmation.leaveText':
      'Si ya no desea asistir, salga de la lista de espera para que avance la siguiente persona.',
    'webinarPage.confirmation.leaveLink': 'Salir de la lista de espera',
    'webinarPage.cancel.headingWaitlisted': '¿Salir de la lista de espera?',
    'webinarPage.cancel.textWaitlisted':
      'Está por salir de la lista de espera de «{title}» ({date}).',
    'webinarPage.cancel.confirmWaitlisted': 'Sí, salir de la lista de espera',
    'webinarPage.zone.utc': 'UTC (tiempo universal coordinado)',
    'webinarPage.zone.option': '{country} – {city} ({offset})',
    'webinarPage.cancel.title': 'Cancelar su inscripción – {title}',
    'webinarPage.cancel.heading': '¿Cancelar su inscripción?',
    'webinarPage.cancel.text':
      'Está por cancelar su inscripción en «{title}» ({date}). Su lugar pasará a la primera persona de la lista de espera.',
    'webinarPage.cancel.confirm': 'Sí, cancelar mi inscripción',
    'webinarPage.cancel.keep': 'No, mantener mi inscripción',
    'webinarPage.cancelled.title': 'Inscripción cancelada',
    'webinarPage.cancelled.heading': 'Su inscripción está cancelada',
    'webinarPage.cancelled.text':
      'Gracias por avisarnos. Si tenía un lugar, ahora pasa a la siguiente persona de la lista de espera. Puede volver a inscribirse mientras las inscripciones estén abiertas.',
    'webinarPage.problem.notFound.heading': 'No encontramos el webinar',
    'webinarPage.problem.notFound.text':
      'No hay ningún webinar en esta dirección. Puede que haya cambiado de nombre o se haya retirado; la lista de webinars muestra los actuales.',
    'webinarPage.problem.closed.heading': 'Las inscripciones están cerradas',
    'webinarPage.problem.closed.text':
      'Las inscripciones para «{title}» ya cerraron y no se aceptan nuevas inscripciones. La lista de webinars muestra los que siguen abiertos.',
    'webinarPage.problem.badToken.heading': 'Este enlace no funciona',
    'webinarPage.problem.badToken.text':
      'Este enlace de inscripción no es válido o la inscripción se eliminó. Verifique que copió la dirección completa.',
    'webinarPage.problem.rateLimited.heading': 'Espere un momento',
    'webinarPage.problem.rateLimited.text':
      'Se enviaron muchas inscripciones desde su conexión en poco tiempo, así que esta no se guardó. Espere unos minutos y vuelva a enviar el formulario.',
    'webinarPage.problem.badForm.heading': 'No pudimos leer el formulario',
    'webinarPage.problem.badForm.text':
      'El formulario llegó dañado o en un formato que no aceptamos, así que no se guardó nada. Vuelva al formulario y envíelo de nuevo.',
    'webinarPage.problem.crossSite.heading': 'Formulario no aceptado',
    'webinarPage.problem.crossSite.text':
      'Por su seguridad, este formulario se rechazó porque se envió desde otro sitio web y no desde esta página. No se guardó ni se cambió nada. Abra otra vez la página en {origin} y envíe el formulario desde allí.',
  },
  pt: {
    'webinarPage.site': 'Webinars da LACRALO',
    'webinarPage.languageSwitcher': 'Idioma',
    'webinarPage.skipLink': 'Pular para o conteúdo',
    'webinarPage.onlyIn': '(em {language})',
    'webinarPage.backToList': 'Todos os webinars',
    'webinarPage.list.title': 'Webinars de capacitação – LACRALO',
    'webinarPage.list.heading': 'Webinars de capacitação',
    'webinarPage.list.intro':
      'A LACRALO, organização At-Large da ICANN para a América Latina e o Caribe, oferece webinars gratuitos para seus membros, estudantes universitários e qualquer pessoa que queira aprender como são administrados os nomes e números da Internet. Escolha um webinar para se inscrever.',
    'webinarPage.list.empty':
      'No momento, nenhum webinar está com inscrições abertas. Volte em breve: a LACRALO realiza seis webinars por ano.',
    'webinarPage.list.register': 'Inscrever-se',
    'webinarPage.list.registerFor': 'Inscrever-se em {title}',
    'webinarPage.list.joinWaitlist': 'Entrar na lista de espera',
    'webinarPage.list.joinWaitlistFor': 'Entrar na lista de espera de {title}',
    'webinarPage.list.details': 'Detalhes',
    'webinarPage.list.detailsFor': 'Detalhes de {title}',
    'webinarPage.seats.one': 'Resta {count} vaga',
    'webinarPage.seats.other': 'Restam {count} vagas',
    'webinarPage.seats.full': 'Lotado: lista de espera aberta',
    'webinarPage.window.opens': 'As inscrições abrem em {date}',
    'webinarPage.window.closes': 'As inscrições encerram em {date}',
    'webinarPage.window.closed': 'As inscrições estão encerradas',
    'webinarPage.when': 'Quando',
    'webinarPage.form.heading': 'Inscrição',
    'webinarPage.form.intro':
      'A inscrição é gratuita. Todos os campos são obrigatórios, exceto a sua organização.',
    'webinarPage.form.fullNotice':
      'Este webinar está lotado. Você ainda pode entrar na lista de espera: se uma vaga for liberada, ela vai para a próxima pessoa da lista.',
    'webinarPage.form.notYetOpen':
      'As inscrições para este webinar abrem em {date}. Volte a partir dessa data.',
    'webinarPage.form.optional': '(opcional)',
    'webinarPage.field.name': 'Nome completo',
    'webinarPage.field.nameHint':
      'Como você quer que apareça no seu certificado, em qualquer alfabeto.',
    'webinarPage.field.email': 'E-mail',
    'webinarPage.field.emailHint':
      'Endereços em qualquer idioma são aceitos, por exemplo josé@correo.example.',
    'webinarPage.field.country': 'País ou território onde você mora',
    'webinarPage.field.countryChoose': 'Escolha um país ou território',
    'webinarPage.field.countryOther': 'Outro (fora da América Latina e do Caribe)',
    'webinarPage.field.affiliation': 'Organização, universidade ou ALS',
    'webinarPage.field.affiliationHint':
      'Comece a digitar para ver as Estruturas At-Large (ALS) da LACRALO, ou escreva qualquer outro nome.',
    'webinarPage.field.language': 'Seu idioma preferido',
    'webinarPage.field.languageHint': 'O idioma em que vamos escrever para você.',
    'webinarPage.field.honeypot': 'Deixe este campo vazio',
    'webinarPage.consent.legend': 'Seu consentimento',
    'webinarPage.form.submit': 'Inscrever-me',
    'webinarPage.form.submitWaitlist': 'Entrar na lista de espera',
    'webinarPage.form.turnstile': 'Verificação de segurança',
    'webinarPage.errors.heading': 'Revise o formulário',
    'webinarPage.errors.intro': 'Nada foi salvo ainda. Corrija o seguinte:',
    'webinarPage.duplicate.heading': 'Você já está na lista',
    'webinarPage.duplicate.text':
      'Este e-mail já está inscrito neste webinar, então não é preciso fazer mais nada. Se você perdeu sua página de confirmação, escreva para a equipe da LACRALO.',
    'webinarPage.confirmation.title': 'Sua inscrição – {title}',
    'webinarPage.confirmation.registered': 'Sua inscrição está confirmada',
    'webinarPage.confirmation.registeredText':
      'Sua vaga em “{title}” está reservada. Antes do webinar, a equipe enviará o link para participar ao e-mail que você informou.',
    'webinarPage.confirmation.waitlisted': 'Você está na lista de espera',
    'webinarPage.confirmation.waitlistedText':
      'Por enquanto o webinar está lotado. Se alguém cancelar, a primeira pessoa da lista de espera fica com a vaga. Esta página passará então a mostrar sua inscrição confirmada, e você receberá o link para participar como todos. Você não precisa fazer mais nada.',
    'webinarPage.confirmation.cancelled': 'Esta inscrição está cancelada',
    'webinarPage.confirmation.cancelledText':
      'Você pode se inscrever novamente enquanto as inscrições deste webinar estiverem abertas.',
    'webinarPage.confirmation.keep':
      'Guarde esta página nos seus favoritos: o endereço dela é privado e é a única forma de consultar ou cancelar sua inscrição. Não o compartilhe.',
    'webinarPage.confirmation.whenIn': 'No fuso {zone}',
    'webinarPage.confirmation.inUtc': 'Em UTC (Tempo Universal Coordenado)',
    'webinarPage.confirmation.zoneLabel': 'Mostrar o horário em',
    'webinarPage.confirmation.zoneSubmit': 'Mostrar',
    'webinarPage.confirmation.addHeading': 'Adicione à sua agenda',
    'webinarPage.confirmation.ics': 'Baixar para qualquer agenda (.ics)',
    'webinarPage.confirmation.google': 'Adicionar ao Google Agenda',
    'webinarPage.confirmation.cancelHeading': 'Não vai poder participar?',
    'webinarPage.confirmation.cancelText':
      'Cancele sua inscrição para que sua vaga vá para alguém da lista de espera.',
    'webinarPage.confirmation.cancelLink': 'Cancelar minha inscrição',
    'webinarPage.confirmation.leaveHeading': 'Mudou de planos?',
    'webinarPage.confirmation.leaveText':
      'Se você não quiser mais participar, saia da lista de espera para que a próxima pessoa avance.',
    'webinarPage.confirmation.leaveLink': 'Sair da lista de espera',
    'webinarPage.cancel.headingWaitlisted': 'Sair da lista de espera?',
    'webinarPage.cancel.textWaitlisted':
      'Você está prestes a sair da lista de espera de “{title}” ({date}).',
    'webinarPage.cancel.confirmWaitlisted': 'Sim, sair da lista de espera',
    'webinarPage.zone.utc': 'UTC (Tempo Universal Coordenado)',
    'webinarPage.zone.option': '{country} – {city} ({offset})',
    'webinarPage.cancel.title': 'Cancelar sua inscrição – {title}',
    'webinarPage.cancel.heading': 'Cancelar sua inscrição?',
    'webinarPage.cancel.text':
      'Você está prestes a cancelar sua inscrição em “{title}” ({date}). Sua vaga irá para a primeira pessoa da lista de espera.',
    'webinarPage.cancel.confirm': 'Sim, cancelar minha inscrição',
    'webinarPage.cancel.keep': 'Não, manter minha inscrição',
    'webinarPage.cancelled.title': 'Inscrição cancelada',
    'webinarPage.cancelled.heading': 'Sua inscrição foi cancelada',
    'webinarPage.cancelled.text':
      'Obrigado por nos avisar. Se você tinha uma vaga, ela agora vai para a próxima pessoa da lista de espera. Você pode se inscrever novamente enquanto as inscrições estiverem abertas.',
    'webinarPage.problem.notFound.heading': 'Webinar não encontrado',
    'webinarPage.problem.notFound.text':
      'Não há nenhum webinar neste endereço. Ele pode ter sido renomeado ou removido; a lista de webinars mostra os atuais.',
    'webinarPage.problem.closed.heading': 'As inscrições estão encerradas',
    'webinarPage.problem.closed.text':
      'As inscrições para “{title}” foram encerradas e não são aceitas novas inscrições. A lista de webinars mostra os que ainda estão abertos.',
    'webinarPage.problem.badToken.heading': 'Este link não funciona',
    'webinarPage.problem.badToken.text':
      'Este link de inscrição não é válido ou a inscrição foi removida. Verifique se você copiou o endereço completo.',
    'webinarPage.problem.rateLimited.heading': 'Aguarde um momento',
    'webinarPage.problem.rateLimited.text':
      'Muitas inscrições foram enviadas da sua conexão em pouco tempo, por isso esta não foi salva. Aguarde alguns minutos e envie o formulário novamente.',
    'webinarPage.problem.badForm.heading': 'Não foi possível ler o formulário',
    'webinarPage.problem.badForm.text':
      'O formulário chegou danificado ou num formato que não aceitamos, por isso nada foi salvo. Volte ao formulário e envie-o novamente.',
    'webinarPage.problem.crossSite.heading': 'Formulário não aceito',
    'webinarPage.problem.crossSite.text':
      'Para sua segurança, este formulário foi recusado porque foi enviado de outro site, e não desta página. Nada foi salvo nem alterado. Abra a página novamente em {origin} e envie o formulário de lá.',
  },
  fr: {
    'webinarPage.site': 'Webinaires de LACRALO',
    'webinarPage.languageSwitcher': 'Langue',
    'webinarPage.skipLink': 'Aller au contenu',
    'webinarPage.onlyIn': '(en {language})',
    'webinarPage.backToList': 'Tous les webinaires',
    'webinarPage.list.title': 'Webinaires de renforcement des capacités – LACRALO',
    'webinarPage.list.heading': 'Webinaires de renforcement des capacités',
    'webinarPage.list.intro':
      'LACRALO, l’organisation At-Large de l’ICANN pour l’Amérique latine et les Caraïbes, propose des webinaires gratuits à ses membres, aux étudiants et à toute personne qui veut comprendre comment sont gérés les noms et les numéros de l’Internet. Choisissez un webinaire pour vous inscrire.',
    'webinarPage.list.empty':
      'Aucun webinaire n’est ouvert aux inscriptions pour le moment. Revenez bientôt : LACRALO organise six webinaires par an.',
    'webinarPage.list.register': 'S’inscrire',
    'webinarPage.list.registerFor': 'S’inscrire à {title}',
    'webinarPage.list.joinWaitlist': 'S’inscrire sur la liste d’attente',
    'webinarPage.list.joinWaitlistFor': 'S’inscrire sur la liste d’attente de {title}',
    'webinarPage.list.details': 'Détails',
    'webinarPage.list.detailsFor': 'Détails de {title}',
    'webinarPage.seats.one': '{count} place restante',
    'webinarPage.seats.other': '{count} places restantes',
    'webinarPage.seats.full': 'Complet : liste d’attente ouverte',
    'webinarPage.window.opens': 'Ouverture des inscriptions : {date}',
    'webinarPage.window.closes': 'Clôture des inscriptions : {date}',
    'webinarPage.window.closed': 'Les inscriptions sont closes',
    'webinarPage.when': 'Quand',
    'webinarPage.form.heading': 'Inscription',
    'webinarPage.form.intro':
      'L’inscription est gratuite. Tous les champs sont obligatoires, sauf votre organisation.',
    'webinarPage.form.fullNotice':
      'Ce webinaire est complet. Vous pouvez encore vous inscrire sur la liste d’attente : si une place se libère, elle revient à la personne suivante sur la liste.',
    'webinarPage.form.notYetOpen':
      'Les inscriptions à ce webinaire ouvrent le {date}. Revenez à partir de cette date.',
    'webinarPage.form.optional': '(facultatif)',
    'webinarPage.field.name': 'Nom complet',
    'webinarPage.field.nameHint':
      'Tel que vous voulez le voir sur votre certificat, dans n’importe quel alphabet.',
    'webinarPage.field.email': 'Adresse e-mail',
    'webinarPage.field.emailHint':
      'Les adresses dans toutes les langues sont acceptées, par exemple josé@correo.example.',
    'webinarPage.field.country': 'Pays ou territoire où vous vivez',
    'webinarPage.field.countryChoose': 'Choisissez un pays ou un territoire',
    'webinarPage.field.countryOther': 'Autre (hors Amérique latine et Caraïbes)',
    'webinarPage.field.affiliation': 'Organisation, université ou ALS',
    'webinarPage.field.affiliationHint':
      'Commencez à écrire pour voir les structures At-Large (ALS) de LACRALO, ou écrivez un autre nom.',
    'webinarPage.field.language': 'Votre langue préférée',
    'webinarPage.field.languageHint': 'La langue dans laquelle nous vous écrirons.',
    'webinarPage.field.honeypot': 'Laissez ce champ vide',
    'webinarPage.consent.legend': 'Votre consentement',
    'webinarPage.form.submit': 'M’inscrire',
    'webinarPage.form.submitWaitlist': 'M’inscrire sur la liste d’attente',
    'webinarPage.form.turnstile': 'Vérification de sécurité',
    'webinarPage.errors.heading': 'Veuillez vérifier le formulaire',
    'webinarPage.errors.intro': 'Rien n’a encore été enregistré. Veuillez corriger :',
    'webinarPage.duplicate.heading': 'Vous êtes déjà sur la liste',
    'webinarPage.duplicate.text':
      'Cette adresse e-mail est déjà inscrite à ce webinaire : vous n’avez rien d’autre à faire. Si vous avez perdu votre page de confirmation, écrivez au personnel de LACRALO.',
    'webinarPage.confirmation.title': 'Votre inscription – {title}',
    'webinarPage.confirmation.registered': 'Votre inscription est confirmée',
    'webinarPage.confirmation.registeredText':
      'Votre place pour « {title} » est réservée. Avant le webinaire, le personnel enverra le lien de connexion à l’adresse e-mail que vous avez indiquée.',
    'webinarPage.confirmation.waitlisted': 'Vous êtes sur la liste d’attente',
    'webinarPage.confirmation.waitlistedText':
      'Le webinaire est complet pour le moment. Si quelqu’un annule, la première personne de la liste d’attente obtient la place. Cette page indiquera alors que vous êtes inscrit ou inscrite, et vous recevrez le lien de connexion comme tout le monde. Vous n’avez rien d’autre à faire.',
    'webinarPage.confirmation.cancelled': 'Cette inscription est annulée',
    'webinarPage.confirmation.cancelledText':
      'Vous pouvez vous inscrire de nouveau tant que les inscriptions à ce webinaire sont ouvertes.',
    'webinarPage.confirmation.keep':
      'Gardez cette page dans vos favoris : son adresse est privée et c’est le seul moyen de consulter ou d’annuler votre inscription. Ne la partagez pas.',
    'webinarPage.confirmation.whenIn': 'Heure : {zone}',
    'webinarPage.confirmation.inUtc': 'En UTC (temps universel coordonné)',
    'webinarPage.confirmation.zoneLabel': 'Afficher l’heure pour',
    'webinarPage.confirmation.zoneSubmit': 'Afficher',
    'webinarPage.confirmation.addHeading': 'Ajoutez-le à votre agenda',
    'webinarPage.confirmation.ics': 'Télécharger pour tout agenda (.ics)',
    'webinarPage.confirmation.google': 'Ajouter à Google Agenda',
    'webinarPage.confirmation.cancelHeading': 'Vous ne pouvez pas venir ?',
    'webinarPage.confirmation.cancelText':
      'Annulez votre inscription pour que votre place revienne à une personne de la liste d’attente.',
    'webinarPage.confirmation.cancelLink': 'Annuler mon inscription',
    'webinarPage.confirmation.leaveHeading': 'Vos projets ont changé ?',
    'webinarPage.confirmation.leaveText':
      'Si vous ne souhaitez plus participer, quittez la liste d’attente pour que la personne suivante avance.',
    'webinarPage.confirmation.leaveLink': 'Quitter la liste d’attente',
    'webinarPage.cancel.headingWaitlisted': 'Quitter la liste d’attente ?',
    'webinarPage.cancel.textWaitlisted':
      'Vous êtes sur le point de quitter la liste d’attente de « {title} » ({date}).',
    'webinarPage.cancel.confirmWaitlisted': 'Oui, quitter la liste d’attente',
    'webinarPage.zone.utc': 'UTC (temps universel coordonné)',
    'webinarPage.zone.option': '{country} – {city} ({offset})',
    'webinarPage.cancel.title': 'Annuler votre inscription – {title}',
    'webinarPage.cancel.heading': 'Annuler votre inscription ?',
    'webinarPage.cancel.text':
      'Vous êtes sur le point d’annuler votre inscription à « {title} » ({date}). Votre place reviendra à la première personne de la liste d’attente.',
    'webinarPage.cancel.confirm': 'Oui, annuler mon inscription',
    'webinarPage.cancel.keep': 'Non, garder mon inscription',
    'webinarPage.cancelled.title': 'Inscription annulée',
    'webinarPage.cancelled.heading': 'Votre inscription est annulée',
    'webinarPage.cancelled.text':
      'Merci de nous avoir prévenus. Si vous aviez une place, elle revient maintenant à la personne suivante sur la liste d’attente. Vous pouvez vous inscrire de nouveau tant que les inscriptions sont ouvertes.',
    'webinarPage.problem.notFound.heading': 'Webinaire introuvable',
    'webinarPage.problem.notFound.text':
      'Il n’y a aucun webinaire à cette adresse. Il a peut-être été renommé ou retiré ; la liste des webinaires présente ceux qui sont en cours.',
    'webinarPage.problem.closed.heading': 'Les inscriptions sont closes',
    'webinarPage.problem.closed.text':
      'Les inscriptions à « {title} » sont closes et aucune nouvelle inscription n’est acceptée. La liste des webinaires présente ceux qui sont encore ouverts.',
    'webinarPage.problem.badToken.heading': 'Ce lien ne fonctionne pas',
    'webinarPage.problem.badToken.text':
      'Ce lien d’inscription n’est pas valide, ou l’inscription a été supprimée. Vérifiez que vous avez copié l’adresse en entier.',
    'webinarPage.problem.rateLimited.heading': 'Veuillez patienter un instant',
    'webinarPage.problem.rateLimited.text':
      'De nombreuses inscriptions ont été envoyées depuis votre connexion en peu de temps : celle-ci n’a donc pas été enregistrée. Attendez quelques minutes, puis renvoyez le formulaire.',
    'webinarPage.problem.badForm.heading': 'Formulaire illisible',
    'webinarPage.problem.badForm.text':
      'Le formulaire est arrivé endommagé ou dans un format que nous n’acceptons pas : rien n’a été enregistré. Revenez au formulaire et envoyez-le à nouveau.',
    'webinarPage.problem.crossSite.heading': 'Formulaire refusé',
    'webinarPage.problem.crossSite.text':
      'Pour votre sécurité, ce formulaire a été refusé parce qu’il a été envoyé depuis un autre site web, et non depuis cette page. Rien n’a été enregistré ni modifié. Ouvrez de nouveau la page à l’adresse {origin} et envoyez le formulaire depuis celle-ci.',
  },
})
