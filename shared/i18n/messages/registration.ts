// Messages of the webinar registration service: its answers, field problems and consent text.
import { defineMessages } from '../define-messages'

/*
 * 'registration.problem.*' texts follow a field label ("Full name: ..."), so they start in
 * lower case, like the schema surface's 'issue.*' texts.
 */
export const registrationMessages = defineMessages({
  en: {
    'registration.registered':
      'You are registered. Keep your cancellation link in case you cannot attend.',
    'registration.waitlisted':
      'The webinar is full, so you are on the waiting list. If a seat becomes free, it goes to the first person on the list automatically.',
    'registration.invalid':
      'The registration was not accepted: correct the fields listed and send it again.',
    'registration.duplicate':
      'This email address is already registered for this webinar, so there is no need to register again. To cancel, use the cancellation link you received when you registered.',
    'registration.notFound':
      'There is no webinar at this address. Check the link, or see the list of webinars.',
    'registration.closed': 'Registration for this webinar closed on {closes}.',
    'registration.notYetOpen':
      'Registration for this webinar opens on {opens}. Please come back then.',
    'registration.rateLimited':
      'Too many registration attempts from your connection. Please wait {minutes} min and try again.',
    'registration.tooLarge':
      'The registration is too large to send (limit: {limit} KB). Shorten the fields and try again.',
    'registration.notJson':
      'Send the registration as JSON, with the header Content-Type: application/json.',
    'registration.badEncoding':
      'The registration is not valid UTF-8 text. Send it encoded as UTF-8. Nothing was saved.',
    'registration.consent.text':
      'I agree that LACRALO keeps my name, email address, country, organization and language to manage my registration for this webinar and to write to me about it. I can cancel my registration at any time with my cancellation link.',
    'registration.field.form': 'Form',
    'registration.field.turnstile': 'Security check',
    'registration.problem.notObject':
      'send the registration as an object with the fields name, email, country, affiliation, language, consent and consentVersion',
    'registration.problem.controlCharacters':
      'it contains invisible control characters; type it again without them',
    'registration.problem.consentOutdated':
      'the consent text has changed since this page was loaded; reload the page, read the text again and tick the box',
    'registration.problem.turnstileFailed':
      'the check that you are a person did not succeed; complete it again and send the form',
    'registration.problem.turnstileUnavailable':
      'the check that you are a person could not be completed right now; please try again in a moment',
    'registration.cancel.done':
      'Your registration has been cancelled. Your seat is now free for someone else.',
    'registration.cancel.already': 'This registration was already cancelled.',
    'registration.cancel.notFound':
      'This cancellation link is not valid, or the registration no longer exists. Check that you copied the whole link.',
    'registration.admin.duplicateSlug':
      'The short name "{slug}" is already used by webinar {first}. Each webinar needs its own.',
  },
  es: {
    'registration.registered':
      'Su inscripción está confirmada. Guarde el enlace de cancelación por si no puede asistir.',
    'registration.waitlisted':
      'El webinar está completo, así que usted está en la lista de espera. Si se libera un lugar, pasa automáticamente a la primera persona de la lista.',
    'registration.invalid':
      'La inscripción no fue aceptada: corrija los campos indicados y envíela de nuevo.',
    'registration.duplicate':
      'Esta dirección de correo ya está inscrita en este webinar, así que no hace falta inscribirse de nuevo. Para cancelar, use el enlace de cancelación que recibió al inscribirse.',
    'registration.notFound':
      'No hay ningún webinar en esta dirección. Revise el enlace o consulte la lista de webinars.',
    'registration.closed': 'Las inscripciones para este webinar cerraron el {closes}.',
    'registration.notYetOpen':
      'Las inscripciones para este webinar abren el {opens}. Vuelva a partir de esa fecha.',
    'registration.rateLimited':
      'Demasiados intentos de inscripción desde su conexión. Espere {minutes} min y vuelva a intentarlo.',
    'registration.tooLarge':
      'La inscripción es demasiado grande para enviarla (límite: {limit} KB). Acorte los campos y vuelva a intentarlo.',
    'registration.notJson':
      'Envíe la inscripción en formato JSON, con el encabezado Content-Type: application/json.',
    'registration.badEncoding':
      'La inscripción no es texto UTF-8 válido. Envíela codificada en UTF-8. No se guardó nada.',
    'registration.consent.text':
      'Acepto que LACRALO conserve mi nombre, dirección de correo, país, organización e idioma para gestionar mi inscripción en este webinar y escribirme al respecto. Puedo cancelar mi inscripción en cualquier momento con mi enlace de cancelación.',
    'registration.field.form': 'Formulario',
    'registration.field.turnstile': 'Verificación de seguridad',
    'registration.problem.notObject':
      'envíe la inscripción como un objeto con los campos name, email, country, affiliation, language, consent y consentVersion',
    'registration.problem.controlCharacters':
      'contiene caracteres de control invisibles; escríbalo de nuevo sin ellos',
    'registration.problem.consentOutdated':
      'el texto de consentimiento cambió desde que se cargó esta página; vuelva a cargarla, lea el texto otra vez y marque la casilla',
    'registration.problem.turnstileFailed':
      'la comprobación de que usted es una persona no se superó; complétela de nuevo y envíe el formulario',
    'registration.problem.turnstileUnavailable':
      'la comprobación de que usted es una persona no pudo hacerse en este momento; vuelva a intentarlo en unos instantes',
    'registration.cancel.done':
      'Su inscripción fue cancelada. Su lugar queda libre para otra persona.',
    'registration.cancel.already': 'Esta inscripción ya estaba cancelada.',
    'registration.cancel.notFound':
      'Este enlace de cancelación no es válido o la inscripción ya no existe. Verifique que copió el enlace completo.',
    'registration.admin.duplicateSlug':
      'El nombre corto "{slug}" ya lo usa el webinar {first}. Cada webinar necesita el suyo.',
  },
  pt: {
    'registration.registered':
      'Sua inscrição está confirmada. Guarde o link de cancelamento caso não possa participar.',
    'registration.waitlisted':
      'O webinar está lotado, então você está na lista de espera. Se uma vaga for liberada, ela passa automaticamente para a primeira pessoa da lista.',
    'registration.invalid':
      'A inscrição não foi aceita: corrija os campos indicados e envie-a novamente.',
    'registration.duplicate':
      'Este endereço de e-mail já está inscrito neste webinar, então não é preciso se inscrever de novo. Para cancelar, use o link de cancelamento que você recebeu ao se inscrever.',
    'registration.notFound':
      'Não há nenhum webinar neste endereço. Verifique o link ou consulte a lista de webinars.',
    'registration.closed': 'As inscrições para este webinar foram encerradas em {closes}.',
    'registration.notYetOpen':
      'As inscrições para este webinar abrem em {opens}. Volte a partir dessa data.',
    'registration.rateLimited':
      'Tentativas de inscrição demais a partir da sua conexão. Aguarde {minutes} min e tente novamente.',
    'registration.tooLarge':
      'A inscrição é grande demais para ser enviada (limite: {limit} KB). Encurte os campos e tente novamente.',
    'registration.notJson':
      'Envie a inscrição em formato JSON, com o cabeçalho Content-Type: application/json.',
    'registration.badEncoding':
      'A inscrição não é um texto UTF-8 válido. Envie-a codificada em UTF-8. Nada foi salvo.',
    'registration.consent.text':
      'Concordo que a LACRALO guarde meu nome, endereço de e-mail, país, organização e idioma para gerenciar minha inscrição neste webinar e me escrever sobre ele. Posso cancelar minha inscrição a qualquer momento com meu link de cancelamento.',
    'registration.field.form': 'Formulário',
    'registration.field.turnstile': 'Verificação de segurança',
    'registration.problem.notObject':
      'envie a inscrição como um objeto com os campos name, email, country, affiliation, language, consent e consentVersion',
    'registration.problem.controlCharacters':
      'contém caracteres de controle invisíveis; digite-o novamente sem eles',
    'registration.problem.consentOutdated':
      'o texto de consentimento mudou desde que esta página foi carregada; recarregue-a, leia o texto novamente e marque a caixa',
    'registration.problem.turnstileFailed':
      'a verificação de que você é uma pessoa não foi concluída; faça-a novamente e envie o formulário',
    'registration.problem.turnstileUnavailable':
      'a verificação de que você é uma pessoa não pôde ser feita agora; tente novamente em alguns instantes',
    'registration.cancel.done':
      'Sua inscrição foi cancelada. Sua vaga agora está livre para outra pessoa.',
    'registration.cancel.already': 'Esta inscrição já estava cancelada.',
    'registration.cancel.notFound':
      'Este link de cancelamento não é válido ou a inscrição não existe mais. Verifique se você copiou o link inteiro.',
    'registration.admin.duplicateSlug':
      'O nome curto "{slug}" já é usado pelo webinar {first}. Cada webinar precisa do seu.',
  },
  fr: {
    'registration.registered':
      'Votre inscription est confirmée. Gardez votre lien d’annulation au cas où vous ne pourriez pas y assister.',
    'registration.waitlisted':
      'Le webinaire est complet : vous êtes donc sur la liste d’attente. Si une place se libère, elle revient automatiquement à la première personne de la liste.',
    'registration.invalid':
      'L’inscription n’a pas été acceptée : corrigez les champs indiqués et envoyez-la de nouveau.',
    'registration.duplicate':
      'Cette adresse électronique est déjà inscrite à ce webinaire : inutile de vous inscrire de nouveau. Pour annuler, utilisez le lien d’annulation reçu lors de votre inscription.',
    'registration.notFound':
      'Il n’y a aucun webinaire à cette adresse. Vérifiez le lien ou consultez la liste des webinaires.',
    'registration.closed': 'Les inscriptions à ce webinaire ont fermé le {closes}.',
    'registration.notYetOpen':
      'Les inscriptions à ce webinaire ouvrent le {opens}. Revenez à partir de cette date.',
    'registration.rateLimited':
      'Trop de tentatives d’inscription depuis votre connexion. Patientez {minutes} min, puis réessayez.',
    'registration.tooLarge':
      'L’inscription est trop volumineuse pour être envoyée (limite : {limit} Ko). Raccourcissez les champs et réessayez.',
    'registration.notJson':
      'Envoyez l’inscription au format JSON, avec l’en-tête Content-Type: application/json.',
    'registration.badEncoding':
      'L’inscription n’est pas un texte UTF-8 valide. Envoyez-la encodée en UTF-8. Rien n’a été enregistré.',
    'registration.consent.text':
      'J’accepte que LACRALO conserve mon nom, mon adresse électronique, mon pays, mon organisation et ma langue pour gérer mon inscription à ce webinaire et m’écrire à son sujet. Je peux annuler mon inscription à tout moment grâce à mon lien d’annulation.',
    'registration.field.form': 'Formulaire',
    'registration.field.turnstile': 'Vérification de sécurité',
    'registration.problem.notObject':
      'envoyez l’inscription sous forme d’objet avec les champs name, email, country, affiliation, language, consent et consentVersion',
    'registration.problem.controlCharacters':
      'il contient des caractères de contrôle invisibles ; saisissez-le de nouveau sans eux',
    'registration.problem.consentOutdated':
      'le texte de consentement a changé depuis le chargement de cette page ; rechargez-la, relisez le texte et cochez la case',
    'registration.problem.turnstileFailed':
      'la vérification indiquant que vous êtes une personne n’a pas abouti ; recommencez-la et envoyez le formulaire',
    'registration.problem.turnstileUnavailable':
      'la vérification indiquant que vous êtes une personne n’a pas pu être effectuée pour le moment ; réessayez dans un instant',
    'registration.cancel.done':
      'Votre inscription a été annulée. Votre place est désormais libre pour quelqu’un d’autre.',
    'registration.cancel.already': 'Cette inscription était déjà annulée.',
    'registration.cancel.notFound':
      'Ce lien d’annulation n’est pas valide, ou l’inscription n’existe plus. Vérifiez que vous avez copié le lien en entier.',
    'registration.admin.duplicateSlug':
      'Le nom court « {slug} » est déjà utilisé par le webinaire {first}. Chaque webinaire doit avoir le sien.',
  },
})
