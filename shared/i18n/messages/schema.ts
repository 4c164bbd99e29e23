// Messages of the schema surface: field labels, value labels and what is wrong with a value.

import type { Subregion } from '../../reference/subregions'
import type { AlsStatus } from '../../schemas/als'
import type { CropTripStatus } from '../../schemas/crop'
import type { EventCategory, EventFormat, EventStatus } from '../../schemas/event'
import type { ParticipationKind } from '../../schemas/participation'
import type { RegistrationStatus } from '../../schemas/registration'
import { defineMessages } from '../define-messages'
import type { Locale } from '../locales'
import { commonMessages } from './common'

/*
 * Keys: 'field.<entity>.<field>' (nested fields dotted: 'field.member.conflicts.noGo'),
 * 'value.<set>.<value>', and 'issue.<code>' for describe-issue.ts. Issue texts start in lower
 * case: they follow the field label ("Start date: ...").
 */
export const schemaMessages = defineMessages({
  en: {
    'field.event.id': 'Event ID',
    'field.event.title': 'Title',
    'field.event.startDate': 'Start date',
    'field.event.endDate': 'End date',
    'field.event.startTime': 'Start time',
    'field.event.endTime': 'End time',
    'field.event.timeZone': 'Time zone',
    'field.event.city': 'City',
    'field.event.country': 'Country',
    'field.event.subregion': 'Sub-region',
    'field.event.category': 'Category',
    'field.event.format': 'Format',
    'field.event.status': 'Status',
    'field.event.url': 'Link',
    'field.event.languages': 'Languages',
    'field.event.cropEligible': 'Suits CROP',
    'field.event.description': 'Description',
    'field.calendar.events': 'Events',
    'field.country.code': 'Country code',
    'field.country.names': 'Name',
    'field.country.ccTld': 'ccTLD',
    'field.country.subregion': 'Sub-region',
    'field.country.inDashboardSet': 'Counted in the dashboard',
    'field.country.territory': 'Territory',
    'field.country.aliases': 'Other names',
    'field.als.id': 'ALS ID',
    'field.als.name': 'Name',
    'field.als.country': 'Country',
    'field.als.status': 'Status',
    'field.als.accreditationDate': 'Accreditation date',
    'field.als.website': 'Website',
    'field.als.representatives': 'Representatives',
    'field.member.id': 'Member ID',
    'field.member.name': 'Name',
    'field.member.email': 'Email',
    'field.member.country': 'Country',
    'field.member.alsId': 'ALS',
    'field.member.languages': 'Languages',
    'field.member.gender': 'Gender',
    'field.member.expertise': 'Expertise',
    'field.member.conflicts': 'Conflicts of interest',
    'field.member.conflicts.description': 'Conflict of interest',
    'field.member.conflicts.noGo': 'No-go conflict',
    'field.member.cropTrips': 'CROP trips',
    'field.member.cropTrips.eventId': 'CROP trip event',
    'field.member.cropTrips.date': 'CROP trip date',
    'field.participation.id': 'Record ID',
    'field.participation.memberId': 'Member ID',
    'field.participation.date': 'Date',
    'field.participation.kind': 'Kind of participation',
    'field.participation.detail': 'Detail',
    'field.webinar.slug': 'Short name (in the web address)',
    'field.webinar.titles': 'Title',
    'field.webinar.descriptions': 'Description',
    'field.webinar.start': 'Start',
    'field.webinar.timeZone': 'Time zone',
    'field.webinar.durationMinutes': 'Duration (minutes)',
    'field.webinar.capacity': 'Capacity',
    'field.webinar.registrationOpens': 'Registration opens',
    'field.webinar.registrationCloses': 'Registration closes',
    'field.webinar.joinUrl': 'Join link',
    'field.registration.id': 'Registration ID',
    'field.registration.webinarSlug': 'Webinar',
    'field.registration.name': 'Full name',
    'field.registration.email': 'Email',
    'field.registration.emailKey': 'Email comparison key',
    'field.registration.country': 'Country',
    'field.registration.affiliation': 'Organization',
    'field.registration.language': 'Language',
    'field.registration.consent': 'Consent',
    'field.registration.consent.given': 'Consent',
    'field.registration.consent.textVersion': 'Consent text version',
    'field.registration.consentVersion': 'Consent text version',
    'field.registration.status': 'Status',
    'field.registration.createdAt': 'Registered at',
    'field.registration.updatedAt': 'Last updated',
    'field.crop.memberId': 'Member',
    'field.crop.eventId': 'Event',
    'field.crop.fiscalYear': 'Fiscal year',
    'field.crop.travelDate': 'Travel date',
    'field.crop.status': 'Status',
    'field.settings.activeRule': 'Active member rule',
    'field.settings.activeRule.callsAttended': 'Calls attended',
    'field.settings.activeRule.ofLastMonthlyCalls': 'Of the last monthly calls',
    'field.settings.activeRule.orVotedInLastElection': 'Or voted in the last election',
    'field.settings.alsReviewMonths': 'ALS review after (months)',
    'field.settings.crop': 'CROP',
    'field.settings.crop.tripsPerFiscalYear': 'CROP trips per fiscal year',
    'field.settings.crop.leadTimeWeeks': 'CROP request lead time (weeks)',
    'field.settings.crop.tripDays': 'CROP trip length (days)',
    'value.eventStatus.confirmed': 'Confirmed',
    'value.eventStatus.tentative': 'Tentative',
    'value.eventStatus.cancelled': 'Cancelled',
    'value.eventFormat.in-person': 'In person',
    'value.eventFormat.virtual': 'Virtual',
    'value.eventFormat.hybrid': 'Hybrid',
    'value.eventCategory.icann-meeting': 'ICANN meeting',
    'value.eventCategory.lacralo-meeting': 'LACRALO meeting',
    'value.eventCategory.webinar': 'Webinar',
    'value.eventCategory.capacity-building': 'Capacity building',
    'value.eventCategory.roadshow': 'Roadshow',
    'value.eventCategory.technical-community': 'Technical community',
    'value.eventCategory.governance-forum': 'Internet governance forum',
    'value.eventCategory.telecom-policy': 'Telecommunications policy',
    'value.eventCategory.other': 'Other',
    'value.subregion.caribbean': 'Caribbean',
    'value.subregion.central-america-mexico': 'Central America and Mexico',
    'value.subregion.south-america': 'South America',
    'value.alsStatus.applicant': 'Applicant',
    'value.alsStatus.active': 'Active',
    'value.alsStatus.inactive': 'Inactive',
    'value.alsStatus.under-review': 'Under review',
    'value.alsStatus.decertified': 'Decertified',
    'value.registrationStatus.registered': 'Registered',
    'value.registrationStatus.waitlisted': 'Waitlisted',
    'value.registrationStatus.cancelled': 'Cancelled',
    'value.participationKind.monthly-call': 'Monthly call',
    'value.participationKind.vote': 'Vote',
    'value.participationKind.working-group': 'Working group',
    'value.participationKind.other': 'Other',
    'value.cropTripStatus.proposed': 'Proposed',
    'value.cropTripStatus.requested': 'Requested',
    'value.cropTripStatus.approved': 'Approved',
    'value.cropTripStatus.completed': 'Completed',
    'value.cropTripStatus.cancelled': 'Cancelled',
    'issue.sentence': '{field}: {problem}',
    'issue.fieldInLanguage': '{field} ({language})',
    'issue.record': 'Record',
    'issue.quoted': "'{value}'",
    'issue.thisValue': 'this value',
    'issue.required': 'this field is required; please fill it in',
    'issue.invalid_date': '{value} is not a real date; write it as YYYY-MM-DD, e.g. 2023-05-25',
    'issue.invalid_date_format':
      '{value} is not written as YYYY-MM-DD; write the date like 2023-05-25',
    'issue.invalid_time':
      '{value} is not a time of day; write it as HH:MM on the 24-hour clock, e.g. 14:30',
    'issue.invalid_time_zone':
      '{value} is not a known time zone; use an IANA time zone name, e.g. America/Mexico_City',
    'issue.invalid_country':
      '{value} is not a country code; write the two-letter ISO code, e.g. MX for Mexico',
    'issue.country_not_in_region':
      '{value} is not a country or territory of Latin America and the Caribbean; write the two-letter code of one, e.g. UY for Uruguay',
    'issue.invalid_event_id':
      '{value} is not a valid event ID; use lower-case letters, digits and hyphens (up to 80 characters), e.g. caribnog-25',
    'issue.end_before_start': 'the end date is before the start date; correct one of the two dates',
    'issue.end_without_start':
      'there is an end date but no start date; add the start date or clear the end date',
    'issue.undated_confirmed':
      'an event without a start date cannot be confirmed; add the date or set the status to {tentative}',
    'issue.time_without_date':
      'there is a start time but no start date; add the date or clear the time',
    'issue.time_without_zone':
      'an event with a start time needs a time zone; add one (e.g. America/Bogota) or clear the start time to make it an all-day event',
    'issue.end_time_without_start':
      'there is an end time but no start time; add the start time or clear the end time',
    'issue.invalid_id':
      '{value} is not a valid ID; use letters, digits, hyphens or underscores (up to 64 characters), e.g. ALS-AR-01',
    'issue.invalid_slug':
      '{value} cannot be used in a web address; use lower-case letters and digits joined by single hyphens, e.g. dnssec-2023',
    'issue.invalid_cctld': '{value} is not a ccTLD; write a dot and two letters, e.g. .uy',
    'issue.title_required': 'write the title in at least one language',
    'issue.registration_closes_before_opens':
      'registration would close before it opens; set a closing time after the opening time',
    'issue.registration_closes_after_end':
      'registration would close after the webinar has ended; close it at the latest when the webinar ends',
    'issue.invalid_fiscal_year':
      '{value} is not an ICANN fiscal year; write FY and two digits, e.g. FY24 (July 2023 to June 2024)',
    'issue.fiscal_year_mismatch':
      '{value} does not match the travel date: {travelDate} falls in {expected}; correct the fiscal year or the date',
    'issue.calls_attended_exceeds_window':
      'this cannot be more than the {window} monthly calls the rule looks at; lower it or look at more calls',
    'issue.consent_required': 'please tick the box to give your consent before registering',
    'issue.invalid_consent_version':
      '{value} is not a consent text version; use letters, digits, dots and hyphens, e.g. 2024-01',
    'issue.email_key_mismatch':
      'the comparison key does not match the email address; save the registration again so that it is recomputed',
    'issue.invalid_type': '{value} should be {expected}',
    'issue.expected.string': 'text',
    'issue.expected.number': 'a number',
    'issue.expected.int': 'a whole number',
    'issue.expected.boolean': 'yes or no (TRUE or FALSE)',
    'issue.expected.array': 'a list',
    'issue.expected.object': 'a group of fields',
    'issue.expected.other': 'a value of another kind',
    'issue.too_long': 'the text is too long; shorten it to at most {maximum} characters',
    'issue.too_short': 'the text is too short; write at least {minimum} characters',
    'issue.too_big_number': '{value} is too large; the maximum is {maximum}',
    'issue.too_small_number': '{value} is too small; the minimum is {minimum}',
    'issue.too_small_exclusive': '{value} is too small; it must be more than {minimum}',
    'issue.too_many_items': 'there are too many entries; keep at most {maximum}',
    'issue.too_few_items': 'there are too few entries; add at least {minimum}',
    'issue.invalid_option': '{value} is not one of the allowed values; choose one of: {options}',
    'issue.invalid_url':
      '{value} is not a web link; write the full address, starting with https://, e.g. https://atlarge.icann.org',
    'issue.invalid_instant':
      '{value} is not a date and time with a UTC offset; write it like 2023-05-25T14:00:00-05:00',
    'issue.invalid_format':
      '{value} is not in the expected format; check for stray spaces or characters',
    'issue.unknown_fields': 'unknown fields: {keys}; remove them or check their spelling',
    'issue.not_multiple_of': '{value} must be a multiple of {divisor}',
    'issue.invalid': '{value} is not valid here; check it and correct it',
  },
  es: {
    'field.event.id': 'ID del evento',
    'field.event.title': 'Título',
    'field.event.startDate': 'Fecha de inicio',
    'field.event.endDate': 'Fecha de fin',
    'field.event.startTime': 'Hora de inicio',
    'field.event.endTime': 'Hora de fin',
    'field.event.timeZone': 'Zona horaria',
    'field.event.city': 'Ciudad',
    'field.event.country': 'País',
    'field.event.subregion': 'Subregión',
    'field.event.category': 'Categoría',
    'field.event.format': 'Formato',
    'field.event.status': 'Estado',
    'field.event.url': 'Enlace',
    'field.event.languages': 'Idiomas',
    'field.event.cropEligible': 'Apto para CROP',
    'field.event.description': 'Descripción',
    'field.calendar.events': 'Eventos',
    'field.country.code': 'Código de país',
    'field.country.names': 'Nombre',
    'field.country.ccTld': 'ccTLD',
    'field.country.subregion': 'Subregión',
    'field.country.inDashboardSet': 'Se cuenta en el tablero',
    'field.country.territory': 'Territorio',
    'field.country.aliases': 'Otros nombres',
    'field.als.id': 'ID de la ALS',
    'field.als.name': 'Nombre',
    'field.als.country': 'País',
    'field.als.status': 'Estado',
    'field.als.accreditationDate': 'Fecha de acreditación',
    'field.als.website': 'Sitio web',
    'field.als.representatives': 'Representantes',
    'field.member.id': 'ID del miembro',
    'field.member.name': 'Nombre',
    'field.member.email': 'Correo electrónico',
    'field.member.country': 'País',
    'field.member.alsId': 'ALS',
    'field.member.languages': 'Idiomas',
    'field.member.gender': 'Género',
    'field.member.expertise': 'Áreas de experiencia',
    'field.member.conflicts': 'Conflictos de interés',
    'field.member.conflicts.description': 'Conflicto de interés',
    'field.member.conflicts.noGo': 'Conflicto excluyente',
    'field.member.cropTrips': 'Viajes CROP',
    'field.member.cropTrips.eventId': 'Evento del viaje CROP',
    'field.member.cropTrips.date': 'Fecha del viaje CROP',
    'field.participation.id': 'ID del registro',
    'field.participation.memberId': 'ID del miembro',
    'field.participation.date': 'Fecha',
    'field.participation.kind': 'Tipo de participación',
    'field.participation.detail': 'Detalle',
    'field.webinar.slug': 'Nombre corto (en la dirección web)',
    'field.webinar.titles': 'Título',
    'field.webinar.descriptions': 'Descripción',
    'field.webinar.start': 'Inicio',
    'field.webinar.timeZone': 'Zona horaria',
    'field.webinar.durationMinutes': 'Duración (minutos)',
    'field.webinar.capacity': 'Cupo',
    'field.webinar.registrationOpens': 'Apertura de inscripciones',
    'field.webinar.registrationCloses': 'Cierre de inscripciones',
    'field.webinar.joinUrl': 'Enlace para unirse',
    'field.registration.id': 'ID de la inscripción',
    'field.registration.webinarSlug': 'Webinar',
    'field.registration.name': 'Nombre completo',
    'field.registration.email': 'Correo electrónico',
    'field.registration.emailKey': 'Clave de comparación del correo',
    'field.registration.country': 'País',
    'field.registration.affiliation': 'Organización',
    'field.registration.language': 'Idioma',
    'field.registration.consent': 'Consentimiento',
    'field.registration.consent.given': 'Consentimiento',
    'field.registration.consent.textVersion': 'Versión del texto de consentimiento',
    'field.registration.consentVersion': 'Versión del texto de consentimiento',
    'field.registration.status': 'Estado',
    'field.registration.createdAt': 'Fecha de inscripción',
    'field.registration.updatedAt': 'Última modificación',
    'field.crop.memberId': 'Miembro',
    'field.crop.eventId': 'Evento',
    'field.crop.fiscalYear': 'Año fiscal',
    'field.crop.travelDate': 'Fecha de viaje',
    'field.crop.status': 'Estado',
    'field.settings.activeRule': 'Regla de miembro activo',
    'field.settings.activeRule.callsAttended': 'Llamadas con asistencia',
    'field.settings.activeRule.ofLastMonthlyCalls': 'De las últimas llamadas mensuales',
    'field.settings.activeRule.orVotedInLastElection': 'O votó en la última elección',
    'field.settings.alsReviewMonths': 'Revisión de la ALS tras (meses)',
    'field.settings.crop': 'CROP',
    'field.settings.crop.tripsPerFiscalYear': 'Viajes CROP por año fiscal',
    'field.settings.crop.leadTimeWeeks': 'Antelación de la solicitud CROP (semanas)',
    'field.settings.crop.tripDays': 'Duración del viaje CROP (días)',
    'value.eventStatus.confirmed': 'Confirmado',
    'value.eventStatus.tentative': 'Tentativo',
    'value.eventStatus.cancelled': 'Cancelado',
    'value.eventFormat.in-person': 'Presencial',
    'value.eventFormat.virtual': 'Virtual',
    'value.eventFormat.hybrid': 'Híbrido',
    'value.eventCategory.icann-meeting': 'Reunión de ICANN',
    'value.eventCategory.lacralo-meeting': 'Reunión de LACRALO',
    'value.eventCategory.webinar': 'Webinar',
    'value.eventCategory.capacity-building': 'Desarrollo de capacidades',
    'value.eventCategory.roadshow': 'Gira (roadshow)',
    'value.eventCategory.technical-community': 'Comunidad técnica',
    'value.eventCategory.governance-forum': 'Foro de gobernanza de Internet',
    'value.eventCategory.telecom-policy': 'Política de telecomunicaciones',
    'value.eventCategory.other': 'Otro',
    'value.subregion.caribbean': 'Caribe',
    'value.subregion.central-america-mexico': 'Centroamérica y México',
    'value.subregion.south-america': 'Sudamérica',
    'value.alsStatus.applicant': 'Solicitante',
    'value.alsStatus.active': 'Activa',
    'value.alsStatus.inactive': 'Inactiva',
    'value.alsStatus.under-review': 'En revisión',
    'value.alsStatus.decertified': 'Descertificada',
    'value.registrationStatus.registered': 'Inscrito',
    'value.registrationStatus.waitlisted': 'En lista de espera',
    'value.registrationStatus.cancelled': 'Cancelado',
    'value.participationKind.monthly-call': 'Llamada mensual',
    'value.participationKind.vote': 'Votación',
    'value.participationKind.working-group': 'Grupo de trabajo',
    'value.participationKind.other': 'Otro',
    'value.cropTripStatus.proposed': 'Propuesto',
    'value.cropTripStatus.requested': 'Solicitado',
    'value.cropTripStatus.approved': 'Aprobado',
    'value.cropTripStatus.completed': 'Realizado',
    'value.cropTripStatus.cancelled': 'Cancelado',
    'issue.sentence': '{field}: {problem}',
    'issue.fieldInLanguage': '{field} ({language})',
    'issue.record': 'Registro',
    'issue.quoted': '«{value}»',
    'issue.thisValue': 'el valor',
    'issue.required': 'este campo es obligatorio; complételo',
    'issue.invalid_date':
      '{value} no es una fecha válida; escríbala como AAAA-MM-DD, por ejemplo 2023-05-25',
    'issue.invalid_date_format':
      '{value} no está en el formato AAAA-MM-DD; escriba la fecha así: 2023-05-25',
    'issue.invalid_time':
      '{value} no es una hora válida; escríbala como HH:MM en formato de 24 horas, por ejemplo 14:30',
    'issue.invalid_time_zone':
      '{value} no es una zona horaria conocida; use un nombre de zona horaria de la IANA, por ejemplo America/Mexico_City',
    'issue.invalid_country':
      '{value} no es un código de país; escriba el código ISO de dos letras, por ejemplo MX para México',
    'issue.country_not_in_region':
      '{value} no es un país ni un territorio de América Latina y el Caribe; escriba el código de dos letras de uno de ellos, por ejemplo UY para Uruguay',
    'issue.invalid_event_id':
      '{value} no es un ID de evento válido; use minúsculas, dígitos y guiones (hasta 80 caracteres), por ejemplo caribnog-25',
    'issue.end_before_start':
      'la fecha de fin es anterior a la fecha de inicio; corrija una de las dos fechas',
    'issue.end_without_start':
      'hay una fecha de fin pero no de inicio; agregue la fecha de inicio o borre la de fin',
    'issue.undated_confirmed':
      'un evento sin fecha de inicio no puede estar confirmado; agregue la fecha o cambie el estado a {tentative}',
    'issue.time_without_date':
      'hay una hora de inicio pero no una fecha de inicio; agregue la fecha o borre la hora',
    'issue.time_without_zone':
      'un evento con hora de inicio necesita una zona horaria; agregue una (por ejemplo America/Bogota) o borre la hora de inicio para que sea un evento de todo el día',
    'issue.end_time_without_start':
      'hay una hora de fin pero no de inicio; agregue la hora de inicio o borre la de fin',
    'issue.invalid_id':
      '{value} no es un ID válido; use letras, dígitos, guiones o guiones bajos (hasta 64 caracteres), por ejemplo ALS-AR-01',
    'issue.invalid_slug':
      '{value} no se puede usar en una dirección web; use minúsculas y dígitos unidos por guiones simples, por ejemplo dnssec-2023',
    'issue.invalid_cctld': '{value} no es un ccTLD; escriba un punto y dos letras, por ejemplo .uy',
    'issue.title_required': 'escriba el título en al menos un idioma',
    'issue.registration_closes_before_opens':
      'las inscripciones cerrarían antes de abrirse; fije un cierre posterior a la apertura',
    'issue.registration_closes_after_end':
      'las inscripciones cerrarían después de que termine el webinar; ciérrelas a más tardar cuando termine el webinar',
    'issue.invalid_fiscal_year':
      '{value} no es un año fiscal de ICANN; escriba FY y dos dígitos, por ejemplo FY24 (julio de 2023 a junio de 2024)',
    'issue.fiscal_year_mismatch':
      '{value} no coincide con la fecha de viaje: el {travelDate} corresponde a {expected}; corrija el año fiscal o la fecha',
    'issue.calls_attended_exceeds_window':
      'no puede ser mayor que las {window} llamadas mensuales que considera la regla; redúzcalo o considere más llamadas',
    'issue.consent_required': 'marque la casilla para dar su consentimiento antes de inscribirse',
    'issue.invalid_consent_version':
      '{value} no es una versión del texto de consentimiento; use letras, dígitos, puntos y guiones, por ejemplo 2024-01',
    'issue.email_key_mismatch':
      'la clave de comparación no coincide con el correo electrónico; guarde de nuevo la inscripción para que se recalcule',
    'issue.invalid_type': '{value} debería ser {expected}',
    'issue.expected.string': 'un texto',
    'issue.expected.number': 'un número',
    'issue.expected.int': 'un número entero',
    'issue.expected.boolean': 'sí o no (VERDADERO o FALSO)',
    'issue.expected.array': 'una lista',
    'issue.expected.object': 'un grupo de campos',
    'issue.expected.other': 'un valor de otro tipo',
    'issue.too_long': 'el texto es demasiado largo; acórtelo a {maximum} caracteres como máximo',
    'issue.too_short': 'el texto es demasiado corto; escriba al menos {minimum} caracteres',
    'issue.too_big_number': '{value} es demasiado grande; el máximo es {maximum}',
    'issue.too_small_number': '{value} es demasiado pequeño; el mínimo es {minimum}',
    'issue.too_small_exclusive': '{value} es demasiado pequeño; debe ser mayor que {minimum}',
    'issue.too_many_items': 'hay demasiadas entradas; deje {maximum} como máximo',
    'issue.too_few_items': 'faltan entradas; agregue al menos {minimum}',
    'issue.invalid_option':
      '{value} no es uno de los valores permitidos; elija uno de estos: {options}',
    'issue.invalid_url':
      '{value} no es un enlace web; escriba la dirección completa, que empiece por https://, por ejemplo https://atlarge.icann.org',
    'issue.invalid_instant':
      '{value} no es una fecha y hora con desfase respecto de UTC; escríbala así: 2023-05-25T14:00:00-05:00',
    'issue.invalid_format':
      '{value} no tiene el formato esperado; revise si sobran espacios o caracteres',
    'issue.unknown_fields': 'campos desconocidos: {keys}; quítelos o revise cómo están escritos',
    'issue.not_multiple_of': '{value} debe ser múltiplo de {divisor}',
    'issue.invalid': '{value} no es válido aquí; revíselo y corríjalo',
  },
  pt: {
    'field.event.id': 'ID do evento',
    'field.event.title': 'Título',
    'field.event.startDate': 'Data de início',
    'field.event.endDate': 'Data de término',
    'field.event.startTime': 'Horário de início',
    'field.event.endTime': 'Horário de término',
    'field.event.timeZone': 'Fuso horário',
    'field.event.city': 'Cidade',
    'field.event.country': 'País',
    'field.event.subregion': 'Sub-região',
    'field.event.category': 'Categoria',
    'field.event.format': 'Formato',
    'field.event.status': 'Status',
    'field.event.url': 'Link',
    'field.event.languages': 'Idiomas',
    'field.event.cropEligible': 'Adequado ao CROP',
    'field.event.description': 'Descrição',
    'field.calendar.events': 'Eventos',
    'field.country.code': 'Código do país',
    'field.country.names': 'Nome',
    'field.country.ccTld': 'ccTLD',
    'field.country.subregion': 'Sub-região',
    'field.country.inDashboardSet': 'Contado no painel',
    'field.country.territory': 'Território',
    'field.country.aliases': 'Outros nomes',
    'field.als.id': 'ID da ALS',
    'field.als.name': 'Nome',
    'field.als.country': 'País',
    'field.als.status': 'Status',
    'field.als.accreditationDate': 'Data de credenciamento',
    'field.als.website': 'Site',
    'field.als.representatives': 'Representantes',
    'field.member.id': 'ID do membro',
    'field.member.name': 'Nome',
    'field.member.email': 'E-mail',
    'field.member.country': 'País',
    'field.member.alsId': 'ALS',
    'field.member.languages': 'Idiomas',
    'field.member.gender': 'Gênero',
    'field.member.expertise': 'Áreas de especialização',
    'field.member.conflicts': 'Conflitos de interesse',
    'field.member.conflicts.description': 'Conflito de interesse',
    'field.member.conflicts.noGo': 'Conflito impeditivo',
    'field.member.cropTrips': 'Viagens CROP',
    'field.member.cropTrips.eventId': 'Evento da viagem CROP',
    'field.member.cropTrips.date': 'Data da viagem CROP',
    'field.participation.id': 'ID do registro',
    'field.participation.memberId': 'ID do membro',
    'field.participation.date': 'Data',
    'field.participation.kind': 'Tipo de participação',
    'field.participation.detail': 'Detalhe',
    'field.webinar.slug': 'Nome curto (no endereço web)',
    'field.webinar.titles': 'Título',
    'field.webinar.descriptions': 'Descrição',
    'field.webinar.start': 'Início',
    'field.webinar.timeZone': 'Fuso horário',
    'field.webinar.durationMinutes': 'Duração (minutos)',
    'field.webinar.capacity': 'Vagas',
    'field.webinar.registrationOpens': 'Abertura das inscrições',
    'field.webinar.registrationCloses': 'Encerramento das inscrições',
    'field.webinar.joinUrl': 'Link de acesso',
    'field.registration.id': 'ID da inscrição',
    'field.registration.webinarSlug': 'Webinar',
    'field.registration.name': 'Nome completo',
    'field.registration.email': 'E-mail',
    'field.registration.emailKey': 'Chave de comparação do e-mail',
    'field.registration.country': 'País',
    'field.registration.affiliation': 'Organização',
    'field.registration.language': 'Idioma',
    'field.registration.consent': 'Consentimento',
    'field.registration.consent.given': 'Consentimento',
    'field.registration.consent.textVersion': 'Versão do texto de consentimento',
    'field.registration.consentVersion': 'Versão do texto de consentimento',
    'field.registration.status': 'Status',
    'field.registration.createdAt': 'Data da inscrição',
    'field.registration.updatedAt': 'Última atualização',
    'field.crop.memberId': 'Membro',
    'field.crop.eventId': 'Evento',
    'field.crop.fiscalYear': 'Ano fiscal',
    'field.crop.travelDate': 'Data da viagem',
    'field.crop.status': 'Status',
    'field.settings.activeRule': 'Regra de membro ativo',
    'field.settings.activeRule.callsAttended': 'Chamadas com presença',
    'field.settings.activeRule.ofLastMonthlyCalls': 'Das últimas chamadas mensais',
    'field.settings.activeRule.orVotedInLastElection': 'Ou votou na última eleição',
    'field.settings.alsReviewMonths': 'Revisão da ALS após (meses)',
    'field.settings.crop': 'CROP',
    'field.settings.crop.tripsPerFiscalYear': 'Viagens CROP por ano fiscal',
    'field.settings.crop.leadTimeWeeks': 'Antecedência do pedido CROP (semanas)',
    'field.settings.crop.tripDays': 'Duração da viagem CROP (dias)',
    'value.eventStatus.confirmed': 'Confirmado',
    'value.eventStatus.tentative': 'Provisório',
    'value.eventStatus.cancelled': 'Cancelado',
    'value.eventFormat.in-person': 'Presencial',
    'value.eventFormat.virtual': 'Virtual',
    'value.eventFormat.hybrid': 'Híbrido',
    'value.eventCategory.icann-meeting': 'Reunião da ICANN',
    'value.eventCategory.lacralo-meeting': 'Reunião da LACRALO',
    'value.eventCategory.webinar': 'Webinar',
    'value.eventCategory.capacity-building': 'Capacitação',
    'value.eventCategory.roadshow': 'Roadshow',
    'value.eventCategory.technical-community': 'Comunidade técnica',
    'value.eventCategory.governance-forum': 'Fórum de governança da internet',
    'value.eventCategory.telecom-policy': 'Política de telecomunicações',
    'value.eventCategory.other': 'Outro',
    'value.subregion.caribbean': 'Caribe',
    'value.subregion.central-america-mexico': 'América Central e México',
    'value.subregion.south-america': 'América do Sul',
    'value.alsStatus.applicant': 'Candidata',
    'value.alsStatus.active': 'Ativa',
    'value.alsStatus.inactive': 'Inativa',
    'value.alsStatus.under-review': 'Em revisão',
    'value.alsStatus.decertified': 'Descredenciada',
    'value.registrationStatus.registered': 'Inscrito',
    'value.registrationStatus.waitlisted': 'Em lista de espera',
    'value.registrationStatus.cancelled': 'Cancelado',
    'value.participationKind.monthly-call': 'Chamada mensal',
    'value.participationKind.vote': 'Votação',
    'value.participationKind.working-group': 'Grupo de trabalho',
    'value.participationKind.other': 'Outro',
    'value.cropTripStatus.proposed': 'Proposta',
    'value.cropTripStatus.requested': 'Solicitada',
    'value.cropTripStatus.approved': 'Aprovada',
    'value.cropTripStatus.completed': 'Realizada',
    'value.cropTripStatus.cancelled': 'Cancelada',
    'issue.sentence': '{field}: {problem}',
    'issue.fieldInLanguage': '{field} ({language})',
    'issue.record': 'Registro',
    'issue.quoted': '“{value}”',
    'issue.thisValue': 'o valor',
    'issue.required': 'este campo é obrigatório; preencha-o',
    'issue.invalid_date':
      '{value} não é uma data válida; escreva-a como AAAA-MM-DD, por exemplo 2023-05-25',
    'issue.invalid_date_format':
      '{value} não está no formato AAAA-MM-DD; escreva a data assim: 2023-05-25',
    'issue.invalid_time':
      '{value} não é um horário válido; escreva-o como HH:MM no formato de 24 horas, por exemplo 14:30',
    'issue.invalid_time_zone':
      '{value} não é um fuso horário conhecido; use um nome de fuso horário da IANA, por exemplo America/Sao_Paulo',
    'issue.invalid_country':
      '{value} não é um código de país; escreva o código ISO de duas letras, por exemplo BR para o Brasil',
    'issue.country_not_in_region':
      '{value} não é um país nem um território da América Latina e do Caribe; escreva o código de duas letras de um deles, por exemplo UY para o Uruguai',
    'issue.invalid_event_id':
      '{value} não é um ID de evento válido; use letras minúsculas, algarismos e hifens (até 80 caracteres), por exemplo caribnog-25',
    'issue.end_before_start':
      'a data de término é anterior à data de início; corrija uma das duas datas',
    'issue.end_without_start':
      'há uma data de término, mas não de início; adicione a data de início ou apague a de término',
    'issue.undated_confirmed':
      'um evento sem data de início não pode estar confirmado; adicione a data ou mude o status para {tentative}',
    'issue.time_without_date':
      'há um horário de início, mas não uma data de início; adicione a data ou apague o horário',
    'issue.time_without_zone':
      'um evento com horário de início precisa de um fuso horário; adicione um (por exemplo America/Bogota) ou apague o horário de início para que seja um evento de dia inteiro',
    'issue.end_time_without_start':
      'há um horário de término, mas não de início; adicione o horário de início ou apague o de término',
    'issue.invalid_id':
      '{value} não é um ID válido; use letras, algarismos, hifens ou sublinhados (até 64 caracteres), por exemplo ALS-AR-01',
    'issue.invalid_slug':
      '{value} não pode ser usado em um endereço web; use letras minúsculas e algarismos unidos por hifens simples, por exemplo dnssec-2023',
    'issue.invalid_cctld':
      '{value} não é um ccTLD; escreva um ponto e duas letras, por exemplo .br',
    'issue.title_required': 'escreva o título em pelo menos um idioma',
    'issue.registration_closes_before_opens':
      'as inscrições seriam encerradas antes de abrir; defina um encerramento posterior à abertura',
    'issue.registration_closes_after_end':
      'as inscrições seriam encerradas depois do fim do webinar; encerre-as no máximo quando o webinar terminar',
    'issue.invalid_fiscal_year':
      '{value} não é um ano fiscal da ICANN; escreva FY e dois algarismos, por exemplo FY24 (julho de 2023 a junho de 2024)',
    'issue.fiscal_year_mismatch':
      '{value} não corresponde à data da viagem: {travelDate} cai em {expected}; corrija o ano fiscal ou a data',
    'issue.calls_attended_exceeds_window':
      'não pode ser maior que as {window} chamadas mensais consideradas pela regra; reduza-o ou considere mais chamadas',
    'issue.consent_required': 'marque a caixa para dar seu consentimento antes de se inscrever',
    'issue.invalid_consent_version':
      '{value} não é uma versão do texto de consentimento; use letras, algarismos, pontos e hifens, por exemplo 2024-01',
    'issue.email_key_mismatch':
      'a chave de comparação não corresponde ao e-mail; salve a inscrição novamente para que seja recalculada',
    'issue.invalid_type': '{value} deveria ser {expected}',
    'issue.expected.string': 'um texto',
    'issue.expected.number': 'um número',
    'issue.expected.int': 'um número inteiro',
    'issue.expected.boolean': 'sim ou não (VERDADEIRO ou FALSO)',
    'issue.expected.array': 'uma lista',
    'issue.expected.object': 'um grupo de campos',
    'issue.expected.other': 'um valor de outro tipo',
    'issue.too_long': 'o texto é longo demais; reduza-o para no máximo {maximum} caracteres',
    'issue.too_short': 'o texto é curto demais; escreva pelo menos {minimum} caracteres',
    'issue.too_big_number': '{value} é grande demais; o máximo é {maximum}',
    'issue.too_small_number': '{value} é pequeno demais; o mínimo é {minimum}',
    'issue.too_small_exclusive': '{value} é pequeno demais; deve ser maior que {minimum}',
    'issue.too_many_items': 'há entradas demais; mantenha no máximo {maximum}',
    'issue.too_few_items': 'faltam entradas; adicione pelo menos {minimum}',
    'issue.invalid_option': '{value} não é um dos valores permitidos; escolha um destes: {options}',
    'issue.invalid_url':
      '{value} não é um link; escreva o endereço completo, começando com https://, por exemplo https://atlarge.icann.org',
    'issue.invalid_instant':
      '{value} não é uma data e hora com deslocamento em relação ao UTC; escreva-a assim: 2023-05-25T14:00:00-03:00',
    'issue.invalid_format':
      '{value} não está no formato esperado; verifique se há espaços ou caracteres a mais',
    'issue.unknown_fields': 'campos desconhecidos: {keys}; remova-os ou verifique a grafia',
    'issue.not_multiple_of': '{value} deve ser múltiplo de {divisor}',
    'issue.invalid': '{value} não é válido aqui; verifique-o e corrija-o',
  },
  fr: {
    'field.event.id': 'Identifiant de l’événement',
    'field.event.title': 'Titre',
    'field.event.startDate': 'Date de début',
    'field.event.endDate': 'Date de fin',
    'field.event.startTime': 'Heure de début',
    'field.event.endTime': 'Heure de fin',
    'field.event.timeZone': 'Fuseau horaire',
    'field.event.city': 'Ville',
    'field.event.country': 'Pays',
    'field.event.subregion': 'Sous-région',
    'field.event.category': 'Catégorie',
    'field.event.format': 'Format',
    'field.event.status': 'Statut',
    'field.event.url': 'Lien',
    'field.event.languages': 'Langues',
    'field.event.cropEligible': 'Éligible au CROP',
    'field.event.description': 'Description',
    'field.calendar.events': 'Événements',
    'field.country.code': 'Code du pays',
    'field.country.names': 'Nom',
    'field.country.ccTld': 'ccTLD',
    'field.country.subregion': 'Sous-région',
    'field.country.inDashboardSet': 'Compté dans le tableau de bord',
    'field.country.territory': 'Territoire',
    'field.country.aliases': 'Autres noms',
    'field.als.id': 'Identifiant de l’ALS',
    'field.als.name': 'Nom',
    'field.als.country': 'Pays',
    'field.als.status': 'Statut',
    'field.als.accreditationDate': 'Date d’accréditation',
    'field.als.website': 'Site web',
    'field.als.representatives': 'Représentants',
    'field.member.id': 'Identifiant du membre',
    'field.member.name': 'Nom',
    'field.member.email': 'Adresse e-mail',
    'field.member.country': 'Pays',
    'field.member.alsId': 'ALS',
    'field.member.languages': 'Langues',
    'field.member.gender': 'Genre',
    'field.member.expertise': 'Domaines d’expertise',
    'field.member.conflicts': 'Conflits d’intérêts',
    'field.member.conflicts.description': 'Conflit d’intérêts',
    'field.member.conflicts.noGo': 'Conflit rédhibitoire',
    'field.member.cropTrips': 'Voyages CROP',
    'field.member.cropTrips.eventId': 'Événement du voyage CROP',
    'field.member.cropTrips.date': 'Date du voyage CROP',
    'field.participation.id': 'Identifiant de l’enregistrement',
    'field.participation.memberId': 'Identifiant du membre',
    'field.participation.date': 'Date',
    'field.participation.kind': 'Type de participation',
    'field.participation.detail': 'Détail',
    'field.webinar.slug': 'Nom court (dans l’adresse web)',
    'field.webinar.titles': 'Titre',
    'field.webinar.descriptions': 'Description',
    'field.webinar.start': 'Début',
    'field.webinar.timeZone': 'Fuseau horaire',
    'field.webinar.durationMinutes': 'Durée (minutes)',
    'field.webinar.capacity': 'Nombre de places',
    'field.webinar.registrationOpens': 'Ouverture des inscriptions',
    'field.webinar.registrationCloses': 'Clôture des inscriptions',
    'field.webinar.joinUrl': 'Lien de connexion',
    'field.registration.id': 'Identifiant de l’inscription',
    'field.registration.webinarSlug': 'Webinaire',
    'field.registration.name': 'Nom complet',
    'field.registration.email': 'Adresse e-mail',
    'field.registration.emailKey': 'Clé de comparaison de l’adresse e-mail',
    'field.registration.country': 'Pays',
    'field.registration.affiliation': 'Organisation',
    'field.registration.language': 'Langue',
    'field.registration.consent': 'Consentement',
    'field.registration.consent.given': 'Consentement',
    'field.registration.consent.textVersion': 'Version du texte de consentement',
    'field.registration.consentVersion': 'Version du texte de consentement',
    'field.registration.status': 'Statut',
    'field.registration.createdAt': 'Date d’inscription',
    'field.registration.updatedAt': 'Dernière mise à jour',
    'field.crop.memberId': 'Membre',
    'field.crop.eventId': 'Événement',
    'field.crop.fiscalYear': 'Exercice',
    'field.crop.travelDate': 'Date du voyage',
    'field.crop.status': 'Statut',
    'field.settings.activeRule': 'Règle de membre actif',
    'field.settings.activeRule.callsAttended': 'Appels suivis',
    'field.settings.activeRule.ofLastMonthlyCalls': 'Sur les derniers appels mensuels',
    'field.settings.activeRule.orVotedInLastElection': 'Ou a voté à la dernière élection',
    'field.settings.alsReviewMonths': 'Révision de l’ALS après (mois)',
    'field.settings.crop': 'CROP',
    'field.settings.crop.tripsPerFiscalYear': 'Voyages CROP par exercice',
    'field.settings.crop.leadTimeWeeks': 'Délai de demande CROP (semaines)',
    'field.settings.crop.tripDays': 'Durée du voyage CROP (jours)',
    'value.eventStatus.confirmed': 'Confirmé',
    'value.eventStatus.tentative': 'Provisoire',
    'value.eventStatus.cancelled': 'Annulé',
    'value.eventFormat.in-person': 'En présentiel',
    'value.eventFormat.virtual': 'Virtuel',
    'value.eventFormat.hybrid': 'Hybride',
    'value.eventCategory.icann-meeting': 'Réunion de l’ICANN',
    'value.eventCategory.lacralo-meeting': 'Réunion de LACRALO',
    'value.eventCategory.webinar': 'Webinaire',
    'value.eventCategory.capacity-building': 'Renforcement des capacités',
    'value.eventCategory.roadshow': 'Tournée (roadshow)',
    'value.eventCategory.technical-community': 'Communauté technique',
    'value.eventCategory.governance-forum': 'Forum sur la gouvernance de l’internet',
    'value.eventCategory.telecom-policy': 'Politique des télécommunications',
    'value.eventCategory.other': 'Autre',
    'value.subregion.caribbean': 'Caraïbes',
    'value.subregion.central-america-mexico': 'Amérique centrale et Mexique',
    'value.subregion.south-america': 'Amérique du Sud',
    'value.alsStatus.applicant': 'Candidate',
    'value.alsStatus.active': 'Active',
    'value.alsStatus.inactive': 'Inactive',
    'value.alsStatus.under-review': 'En cours de révision',
    'value.alsStatus.decertified': 'Décertifiée',
    'value.registrationStatus.registered': 'Inscrit',
    'value.registrationStatus.waitlisted': 'En liste d’attente',
    'value.registrationStatus.cancelled': 'Annulé',
    'value.participationKind.monthly-call': 'Appel mensuel',
    'value.participationKind.vote': 'Vote',
    'value.participationKind.working-group': 'Groupe de travail',
    'value.participationKind.other': 'Autre',
    'value.cropTripStatus.proposed': 'Proposé',
    'value.cropTripStatus.requested': 'Demandé',
    'value.cropTripStatus.approved': 'Approuvé',
    'value.cropTripStatus.completed': 'Effectué',
    'value.cropTripStatus.cancelled': 'Annulé',
    'issue.sentence': '{field} : {problem}',
    'issue.fieldInLanguage': '{field} ({language})',
    'issue.record': 'Enregistrement',
    'issue.quoted': '« {value} »',
    'issue.thisValue': 'la valeur',
    'issue.required': 'ce champ est obligatoire ; veuillez le remplir',
    'issue.invalid_date':
      '{value} n’est pas une date valide ; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2023-05-25',
    'issue.invalid_date_format':
      '{value} n’est pas au format AAAA-MM-JJ ; écrivez la date ainsi : 2023-05-25',
    'issue.invalid_time':
      '{value} n’est pas une heure valide ; écrivez-la sous la forme HH:MM sur 24 heures, par exemple 14:30',
    'issue.invalid_time_zone':
      '{value} n’est pas un fuseau horaire connu ; utilisez un nom de fuseau horaire de l’IANA, par exemple America/Port-au-Prince',
    'issue.invalid_country':
      '{value} n’est pas un code de pays ; écrivez le code ISO à deux lettres, par exemple HT pour Haïti',
    'issue.country_not_in_region':
      '{value} n’est pas un pays ou un territoire d’Amérique latine et des Caraïbes ; écrivez le code à deux lettres de l’un d’eux, par exemple UY pour l’Uruguay',
    'issue.invalid_event_id':
      '{value} n’est pas un identifiant d’événement valide ; utilisez des minuscules, des chiffres et des traits d’union (80 caractères au plus), par exemple caribnog-25',
    'issue.end_before_start':
      'la date de fin précède la date de début ; corrigez l’une des deux dates',
    'issue.end_without_start':
      'il y a une date de fin mais pas de date de début ; ajoutez la date de début ou effacez la date de fin',
    'issue.undated_confirmed':
      'un événement sans date de début ne peut pas être confirmé ; ajoutez la date ou passez le statut à {tentative}',
    'issue.time_without_date':
      'il y a une heure de début mais pas de date de début ; ajoutez la date ou effacez l’heure',
    'issue.time_without_zone':
      'un événement avec une heure de début a besoin d’un fuseau horaire ; ajoutez-en un (par exemple America/Bogota) ou effacez l’heure de début pour en faire un événement d’une journée entière',
    'issue.end_time_without_start':
      'il y a une heure de fin mais pas d’heure de début ; ajoutez l’heure de début ou effacez l’heure de fin',
    'issue.invalid_id':
      '{value} n’est pas un identifiant valide ; utilisez des lettres, des chiffres, des traits d’union ou des tirets bas (64 caractères au plus), par exemple ALS-AR-01',
    'issue.invalid_slug':
      '{value} ne peut pas figurer dans une adresse web ; utilisez des minuscules et des chiffres reliés par de simples traits d’union, par exemple dnssec-2023',
    'issue.invalid_cctld':
      '{value} n’est pas un ccTLD ; écrivez un point et deux lettres, par exemple .ht',
    'issue.title_required': 'écrivez le titre dans au moins une langue',
    'issue.registration_closes_before_opens':
      'les inscriptions fermeraient avant d’ouvrir ; fixez une clôture postérieure à l’ouverture',
    'issue.registration_closes_after_end':
      'les inscriptions fermeraient après la fin du webinaire ; fermez-les au plus tard à la fin du webinaire',
    'issue.invalid_fiscal_year':
      '{value} n’est pas un exercice de l’ICANN ; écrivez FY et deux chiffres, par exemple FY24 (juillet 2023 à juin 2024)',
    'issue.fiscal_year_mismatch':
      '{value} ne correspond pas à la date du voyage : le {travelDate} tombe dans l’exercice {expected} ; corrigez l’exercice ou la date',
    'issue.calls_attended_exceeds_window':
      'ne peut pas dépasser les {window} appels mensuels pris en compte par la règle ; réduisez-le ou prenez en compte plus d’appels',
    'issue.consent_required':
      'cochez la case pour donner votre consentement avant de vous inscrire',
    'issue.invalid_consent_version':
      '{value} n’est pas une version du texte de consentement ; utilisez des lettres, des chiffres, des points et des traits d’union, par exemple 2024-01',
    'issue.email_key_mismatch':
      'la clé de comparaison ne correspond pas à l’adresse e-mail ; enregistrez de nouveau l’inscription pour qu’elle soit recalculée',
    'issue.invalid_type': '{value} devrait être {expected}',
    'issue.expected.string': 'du texte',
    'issue.expected.number': 'un nombre',
    'issue.expected.int': 'un nombre entier',
    'issue.expected.boolean': 'oui ou non (VRAI ou FAUX)',
    'issue.expected.array': 'une liste',
    'issue.expected.object': 'un groupe de champs',
    'issue.expected.other': 'une valeur d’un autre type',
    'issue.too_long': 'le texte est trop long ; raccourcissez-le à {maximum} caractères au plus',
    'issue.too_short': 'le texte est trop court ; écrivez au moins {minimum} caractères',
    'issue.too_big_number': '{value} est trop grand ; le maximum est {maximum}',
    'issue.too_small_number': '{value} est trop petit ; le minimum est {minimum}',
    'issue.too_small_exclusive': '{value} est trop petit ; il doit être supérieur à {minimum}',
    'issue.too_many_items': 'il y a trop d’entrées ; gardez-en {maximum} au plus',
    'issue.too_few_items': 'il manque des entrées ; ajoutez-en au moins {minimum}',
    'issue.invalid_option':
      '{value} ne fait pas partie des valeurs autorisées ; choisissez parmi : {options}',
    'issue.invalid_url':
      '{value} n’est pas un lien web ; écrivez l’adresse complète, commençant par https://, par exemple https://atlarge.icann.org',
    'issue.invalid_instant':
      '{value} n’est pas une date et heure avec décalage par rapport à UTC ; écrivez-la ainsi : 2023-05-25T14:00:00-04:00',
    'issue.invalid_format':
      '{value} n’est pas au format attendu ; vérifiez qu’il n’y a pas d’espaces ou de caractères en trop',
    'issue.unknown_fields': 'champs inconnus : {keys} ; supprimez-les ou vérifiez leur orthographe',
    'issue.not_multiple_of': '{value} doit être un multiple de {divisor}',
    'issue.invalid': '{value} n’est pas valide ici ; vérifiez-le et corrigez-le',
  },
})

