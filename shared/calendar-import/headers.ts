// Recognizes a calendar table's header row: which column holds which event field.
import { foldText } from './fold-text'

/** The event fields a column can hold. */
export const EVENT_COLUMNS = [
  'id',
  'title',
  'startDate',
  'endDate',
  'startTime',
  'endTime',
  'timeZone',
  'city',
  'country',
  'url',
  'status',
  'category',
  'format',
  'languages',
  'cropEligible',
  'description',
] as const
export type EventColumn = (typeof EVENT_COLUMNS)[number]

// Header names people use in the region's four languages, compared folded (no case, no
// accents, punctuation as spaces). "Notes" is left out on purpose: notes are often internal
// and must not end up in the public feed as a description.
const HEADER_NAMES: Record<EventColumn, readonly string[]> = {
  id: ['id', 'event id', 'id del evento', 'id do evento', 'identificador', 'identifiant'],
  title: [
    'event name',
    'event',
    'event title',
    'title',
    'name',
    'nombre del evento',
    'nombre',
    'evento',
    'titulo',
    'titulo del evento',
    'nome do evento',
    'nome',
    'titulo do evento',
    'titre',
    'nom de l evenement',
    'nom',
    'evenement',
  ],
  startDate: [
    'date',
    'start',
    'start date',
    'event date',
    'fecha',
    'fecha de inicio',
    'inicio',
    'fecha del evento',
    'data',
    'data de inicio',
    'data do evento',
    'date de debut',
    'debut',
    'date de l evenement',
  ],
  endDate: [
    'end',
    'end date',
    'fin',
    'fecha de fin',
    'fecha final',
    'fecha de termino',
    'fim',
    'data de fim',
    'data final',
    'data de termino',
    'date de fin',
  ],
  startTime: [
    'time',
    'start time',
    'hora',
    'hora de inicio',
    'horario',
    'horario de inicio',
    'heure',
    'heure de debut',
  ],
  endTime: ['end time', 'hora de fin', 'hora final', 'horario de termino', 'heure de fin'],
  timeZone: [
    'time zone',
    'timezone',
    'tz',
    'zona horaria',
    'huso horario',
    'fuso horario',
    'fuseau horaire',
  ],
  city: ['city', 'ciudad', 'cidade', 'ville'],
  country: ['country', 'pais', 'pays'],
  url: [
    'url',
    'link',
    'website',
    'web',
    'enlace',
    'sitio web',
    'pagina web',
    'site',
    'lien',
    'site web',
  ],
  status: ['status', 'estado', 'situacion', 'situacao', 'statut'],
  category: [
    'category',
    'type',
    'event type',
    'categoria',
    'tipo',
    'tipo de evento',
    'categorie',
    'type d evenement',
  ],
  format: ['format', 'formato', 'modality', 'modalidad', 'modalidade', 'modalite'],
  languages: [
    'languages',
    'language',
    'idiomas',
    'idioma',
    'linguas',
    'lingua',
    'langues',
    'langue',
  ],
  cropEligible: [
    'crop',
    'crop eligible',
    'elegible para crop',
    'elegivel para crop',
    'eligible crop',
  ],
  description: ['description', 'descripcion', 'descricao'],
}

const FIELD_BY_NAME = new Map<string, EventColumn>(
  EVENT_COLUMNS.flatMap((field) => HEADER_NAMES[field].map((name) => [name, field] as const))
)

/** The header row, read. Indexes are 0-based positions in the row. */
export interface HeaderMatch {
  /** Where each recognized field is (its first column when two hold the same field). */
  columns: Partial<Record<EventColumn, number>>
  /** Each column's header as written (trimmed), for messages. */
  names: string[]
  /** Columns with a header the import does not know. */
  unknown: number[]
  /** Columns holding a field an earlier column already holds. */
  repeated: { index: number; first: number }[]
}

/**
 * Matches header names in English, Spanish, Portuguese or French, whatever their case or accents.
 *
 * @example
 * matchHeaders(['Nombre del evento', 'Fecha']).columns // { title: 0, startDate: 1 }
 */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const match: HeaderMatch = { columns: {}, names: [], unknown: [], repeated: [] }
  headers.forEach((header, index) => {
    const name = header.trim()
    match.names.push(name)
    if (name === '') return
    const field = FIELD_BY_NAME.get(foldText(name))
    if (field === undefined) {
      match.unknown.push(index)
      return
    }
    const first = match.columns[field]
    if (first === undefined) match.columns[field] = index
    else match.repeated.push({ index, first })
  })
  return match
}

/**
 * The header, as written, of the column holding `field`; null when no column holds it.
 *
 * @example
 * columnName(matchHeaders(['Evento', 'Fecha']), 'startDate') // 'Fecha'
 */
export function columnName(match: HeaderMatch, field: EventColumn): string | null {
  const index = match.columns[field]
  return index === undefined ? null : (match.names[index] ?? null)
}
