// "Member proposals": sync the events members proposed and the candidates they suggested, then
// accept or reject each proposal waiting for a decision, with a note for the proposer.
/// <reference lib="dom" />
import type { ProposalVerdict } from '../actions/decide-proposal'
import type { PendingProposal } from '../actions/pending-proposals'
import { actionButton, createStatus, runAction } from './action'
import { h, replaceChildren, uniqueId } from './dom'
import { errorText } from './error-text'
import { figures } from './figures'
import { isFailure } from './outcome'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

const MAX_NOTE = 1000

/** The event's dates the reader's way: one day, or a range. */
function datesText(proposal: PendingProposal, locale: string): string | null {
  if (!proposal.startDate) return null
  const day = (iso: string) => new Date(`${iso}T12:00:00Z`)
  const start = day(proposal.startDate)
  if (Number.isNaN(start.getTime())) return proposal.startDate
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const end = proposal.endDate ? day(proposal.endDate) : null
  if (!end || Number.isNaN(end.getTime()) || proposal.endDate === proposal.startDate)
    return format.format(start)
  return format.formatRange(start, end)
}

/**
 * The Member proposals section. The pending proposals are read when the section first comes
 * into view, so that opening the sidebar does not load the add-on's insights code.
 *
 * @example
 * root.append(proposalsSection(context))
 */
export function proposalsSection(context: SidebarContext): HTMLElement {
  const { text, call, locale } = context
  const syncStatus = createStatus(text)
  const decisionStatus = createStatus(text)
  decisionStatus.element.classList.add('decision')
  const lastRun = h('div', { class: 'last-run' })
  const headingId = uniqueId('proposals-pending')
  const heading = h(
    'h3',
    { id: headingId, tabindex: '-1' },
    text('sidebar.proposals.pendingHeading')
  )
  const listNote = h('p', { class: 'note', role: 'status', 'aria-live': 'polite' })
  const list = h('ul', { class: 'proposals', 'aria-labelledby': headingId })

  const showLastRun = (lines: readonly string[]) =>
    replaceChildren(lastRun, ...lines.map((line) => h('p', { class: 'note' }, line)))

  function decide(
    button: HTMLButtonElement,
    proposal: PendingProposal,
    decision: ProposalVerdict,
    note: HTMLTextAreaElement,
    itemStatus: ReturnType<typeof createStatus>
  ) {
    void runAction({
      button,
      status: itemStatus,
      context,
      busyLabel: text(
        decision === 'accepted' ? 'sidebar.proposals.accepting' : 'sidebar.proposals.rejecting'
      ),
      run: () =>
        call('decideProposal', {
          proposalId: proposal.id,
          decision,
          ...(note.value.trim() === '' ? {} : { note: note.value }),
        }),
      done: (report) => {
        decisionStatus.show(h('p', { class: 'result' }, report.message))
        showPending(report.pending)
        // The item is gone: keep the keyboard's place at the list.
        heading.focus()
      },
    })
  }

  function item(proposal: PendingProposal): HTMLElement {
    const titleId = uniqueId('proposal-title')
    const noteId = uniqueId('proposal-note')
    const itemStatus = createStatus(text)
    const note = h('textarea', {
      id: noteId,
      rows: 2,
      maxlength: MAX_NOTE,
      class: 'proposal-note',
    })
    const when = datesText(proposal, locale)
    const accept = actionButton(
      text('sidebar.proposals.accept'),
      (self) => decide(self, proposal, 'accepted', note, itemStatus),
      { primary: true }
    )
    const reject = actionButton(text('sidebar.proposals.reject'), (self) =>
      decide(self, proposal, 'rejected', note, itemStatus)
    )
    for (const button of [accept, reject]) button.setAttribute('aria-describedby', titleId)
    return h(
      'li',
      { class: 'proposal', 'data-proposal-id': proposal.id },
      h('h4', { id: titleId }, proposal.title),
      (when || proposal.place) &&
        h('p', { class: 'note' }, [when, proposal.place].filter(Boolean).join(' · ')),
      h(
        'p',
        {},
        proposal.proposerName
          ? text('sidebar.proposals.by', { name: proposal.proposerName })
          : text('sidebar.proposals.erased'),
        proposal.cropSuitable && ' ',
        proposal.cropSuitable && h('span', { class: 'tag warning' }, text('sidebar.proposals.crop'))
      ),
      proposal.why && h('p', { class: 'why' }, proposal.why),
      proposal.eventMissing &&
        h(
          'p',
          { class: 'attention' },
          text('sidebar.proposals.eventMissing', { id: proposal.eventId })
        ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: noteId }, text('sidebar.proposals.noteLabel')),
        note
      ),
      h('div', { class: 'actions' }, accept, reject),
      itemStatus.element
    )
  }

  function showPending(pending: readonly PendingProposal[]) {
    heading.textContent = text('sidebar.proposals.pendingCount', { count: pending.length })
    listNote.textContent = pending.length === 0 ? text('sidebar.proposals.none') : ''
    replaceChildren(list, ...pending.map(item))
  }

  const sync = actionButton(
    text('sidebar.proposals.sync'),
    (self) =>
      void runAction({
        button: self,
        status: syncStatus,
        context,
        busyLabel: text('sidebar.proposals.syncBusy'),
        run: () => call('syncMemberInput'),
        done: (report) => {
          syncStatus.show(
            h('p', { class: 'result' }, report.message),
            figures(
              [
                [text('sidebar.proposals.figure.proposals'), report.proposals.added],
                [text('sidebar.proposals.figure.suggestions'), report.suggestions.added],
                [text('sidebar.proposals.figure.pending'), report.pending.length],
              ],
              locale
            ),
            ...report.notes.map((line) => h('p', { class: 'note' }, line))
          )
          decisionStatus.clear()
          replaceChildren(lastRun)
          showPending(report.pending)
          element.dataset.loaded = 'true'
        },
      }),
    { primary: true }
  )

  async function load() {
    listNote.textContent = text('sidebar.proposals.loading')
    try {
      const view = await call('memberProposals')
      if (isFailure(view)) {
        listNote.textContent = ''
        decisionStatus.error(view.message)
      } else {
        showLastRun(view.lastSync)
        showPending(view.pending)
      }
    } catch (error) {
      listNote.textContent = ''
      decisionStatus.error(errorText(error, text))
    } finally {
      element.dataset.loaded = 'true'
    }
  }

  const element = section(
    'proposals',
    text('sidebar.proposals.heading'),
    text('sidebar.proposals.intro'),
    h('div', { class: 'actions' }, sync),
    syncStatus.element,
    lastRun,
    heading,
    decisionStatus.element,
    listNote,
    list
  )

  const Observer = (globalThis as { IntersectionObserver?: typeof IntersectionObserver })
    .IntersectionObserver
  if (!Observer) void load()
  else {
    const observer = new Observer((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      if (element.dataset.loaded !== 'true') void load()
    })
    observer.observe(element)
  }
  return element
}
