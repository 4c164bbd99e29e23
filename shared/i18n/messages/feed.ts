// Messages of the feed surface: the JSON and iCalendar feeds, their labels and their errors.
import { defineMessages } from '../define-messages'

export const feedMessages = defineMessages({
  en: {
    'feed.calendarName': 'LACRALO – Outreach calendar',
    'feed.calendarNameFiltered': 'LACRALO – Outreach calendar ({filter})',
    'feed.calendarDescription':
      'Outreach events of LACRALO, the Latin American and Caribbean Regional At-Large Organization of ICANN.',
    'feed.filter.from': 'from {date}',
    'feed.filter.to': 'until {date}',
    'feed.filter.range': '{from} to {to}',
    'feed.filter.search': '“{q}”',
    'feed.location.online': 'Online',
    'feed.status.confirmed': 'Confirmed',
    'feed.status.tentative': 'Tentative',
    'feed.status.cancelled': 'Cancelled',
    'feed.status.proposed': 'Proposed',
    'feed.format.in-person': 'In person',
    'feed.format.virtual': 'Online',
    'feed.format.hybrid': 'Hybrid (in person and online)',
    'feed.category.icann-meeting': 'ICANN meeting',
    'feed.category.lacralo-meeting': 'LACRALO meeting',
    'feed.category.webinar': 'Webinar',
    'feed.category.capacity-building': 'Capacity building',
    'feed.category.roadshow': 'Roadshow',
    'feed.category.technical-community': 'Technical community',
    'feed.category.governance-forum': 'Governance forum',
    'feed.category.telecom-policy': 'Telecom policy',
    'feed.category.other': 'Other',
    'feed.subregion.caribbean': 'Caribbean',
    'feed.subregion.central-america-mexico': 'Central America and Mexico',
    'feed.subregion.south-america': 'South America',
    'feed.error.unknownParameter':
      'Unknown parameter “{name}”. The calendar accepts from, to, country, subregion, category, status, q and lang.',
    'feed.error.repeatedParameter':
      'The parameter “{name}” is given more than once with different values; give it once.',
    'feed.error.invalidDate':
      '“{name}” must be a date written YYYY-MM-DD, for example 2023-03-26; this link has “{value}”.',
    'feed.error.rangeReversed':
      'The start of the range (from={from}) is after its end (to={to}); swap the two dates.',
    'feed.error.invalidCountry':
      '“{value}” is not a country code. Use two-letter ISO 3166 codes such as MX or BR, separated by commas.',
    'feed.error.invalidChoice':
      '“{value}” is not a valid value for “{name}”. Use one of: {allowed} (several separated by commas).',
    'feed.error.searchTooLong':
      'The search text is {length} characters long; keep it to {max} characters at most.',
    'feed.error.invalidLang': 'The language “{value}” is not available. Use en, es, pt or fr.',
    'feed.error.eventNotFound':
      'There is no published event with the id “{id}”. It may have been removed from the calendar.',
    'feed.error.eventUndated':
      'The event “{id}” has no date yet, so it cannot be added to a calendar. Please check back later.',
  },
  es: {
    'feed.calendarName': 'LACRALO – Calendario de alcance',
    'feed.calendarNameFiltered': 'LACRALO – Calendario de alcance ({filter})',
    'feed.calendarDescription':
      'Eventos de alcance de LACRALO, la Organización Regional At-Large de América Latina y el Caribe de la ICANN.',
    'feed.filter.from': 'desde el {date}',
    'feed.filter.to': 'hasta el {date}',
    'feed.filter.range': 'del {from} al {to}',
    'feed.filter.search': '«{q}»',
    'feed.location.online': 'En línea',
    'feed.status.confirmed': 'Confirmado',
    'feed.status.tentative': 'Por confirmar',
    'feed.status.cancelled': 'Cancelado',
    'feed.status.proposed': 'Propuesto',
    'feed.format.in-person': 'Presencial',
    'feed.format.virtual': 'En línea',
    'feed.format.hybrid': 'Híbrido (presencial y en línea)',
    'feed.category.icann-meeting': 'Reunión de la ICANN',
    'feed.category.lacralo-meeting': 'Reunión de LACRALO',
    'feed.category.webinar': 'Seminario web',
    'feed.category.capacity-building': 'Desarrollo de capacidades',
    'feed.category.roadshow': 'Gira de difusión',
    'feed.category.technical-community': 'Comunidad técnica',
    'feed.category.governance-forum': 'Foro de gobernanza',
    'feed.category.telecom-policy': 'Política de telecomunicaciones',
    'feed.category.other': 'Otro',
    'feed.subregion.caribbean': 'Caribe',
    'feed.subregion.central-america-mexico': 'Centroamérica y México',
    'feed.subregion.south-america': 'América del Sur',
    'feed.error.unknownParameter':
      'Parámetro desconocido «{name}». El calendario acepta from, to, country, subregion, category, status, q y lang.',
    'feed.error.repeatedParameter':
      'El parámetro «{name}» aparece más de una vez con valores distintos; indíquelo una sola vez.',
    'feed.error.invalidDate':
      '«{name}» debe ser una fecha con el formato AAAA-MM-DD, por ejemplo 2023-03-26; este enlace tiene «{value}».',
    'feed.error.rangeReversed':
      'El inicio del intervalo (from={from}) es posterior a su fin (to={to}); intercambie las dos fechas.',
    'feed.error.invalidCountry':
      '«{value}» no es un código de país. Use códigos ISO 3166 de dos letras, como MX o BR, separados por comas.',
    'feed.error.invalidChoice':
      '«{value}» no es un valor válido para «{name}». Use uno de estos: {allowed} (varios, separados por comas).',
    'feed.error.searchTooLong':
      'El texto de búsqueda tiene {length} caracteres; no debe superar los {max}.',
    'feed.error.invalidLang': 'El idioma «{value}» no está disponible. Use en, es, pt o fr.',
    'feed.error.eventNotFound':
      'No hay ningún evento publicado con el identificador «{id}». Es posible que se haya quitado del calendario.',
    'feed.error.eventUndated':
      'El evento «{id}» todavía no tiene fecha, por lo que no se puede agregar a un calendario. Vuelva a consultarlo más adelante.',
  },
  pt: {
    'feed.calendarName': 'LACRALO – Calendário de divulgação',
    'feed.calendarNameFiltered': 'LACRALO – Calendário de divulgação ({filter})',
    'feed.calendarDescription':
      'Eventos de divulgação da LACRALO, a Organização Regional At-Large da América Latina e do Caribe da ICANN.',
    'feed.filter.from': 'a partir de {date}',
    'feed.filter.to': 'até {date}',
    'feed.filter.range': 'de {from} a {to}',
    'feed.filter.search': '“{q}”',
    'feed.location.online': 'On-line',
    'feed.status.confirmed': 'Confirmado',
    'feed.status.tentative': 'A confirmar',
    'feed.status.cancelled': 'Cancelado',
    'feed.status.proposed': 'Proposto',
    'feed.format.in-person': 'Presencial',
    'feed.format.virtual': 'On-line',
    'feed.format.hybrid': 'Híbrido (presencial e on-line)',
    'feed.category.icann-meeting': 'Reunião da ICANN',
    'feed.category.lacralo-meeting': 'Reunião da LACRALO',
    'feed.category.webinar': 'Webinar',
    'feed.category.capacity-building': 'Capacitação',
    'feed.category.roadshow': 'Roadshow',
    'feed.category.technical-community': 'Comunidade técnica',
    'feed.category.governance-forum': 'Fórum de governança',
    'feed.category.telecom-policy': 'Política de telecomunicações',
    'feed.category.other': 'Outro',
    'feed.subregion.caribbean': 'Caribe',
    'feed.subregion.central-america-mexico': 'América Central e México',
    'feed.subregion.south-america': 'América do Sul',
    'feed.error.unknownParameter':
      'Parâmetro desconhecido “{name}”. O calendário aceita from, to, country, subregion, category, status, q e lang.',
    'feed.error.repeatedParameter':
      'O parâmetro “{name}” aparece mais de uma vez com valores diferentes; informe-o uma só vez.',
    'feed.error.invalidDate':
      '“{name}” deve ser uma data no formato AAAA-MM-DD, por exemplo 2023-03-26; este link tem “{value}”.',
    'feed.error.rangeReversed':
      'O início do intervalo (from={from}) é posterior ao fim (to={to}); inverta as duas datas.',
    'feed.error.invalidCountry':
      '“{value}” não é um código de país. Use códigos ISO 3166 de duas letras, como MX ou BR, separados por vírgulas.',
    'feed.error.invalidChoice':
      '“{value}” não é um valor válido para “{name}”. Use um destes: {allowed} (vários, separados por vírgulas).',
    'feed.error.searchTooLong':
      'O texto de busca tem {length} caracteres; ele deve ter no máximo {max}.',
    'feed.error.invalidLang': 'O idioma “{value}” não está disponível. Use en, es, pt ou fr.',
    'feed.error.eventNotFound':
      'Não há nenhum evento publicado com o identificador “{id}”. Ele pode ter sido retirado do calendário.',
    'feed.error.eventUndated':
      'O evento “{id}” ainda não tem data, por isso não pode ser adicionado a uma agenda. Volte a consultar mais tarde.',
  },
  fr: {
    'feed.calendarName': 'LACRALO – Calendrier de sensibilisation',
    'feed.calendarNameFiltered': 'LACRALO – Calendrier de sensibilisation ({filter})',
    'feed.calendarDescription':
      'Événements de sensibilisation de LACRALO, l’Organisation régionale At-Large d’Amérique latine et des Caraïbes de l’ICANN.',
    'feed.filter.from': 'à partir du {date}',
    'feed.filter.to': 'jusqu’au {date}',
    'feed.filter.range': 'du {from} au {to}',
    'feed.filter.search': '« {q} »',
    'feed.location.online': 'En ligne',
    'feed.status.confirmed': 'Confirmé',
    'feed.status.tentative': 'À confirmer',
    'feed.status.cancelled': 'Annulé',
    'feed.status.proposed': 'Proposé',
    'feed.format.in-person': 'En présentiel',
    'feed.format.virtual': 'En ligne',
    'feed.format.hybrid': 'Hybride (en présentiel et en ligne)',
    'feed.category.icann-meeting': 'Réunion de l’ICANN',
    'feed.category.lacralo-meeting': 'Réunion de LACRALO',
    'feed.category.webinar': 'Webinaire',
    'feed.category.capacity-building': 'Renforcement des capacités',
    'feed.category.roadshow': 'Tournée de sensibilisation',
    'feed.category.technical-community': 'Communauté technique',
    'feed.category.governance-forum': 'Forum sur la gouvernance',
    'feed.category.telecom-policy': 'Politique des télécommunications',
    'feed.category.other': 'Autre',
    'feed.subregion.caribbean': 'Caraïbes',
    'feed.subregion.central-america-mexico': 'Amérique centrale et Mexique',
    'feed.subregion.south-america': 'Amérique du Sud',
    'feed.error.unknownParameter':
      'Paramètre inconnu « {name} ». Le calendrier accepte from, to, country, subregion, category, status, q et lang.',
    'feed.error.repeatedParameter':
      'Le paramètre « {name} » figure plusieurs fois avec des valeurs différentes ; indiquez-le une seule fois.',
    'feed.error.invalidDate':
      '« {name} » doit être une date au format AAAA-MM-JJ, par exemple 2023-03-26 ; ce lien contient « {value} ».',
    'feed.error.rangeReversed':
      'Le début de la période (from={from}) est postérieur à sa fin (to={to}) ; inversez les deux dates.',
    'feed.error.invalidCountry':
      '« {value} » n’est pas un code de pays. Utilisez des codes ISO 3166 à deux lettres, comme MX ou BR, séparés par des virgules.',
    'feed.error.invalidChoice':
      '« {value} » n’est pas une valeur valide pour « {name} ». Utilisez l’une de celles-ci : {allowed} (plusieurs, séparées par des virgules).',
    'feed.error.searchTooLong':
      'Le texte recherché compte {length} caractères ; il ne doit pas en dépasser {max}.',
    'feed.error.invalidLang':
      'La langue « {value} » n’est pas disponible. Utilisez en, es, pt ou fr.',
    'feed.error.eventNotFound':
      'Aucun événement publié ne porte l’identifiant « {id} ». Il a peut-être été retiré du calendrier.',
    'feed.error.eventUndated':
      'L’événement « {id} » n’a pas encore de date ; il ne peut donc pas être ajouté à un agenda. Revenez plus tard.',
  },
})