type SchemaKey = keyof (typeof schemaMessages)['en']

/** The records whose fields have labels. */
export const SCHEMA_ENTITIES = [
  'event',
  'calendar',
  'country',
  'als',
  'member',
  'participation',
  'webinar',
  'registration',
  'crop',
  'settings',
] as const
export type SchemaEntity = (typeof SCHEMA_ENTITIES)[number]

/** The labelled fields of an entity, nested ones dotted ('conflicts.noGo'). */
export type FieldOf<E extends SchemaEntity> = SchemaKey extends infer K
  ? K extends `field.${E}.${infer F}`
    ? F
    : never
  : never

/**
 * A field's label, as a column header or form label shows it.
 *
 * @example
 * fieldLabel('event', 'startDate', 'es') // 'Fecha de inicio'
 */
export function fieldLabel<E extends SchemaEntity>(
  entity: E,
  field: FieldOf<E>,
  locale: Locale
): string {
  return findFieldLabel(entity, field, locale) ?? field
}

/** A field's label, or undefined when `field` (a string from outside) has none. */
export function findFieldLabel(
  entity: SchemaEntity,
  field: string,
  locale: Locale
): string | undefined {
  const messages: Record<string, string> = schemaMessages[locale]
  return messages[`field.${entity}.${field}`]
}

