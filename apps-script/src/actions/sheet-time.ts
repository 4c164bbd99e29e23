// An instant as staff read it: in the spreadsheet's time zone, written in the user's language.
import type { ActionHost } from './action-host'

/**
 * `instant` (ISO) as a medium date and short time in the spreadsheet's zone and the user's
 * language; the instant as given should the zone be unknown.
 *
 * @example
 * sheetTime(host, '2023-03-01T12:00:00Z') // '1 mar 2023, 9:00' (es, America/Montevideo)
 */
export function sheetTime(host: Pick<ActionHost, 'locale' | 'workbook'>, instant: string): string {
  try {
    return new Intl.DateTimeFormat(host.locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: host.workbook.spreadsheetTimeZone(),
    }).format(new Date(instant))
  } catch {
    return instant
  }
}
