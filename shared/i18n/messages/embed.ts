// Messages of the embed surface: the upcoming-events page the community wiki frames.
import { defineMessages } from '../define-messages'

export const embedMessages = defineMessages({
  en: {
    'embed.pageTitle': 'LACRALO outreach calendar: upcoming events',
    'embed.heading': 'Upcoming outreach events',
    'embed.languageSwitcher': 'Language',
    'embed.empty.unpublished':
      'The outreach calendar has not been published yet. Please check back soon.',
    'embed.empty.noUpcoming':
      'There are no upcoming events right now. Please check back soon, or subscribe below to see new events as soon as they are added.',
    'embed.empty.noMatch':
      'No upcoming events match this selection. Please check back soon, or subscribe below to see new events as soon as they are added.',
    'embed.inLanguages': 'In {languages}',
    'embed.addToCalendar': 'Add to calendar:',
    'embed.addGoogle': 'Google',
    'embed.addOutlook': 'Outlook',
    'embed.downloadIcs': 'Download (.ics)',
    'embed.addToCalendarFor': 'Add {title} to {calendar}',
    'embed.subscribe.heading': 'Subscribe to the calendar',
    'embed.subscribe.intro':
      'Your calendar app will show new and changed events on its own, without visiting this page.',
    'embed.subscribe.webcal': 'Apple Calendar and other apps',
    'embed.subscribe.google': 'Google Calendar',
    'embed.subscribe.outlook': 'Outlook',
    'embed.subscribe.feedLabel': 'Feed address, to paste into any calendar app',
    'embed.updated': 'Updated {date}',
    'embed.error.heading': 'This link has a mistake',
    'embed.error.unknownParameter':
      'Unknown parameter “{name}”. This page accepts lang, limit, country, subregion, category, status, q, from and to.',
    'embed.error.badLimit':
      'The number of events (“limit”) must be a whole number from 1 to {max}; this link has “{value}”.',
  },
  es: {
    'embed.pageTitle': 'Calendario de alcance de LACRALO: próximos eventos',
    'embed.heading': 'Próximos eventos de alcance',
    'embed.languageSwitcher': 'Idioma',
    'embed.empty.unpublished':
      'El calendario de alcance todavía no se ha publicado. Vuelva a consultarlo pronto.',
    'embed.empty.noUpcoming':
      'Por ahora no hay eventos próximos. Vuelva a consultar pronto o suscríbase más abajo para ver los nuevos eventos en cuanto se agreguen.',
    'embed.empty.noMatch':
      'Ningún evento próximo coincide con esta selección. Vuelva a consultar pronto o suscríbase más abajo para ver los nuevos eventos en cuanto se agreguen.',
    'embed.inLanguages': 'En {languages}',
    'embed.addToCalendar': 'Agregar al calendario:',
    'embed.addGoogle': 'Google',
    'embed.addOutlook': 'Outlook',
    'embed.downloadIcs': 'Descargar (.ics)',
    'embed.addToCalendarFor': 'Agregar {title} a {calendar}',
    'embed.subscribe.heading': 'Suscribirse al calendario',
    'embed.subscribe.intro':
      'Su aplicación de calendario mostrará por sí sola los eventos nuevos y los cambios, sin que tenga que volver a esta página.',
    'embed.subscribe.webcal': 'Calendario de Apple y otras aplicaciones',
    'embed.subscribe.google': 'Google Calendar',
    'embed.subscribe.outlook': 'Outlook',
    'embed.subscribe.feedLabel':
      'Dirección del calendario, para pegar en cualquier aplicación de calendario',
    'embed.updated': 'Actualizado el {date}',
    'embed.error.heading': 'Este enlace tiene un error',
    'embed.error.unknownParameter':
      'Parámetro desconocido «{name}». Esta página acepta lang, limit, country, subregion, category, status, q, from y to.',
    'embed.error.badLimit':
      'La cantidad de eventos («limit») debe ser un número entero de 1 a {max}; este enlace tiene «{value}».',
  },
  pt: {
    'embed.pageTitle': 'Calendário de divulgação da LACRALO: próximos eventos',
    'embed.heading': 'Próximos eventos de divulgação',
    'embed.languageSwitcher': 'Idioma',
    'embed.empty.unpublished':
      'O calendário de divulgação ainda não foi publicado. Volte a consultá-lo em breve.',
    'embed.empty.noUpcoming':
      'No momento não há eventos próximos. Volte em breve ou assine o calendário abaixo para ver os novos eventos assim que forem adicionados.',
    'embed.empty.noMatch':
      'Nenhum evento próximo corresponde a esta seleção. Volte em breve ou assine o calendário abaixo para ver os novos eventos assim que forem adicionados.',
    'embed.inLanguages': 'Em {languages}',
    'embed.addToCalendar': 'Adicionar à agenda:',
    'embed.addGoogle': 'Google',
    'embed.addOutlook': 'Outlook',
    'embed.downloadIcs': 'Baixar (.ics)',
    'embed.addToCalendarFor': 'Adicionar {title} ao {calendar}',
    'embed.subscribe.heading': 'Assinar o calendário',
    'embed.subscribe.intro':
      'Seu aplicativo de agenda mostrará sozinho os eventos novos e as alterações, sem que você precise voltar a esta página.',
    'embed.subscribe.webcal': 'Calendário da Apple e outros aplicativos',
    'embed.subscribe.google': 'Google Agenda',
    'embed.subscribe.outlook': 'Outlook',
    'embed.subscribe.feedLabel':
      'Endereço do calendário, para colar em qualquer aplicativo de agenda',
    'embed.updated': 'Atualizado em {date}',
    'embed.error.heading': 'Este link tem um erro',
    'embed.error.unknownParameter':
      'Parâmetro desconhecido “{name}”. Esta página aceita lang, limit, country, subregion, category, status, q, from e to.',
    'embed.error.badLimit':
      'O número de eventos (“limit”) deve ser um número inteiro de 1 a {max}; este link tem “{value}”.',
  },
  fr: {
    'embed.pageTitle': 'Calendrier de sensibilisation de LACRALO : événements à venir',
    'embed.heading': 'Événements de sensibilisation à venir',
    'embed.languageSwitcher': 'Langue',
    'embed.empty.unpublished':
      'Le calendrier de sensibilisation n’a pas encore été publié. Revenez bientôt.',
    'embed.empty.noUpcoming':
      'Aucun événement à venir pour le moment. Revenez bientôt, ou abonnez-vous ci-dessous pour voir les nouveaux événements dès leur ajout.',
    'embed.empty.noMatch':
      'Aucun événement à venir ne correspond à cette sélection. Revenez bientôt, ou abonnez-vous ci-dessous pour voir les nouveaux événements dès leur ajout.',
    'embed.inLanguages': 'En {languages}',
    'embed.addToCalendar': 'Ajouter à l’agenda :',
    'embed.addGoogle': 'Google',
    'embed.addOutlook': 'Outlook',
    'embed.downloadIcs': 'Télécharger (.ics)',
    'embed.addToCalendarFor': 'Ajouter {title} à {calendar}',
    'embed.subscribe.heading': 'S’abonner au calendrier',
    'embed.subscribe.intro':
      'Votre application d’agenda affichera d’elle-même les nouveaux événements et les changements, sans revenir sur cette page.',
    'embed.subscribe.webcal': 'Calendrier d’Apple et autres applications',
    'embed.subscribe.google': 'Google Agenda',
    'embed.subscribe.outlook': 'Outlook',
    'embed.subscribe.feedLabel': 'Adresse du calendrier, à coller dans une application d’agenda',
    'embed.updated': 'Mis à jour le {date}',
    'embed.error.heading': 'Ce lien contient une erreur',
    'embed.error.unknownParameter':
      'Paramètre inconnu « {name} ». Cette page accepte lang, limit, country, subregion, category, status, q, from et to.',
    'embed.error.badLimit':
      'Le nombre d’événements (« limit ») doit être un nombre entier de 1 à {max} ; ce lien contient « {value} ».',
  },
})
