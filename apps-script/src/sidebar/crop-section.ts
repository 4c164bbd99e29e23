// "CROP shortlist": the shortlist of the event selected on Events, with each person's reasons,
// who is not on it and why, the request deadline and the fiscal year's trips; the wider region
// at the leadership's discretion; and the announcement drafted in Gmail.
/// <reference lib="dom" />

import type { ReasonView, ShortlistReport } from '../actions/crop-shortlist'
import type { AnnouncementReport } from '../actions/draft-announcement'
import { actionButton, createStatus, runAction } from './action'
import { h, uniqueId } from './dom'
import { figures } from './figures'
import { type InsightsText, insightsText } from './insights-text'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

function reasonList(reasons: readonly ReasonView[]): HTMLElement {
  return h(
    'ul',
    { class: 'reasons' },
    ...reasons.map((reason) => h('li', { 'data-code': reason.code }, reason.message))
  )
}

function shortlistView(report: ShortlistReport, context: SidebarContext, say: InsightsText) {
  const { deadline, fiscalYear } = report
  return [
    h(
      'p',
      { class: 'event' },
      h('strong', {}, report.event.title),
      ` · ${report.event.startDate}${report.event.place ? ` · ${report.event.place}` : ''}`
    ),
    figures(
      [
        [say('panel.figure.deadline'), deadline.date],
        [say('panel.figure.tripsLeft'), fiscalYear.left],
        [say('panel.figure.proposed'), report.candidates.filter((c) => c.proposed).length],
      ],
      context.locale
    ),
    h(
      'p',
      { class: deadline.late ? 'error deadline' : 'note deadline' },
      deadline.late && h('span', { class: 'tag error' }, say('panel.crop.lateTag')),
      deadline.late && ' ',
      deadline.message
    ),
    h('p', { class: 'note' }, fiscalYear.message),
    ...report.warnings.map((warning) =>
      h('p', { class: 'attention warning', 'data-code': warning.code }, warning.message)
    ),
    h('p', { class: 'note' }, say('panel.crop.tab', { tab: report.tab })),
    h('h3', {}, say('panel.crop.shortlistHeading', { count: report.candidates.length })),
    report.candidates.length === 0
      ? h('p', { class: 'note' }, say('panel.crop.nobody'))
      : h(
          'ol',
          { class: 'shortlist' },
          ...report.candidates.map((candidate) =>
            h(
              'li',
              { class: candidate.proposed ? 'candidate proposed' : 'candidate' },
              h('strong', {}, candidate.name),
              ` (${candidate.country}, ${say('panel.crop.tier', { tier: candidate.tier })}) `,
              h(
                'span',
                { class: candidate.proposed ? 'tag proposed' : 'tag' },
                say(candidate.proposed ? 'panel.crop.proposed' : 'panel.crop.reserve')
              ),
              reasonList(candidate.reasons)
            )
          )
        ),
    h(
      'details',
      { class: 'excluded' },
      h(
        'summary',
        { style: 'padding: 4px 0' },
        say('panel.crop.excludedHeading', { count: report.excluded.length })
      ),
      h(
        'ul',
        {},
        ...report.excluded.map((person) =>
          h(
            'li',
            {},
            h('strong', {}, person.name),
            person.country ? ` (${person.country})` : '',
            reasonList(person.reasons)
          )
        )
      )
    ),
    h(
      'details',
      { class: 'rule' },
      h('summary', { style: 'padding: 4px 0' }, say('panel.crop.ruleHeading')),
      h('p', {}, report.rule)
    ),
    h(
      'p',
      { class: 'note' },
      say('panel.crop.recipients', { count: report.announcementRecipients })
    ),
  ]
}

function draftView(report: AnnouncementReport, say: InsightsText) {
  return [
    h(
      'ul',
      { class: 'drafts' },
      ...report.drafts.map((draft) =>
        h(
          'li',
          {},
          say('panel.crop.draftLine', {
            language: draft.language,
            count: draft.recipients,
            subject: draft.subject,
          })
        )
      )
    ),
    report.withoutEmail.length > 0 &&
      h(
        'p',
        { class: 'attention' },
        say('panel.crop.noEmail', {
          names: report.withoutEmail.map((person) => person.name).join(', '),
        })
      ),
    report.withoutLanguage > 0 &&
      h('p', { class: 'note' }, say('panel.crop.noLanguage', { count: report.withoutLanguage })),
  ]
}

/**
 * The CROP shortlist section.
 *
 * @example
 * root.append(cropSection(context))
 */
export function cropSection(context: SidebarContext): HTMLElement {
  const { text, locale, call } = context
  const say = insightsText(locale)
  const status = createStatus(text)
  const draftStatus = createStatus(text)
  let current: ShortlistReport | null = null

  const widerId = uniqueId('crop-wider')
  const wider = h('input', { type: 'checkbox', id: widerId, role: 'switch' })
  const draft = actionButton(say('panel.crop.draft'), (self) => {
    const shown = current
    if (!shown) return
    void runAction({
      button: self,
      status: draftStatus,
      context,
      busyLabel: say('panel.crop.drafting'),
      run: () =>
        call('draftCropAnnouncement', {
          eventId: shown.event.id,
          includeWiderRegion: wider.checked,
        }),
      done: (report) =>
        draftStatus.show(h('p', { class: 'result' }, report.message), ...draftView(report, say)),
    })
  })
  draft.hidden = true

  const shortlist = (button: HTMLButtonElement, eventId: string | undefined) =>
    void runAction({
      button,
      status,
      context,
      busyLabel: say('panel.crop.busy'),
      run: () =>
        call('cropShortlist', {
          ...(eventId ? { eventId } : {}),
          includeWiderRegion: wider.checked,
        }),
      done: (report) => {
        current = report
        draft.hidden = false
        draftStatus.clear()
        status.show(
          h('p', { class: 'result' }, report.message),
          ...shortlistView(report, context, say)
        )
      },
    })

  const make = actionButton(say('panel.crop.button'), (self) => shortlist(self, undefined), {
    primary: true,
  })
  // The leadership's discretion: the same event again, with or without the wider region.
  wider.addEventListener('change', () => {
    if (current) shortlist(make, current.event.id)
  })

  return section(
    'crop',
    say('panel.crop.heading'),
    say('panel.crop.intro'),
    h('div', { class: 'actions' }, make),
    h('div', { class: 'switch' }, wider, h('label', { for: widerId }, say('panel.crop.wider'))),
    status.element,
    h('div', { class: 'actions' }, draft),
    draftStatus.element
  )
}