/** The value sets that have labels, and the values of each. */
export interface ValueSets {
  eventStatus: EventStatus
  eventFormat: EventFormat
  eventCategory: EventCategory
  subregion: Subregion
  alsStatus: AlsStatus
  registrationStatus: RegistrationStatus
  participationKind: ParticipationKind
  cropTripStatus: CropTripStatus
  language: Locale
}
export type ValueSet = keyof ValueSets

export const VALUE_SETS = [
  'eventStatus',
  'eventFormat',
  'eventCategory',
  'subregion',
  'alsStatus',
  'registrationStatus',
  'participationKind',
  'cropTripStatus',
  'language',
] as const satisfies readonly ValueSet[]

function labelsOf(set: ValueSet, locale: Locale): Map<string, string> {
  const [messages, prefix]: [Record<string, string>, string] =
    set === 'language'
      ? [commonMessages[locale], 'language.']
      : [schemaMessages[locale], `value.${set}.`]
  const labels = new Map<string, string>()
  for (const [key, text] of Object.entries(messages))
    if (key.startsWith(prefix)) labels.set(key.slice(prefix.length), text)
  return labels
}

/**
 * A value's label, as a drop-down or a report shows it.
 *
 * @example
 * valueLabel('eventCategory', 'webinar', 'fr') // 'Webinaire'
 */
export function valueLabel<S extends ValueSet>(
  set: S,
  value: ValueSets[S],
  locale: Locale
): string {
  return labelsOf(set, locale).get(value) ?? value
}

/** The values of a set, in catalogue order. */
export function valueSetValues(set: ValueSet): string[] {
  return [...labelsOf(set, 'en').keys()]
}

function comparable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

/**
 * The value a person meant by `text`: the value itself or its label in any of the four
 * languages, ignoring case and accents; undefined when nothing matches.
 *
 * @example
 * valueFromLabel('eventStatus', 'Confirmado') // 'confirmed'
 * valueFromLabel('eventFormat', 'en présentiel') // 'in-person'
 */
export function valueFromLabel<S extends ValueSet>(set: S, text: string): ValueSets[S] | undefined {
  const wanted = comparable(text)
  for (const value of valueSetValues(set)) {
    if (comparable(value) === wanted) return value as ValueSets[S]
    for (const locale of ['en', 'es', 'pt', 'fr'] as const)
      if (comparable(labelsOf(set, locale).get(value) ?? '') === wanted)
        return value as ValueSets[S]
  }
  return undefined
}
