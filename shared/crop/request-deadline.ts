// When a CROP request for an event is due: the event's start minus the lead time in Settings.
import { t } from '../i18n/catalogue'
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales'
import { countPhrase } from '../participation/count-phrase'
import { addDays, daysBetween } from '../participation/date-math'
import type { OutreachEvent } from '../schemas/event'
import { isIsoDate } from '../schemas/primitives'
import type { Settings } from '../schemas/settings'
import { CropInputError } from './crop-input-error'

/** An event's CROP request deadline. */
export interface CropDeadline {
  eventStart: string
  leadTimeWeeks: number
  /** The last day to send the request: the start minus `leadTimeWeeks` weeks. */
  deadline: string
  /** True once `today` is past the deadline. */
  late: boolean
  /** Days from today to the deadline (negative when late). */
  daysLeft: number
  message: string
}

export interface DeadlineOptions {
  locale?: Locale
}

/**
 * The CROP request deadline of an event, and whether it has passed. An undated event has no
 * deadline: that is a CropInputError ('undatedEvent') telling staff to date it first.
 *
 * @example
 * cropRequestDeadline({ id: 'caribnog-27', title: 'CaribNOG 27', startDate: '2026-09-14' }, DEFAULT_SETTINGS, '2026-06-30')
 * // { deadline: '2026-07-20', late: false, daysLeft: 20, message: 'CROP request due by 2026-07-20 ...', ... }
 */
export function cropRequestDeadline(
  event: Pick<OutreachEvent, 'id' | 'title' | 'startDate'>,
  settings: Pick<Settings, 'crop'>,
  today: string,
  options: DeadlineOptions = {}
): CropDeadline {
  const locale = options.locale ?? DEFAULT_LOCALE
  if (!isIsoDate(today)) throw new CropInputError('badDate', { value: String(today) }, locale)
  if (event.startDate === null || !isIsoDate(event.startDate))
    throw new CropInputError('undatedEvent', { title: event.title, id: event.id }, locale)
  const weeks = settings.crop.leadTimeWeeks
  const deadline = addDays(event.startDate, -7 * weeks)
  const daysLeft = daysBetween(today, deadline)
  const late = daysLeft < 0
  const params = {
    deadline,
    start: event.startDate,
    leadTime: countPhrase(locale, 'week', weeks),
  }
  return {
    eventStart: event.startDate,
    leadTimeWeeks: weeks,
    deadline,
    late,
    daysLeft,
    message: late
      ? t(locale, 'crop.deadline.late', params)
      : t(locale, 'crop.deadline.open', params),
  }
}
