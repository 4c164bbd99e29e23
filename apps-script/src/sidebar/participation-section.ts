// "Participation": a meeting's participant list (a platform's CSV) split into cells here in the
// browser, as Import events does (the server bundles no CSV parser), sent with the meeting's date
// and kind; the unmatched are listed with their candidate members for a person to decide.
/// <reference lib="dom" />
import type { Locale } from '../../../shared/i18n/locales'
import type { AttendanceReport, UnmatchedView } from '../actions/import-attendance'
import { actionButton, createStatus, runAction } from './action'
import { readCsvFile } from './csv-file'
import { h, replaceChildren, uniqueId } from './dom'
import { errorText } from './error-text'
import { figures } from './figures'
import { type InsightsText, insightsText } from './insights-text'
import { isFailure } from './outcome'
import { problemList } from './problem-list'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

const KINDS = ['monthly-call', 'vote', 'working-group', 'other'] as const
type Kind = (typeof KINDS)[number]

/** The meeting the file is the participant list of. */
export interface Meeting {
  meetingDate: string
  kind: Kind
  detail: string
}

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint && h('p', { class: 'hint' }, hint)
  )
}

function unmatchedItem(
  entry: UnmatchedView,
  meeting: Meeting,
  context: SidebarContext,
  say: InsightsText
): HTMLElement {
  const note = h('p', { class: 'note', role: 'status', 'aria-live': 'polite' })
  const item = h('li', { class: 'problem' }, h('span', { class: 'what' }, entry.message))
  if (entry.candidates.length === 0) {
    item.append(h('span', { class: 'where' }, say('panel.participation.noCandidate')))
    return item
  }
  const selectId = uniqueId('attendance-candidate')
  const select = h(
    'select',
    { id: selectId, style: 'max-width: 100%' },
    h('option', { value: '' }, say('panel.participation.pick')),
    ...entry.candidates.map((candidate) =>
      h('option', { value: candidate.id }, `${candidate.name} (${candidate.id})`)
    )
  )
  const record = actionButton(say('panel.participation.record'), async (button) => {
    const memberId = select.value
    if (memberId === '') {
      select.focus()
      return
    }
    button.setAttribute('aria-disabled', 'true')
    replaceChildren(note, say('panel.participation.recording'))
    try {
      const result = await context.call('recordAttendance', { ...meeting, memberIds: [memberId] })
      if (isFailure(result)) {
        replaceChildren(note, h('span', { class: 'error-text' }, result.message))
        button.removeAttribute('aria-disabled')
        return
      }
      const chosen = entry.candidates.find((candidate) => candidate.id === memberId)
      replaceChildren(note, say('panel.participation.recorded', { name: chosen?.name ?? memberId }))
      select.disabled = true
    } catch (error) {
      replaceChildren(note, h('span', { class: 'error-text' }, errorText(error, context.text)))
      button.removeAttribute('aria-disabled')
    }
  })
  item.append(
    h('label', { for: selectId, class: 'where' }, say('panel.participation.candidate')),
    h('div', { class: 'actions' }, select, record),
    note
  )
  return item
}

function showReport(
  report: AttendanceReport,
  meeting: Meeting,
  status: ReturnType<typeof createStatus>,
  context: SidebarContext,
  say: InsightsText
): void {
  const locale: Locale = context.locale
  status.show(
    h('p', { class: report.unmatched.length > 0 ? 'result attention' : 'result' }, report.message),
    figures(
      [
        [say('panel.figure.participants'), report.participants],
        [say('panel.figure.matched'), report.matched],
        [say('panel.figure.added'), report.added],
        [say('panel.figure.alreadyThere'), report.alreadyThere],
        [say('panel.figure.unmatched'), report.unmatched.length],
        [say('panel.figure.activeMembers'), report.activeMembers],
      ],
      locale
    ),
    report.unmatched.length > 0 &&
      h(
        'div',
        { class: 'unmatched' },
        h(
          'h3',
          {},
          say('panel.participation.unmatchedHeading', { count: report.unmatched.length })
        ),
        h(
          'ul',
          {
            class: 'problems',
            tabindex: 0,
            'aria-label': say('panel.participation.unmatchedHeading', {
              count: report.unmatched.length,
            }),
          },
          ...report.unmatched.map((entry) => unmatchedItem(entry, meeting, context, say))
        )
      ),
    report.problems.length > 0 && problemList(report.problems, context),
    ...report.notes.map((line) => h('p', { class: 'note' }, line))
  )
}

/**
 * The Participation section.
 *
 * @example
 * root.append(participationSection(context))
 */
export function participationSection(context: SidebarContext): HTMLElement {
  const { text, locale, call } = context
  const say = insightsText(locale)
  const status = createStatus(text)
  const date = h('input', { type: 'date', id: uniqueId('meeting-date'), required: true })
  const kind = h(
    'select',
    { id: uniqueId('meeting-kind') },
    ...KINDS.map((value) => h('option', { value }, say(`panel.participation.kind.${value}`)))
  )
  const detail = h('input', { type: 'text', id: uniqueId('meeting-detail'), maxlength: 500 })
  const fileInput = h('input', {
    type: 'file',
    accept: '.csv,text/csv',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-hidden': 'true',
    id: 'attendance-file',
  })
  const choose = actionButton(
    say('panel.participation.chooseFile'),
    () => {
      if (date.value === '') {
        status.error(say('panel.participation.needDate'))
        date.focus()
        return
      }
      fileInput.click()
    },
    { primary: true }
  )
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0]
    fileInput.value = ''
    if (!file) return
    const meeting: Meeting = {
      meetingDate: date.value,
      kind: kind.value as Kind,
      detail: detail.value.trim(),
    }
    void runAction({
      button: choose,
      status,
      context,
      busyLabel: say('panel.participation.busy', { file: file.name }),
      run: async () => call('importAttendance', { ...meeting, ...(await readCsvFile(file, text)) }),
      done: (report) => showReport(report, meeting, status, context, say),
    })
  })
  return section(
    'participation',
    say('panel.participation.heading'),
    say('panel.participation.intro'),
    field(say('panel.participation.date'), date),
    field(say('panel.participation.kind'), kind),
    field(say('panel.participation.detail'), detail, say('panel.participation.detailHint')),
    h('div', { class: 'actions' }, choose, fileInput),
    status.element
  )
}
