// "Prospects": the prospect of the selected row of the Prospects tab, with buttons for the moves
// the pipeline rules allow (further on, declined, a reopen, a correction), its liaison, and an
// invitation to a webinar or event. Nothing is read until staff ask: the section loads the
// insights chunk only on a click.
/// <reference lib="dom" />
import type { SessionChoice } from '../actions/invitable-sessions'
import type { ProspectView, StageChoice } from '../actions/move-prospect-view'
import { actionButton, createStatus, runAction } from './action'
import { type Child, h, replaceChildren, uniqueId } from './dom'
import { errorText } from './error-text'
import { isFailure } from './outcome'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const hintId = hint ? uniqueId('prospect-hint') : undefined
  if (hintId) control.setAttribute('aria-describedby', hintId)
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint && h('p', { class: 'hint', id: hintId }, hint)
  )
}

function lastContactText(view: ProspectView, context: SidebarContext): string {
  if (view.lastContact === null) return context.text('sidebar.prospects.noContact')
  const { date, days } = view.lastContact
  const ago = new Intl.RelativeTimeFormat(context.locale, { numeric: 'auto' }).format(-days, 'day')
  const day = new Intl.DateTimeFormat(context.locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return `${ago} (${day.format(new Date(`${date}T12:00:00Z`))})`
}

function facts(
  view: ProspectView,
  context: SidebarContext,
  sessionTitles: ReadonlyMap<string, string>
): HTMLElement {
  const { text } = context
  const rows: [string, Child][] = [
    [text('sidebar.prospects.country'), view.country],
    [text('sidebar.prospects.programme'), view.programme],
    [text('sidebar.prospects.stage'), h('strong', {}, view.stageLabel)],
    [text('sidebar.prospects.liaison'), view.liaison ?? text('sidebar.prospects.none')],
    [text('sidebar.prospects.lastContact'), lastContactText(view, context)],
  ]
  if (view.invitedTo)
    rows.push([
      text('sidebar.prospects.invitedTo'),
      sessionTitles.get(view.invitedTo) ?? view.invitedTo,
    ])
  return h(
    'dl',
    { class: 'prospect-facts', style: 'margin: 4px 0 8px' },
    ...rows.map(([label, value]) =>
      h(
        'div',
        { style: 'display: flex; gap: 6px; flex-wrap: wrap' },
        h('dt', { style: 'color: var(--muted)' }, `${label}:`),
        h('dd', { style: 'margin: 0', 'data-fact': label }, value)
      )
    )
  )
}

/**
 * The Prospects section.
 *
 * @example
 * root.append(prospectsSection(context))
 */
export function prospectsSection(context: SidebarContext): HTMLElement {
  const { text, call } = context
  const status = createStatus(text)
  const inviteStatus = createStatus(text)
  const info = h('div', { class: 'prospect-info' })
  let current: ProspectView | null = null

  // The invitation's controls stay in place when the prospect is shown again.
  const sessionSelect = h('select', {
    id: uniqueId('prospect-session'),
    style: 'width: 100%; min-height: 32px',
  })
  // At 300 px a long title is cut in the closed picker: the choice is spelled out below it.
  const chosen = h('p', { class: 'hint', 'aria-hidden': 'true' })
  sessionSelect.addEventListener('change', () => {
    const option = sessionSelect.selectedOptions[0]
    chosen.textContent = option && option.value !== '' ? (option.textContent ?? '') : ''
  })
  const sessionTitles = new Map<string, string>()
  const noEmail = h('p', { class: 'attention', hidden: true }, text('sidebar.prospects.noEmail'))
  const invite = actionButton(
    text('sidebar.prospects.invite'),
    (button) => {
      const shown = current
      if (!shown) return
      const [kind, ...rest] = sessionSelect.value.split(':')
      const key = rest.join(':')
      if (key === '') {
        inviteStatus.error(text('sidebar.prospects.chooseSession'))
        sessionSelect.focus()
        return
      }
      void runAction({
        button,
        status: inviteStatus,
        context,
        busyLabel: text('sidebar.prospects.inviting'),
        run: () =>
          call('inviteProspect', {
            prospectId: shown.id,
            session: kind === 'event' ? { kind: 'event', id: key } : { kind: 'webinar', slug: key },
          }),
        done: (report) => {
          status.clear()
          inviteStatus.show(h('p', { class: 'result' }, report.message))
          render(report.prospect)
        },
      })
    },
    { primary: true }
  )
  const inviteBlock = h(
    'div',
    { class: 'prospect-invite' },
    h('h3', {}, text('sidebar.prospects.inviteHeading')),
    noEmail,
    field(text('sidebar.prospects.session'), sessionSelect),
    chosen,
    h('div', { class: 'actions' }, invite),
    h('p', { class: 'hint' }, text('sidebar.prospects.inviteHint')),
    inviteStatus.element
  )
  const panel = h('div', { class: 'prospect', hidden: true }, info, inviteBlock)

  /** A move (or a liaison) through moveProspect; the prospect is shown again as it is now. */
  function move(button: HTMLButtonElement, request: Record<string, unknown>, busy: string) {
    const shown = current
    if (!shown) return
    void runAction({
      button,
      status,
      context,
      busyLabel: busy,
      run: () => call('moveProspect', { prospectId: shown.id, ...request }),
      done: (report) => {
        inviteStatus.clear()
        status.show(h('p', { class: 'result' }, report.message))
        render(report.prospect)
      },
    })
  }

  function moveButton(choice: StageChoice, label: string, flags: Record<string, boolean> = {}) {
    const button = actionButton(label, (self) =>
      move(self, { stage: choice.stage, ...flags }, text('sidebar.prospects.moving'))
    )
    button.dataset.stage = choice.stage
    return button
  }

  function correction(view: ProspectView): HTMLElement | null {
    if (view.moves.correctTo.length === 0) return null
    const select = h(
      'select',
      { id: uniqueId('prospect-correct'), style: 'max-width: 100%' },
      ...view.moves.correctTo.map((choice) => h('option', { value: choice.stage }, choice.label))
    )
    const reopen = view.moves.reopenTo !== null
    const button = actionButton(text('sidebar.prospects.correctButton'), (self) =>
      move(
        self,
        { stage: select.value, correct: true, ...(reopen ? { reopen: true } : {}) },
        text('sidebar.prospects.moving')
      )
    )
    return h(
      'details',
      { class: 'prospect-correct' },
      h('summary', { style: 'padding: 4px 0' }, text('sidebar.prospects.correctSummary')),
      field(text('sidebar.prospects.correctLabel'), select, text('sidebar.prospects.correctHint')),
      h('div', { class: 'actions' }, button)
    )
  }

  function liaisonField(view: ProspectView): HTMLElement {
    const input = h('input', {
      type: 'text',
      id: uniqueId('prospect-liaison'),
      value: view.liaison ?? '',
      maxlength: 200,
      autocomplete: 'off',
    })
    const assign = actionButton(text('sidebar.prospects.assign'), (self) =>
      move(self, { liaison: input.value }, text('sidebar.prospects.assigning'))
    )
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') assign.click()
    })
    return h(
      'div',
      {},
      field(text('sidebar.prospects.liaison'), input, text('sidebar.prospects.liaisonHint')),
      h('div', { class: 'actions' }, assign)
    )
  }

  function render(view: ProspectView): void {
    const refocus =
      panel.contains(document.activeElement) && !inviteBlock.contains(document.activeElement)
    current = view
    const headingId = uniqueId('prospect-moves')
    const name = h(
      'p',
      { class: 'prospect-name', tabindex: -1 },
      h('strong', {}, view.name),
      view.organization ? ` · ${view.organization}` : ''
    )
    const { moves } = view
    const buttons = [
      ...moves.forward.map((choice) => moveButton(choice, choice.label)),
      moves.decline && moveButton(moves.decline, moves.decline.label),
      moves.reopenTo &&
        moveButton(
          moves.reopenTo,
          text('sidebar.prospects.reopen', { stage: moves.reopenTo.label }),
          {
            reopen: true,
          }
        ),
    ]
    replaceChildren(
      info,
      name,
      facts(view, context, sessionTitles),
      h('h3', { id: headingId }, text('sidebar.prospects.moveHeading')),
      h('div', { class: 'actions', role: 'group', 'aria-labelledby': headingId }, ...buttons),
      correction(view),
      liaisonField(view)
    )
    noEmail.hidden = view.hasEmail
    panel.hidden = false
    // The button that was used is gone: keep keyboard users where the prospect starts.
    if (refocus) name.focus()
  }

  async function loadSessions(): Promise<void> {
    chosen.textContent = ''
    replaceChildren(
      sessionSelect,
      h('option', { value: '' }, text('sidebar.prospects.loadingSessions'))
    )
    try {
      const result = await call('listInvitableSessions')
      if (isFailure(result)) {
        replaceChildren(sessionSelect, h('option', { value: '' }, result.message))
        return
      }
      for (const session of result.sessions) sessionTitles.set(session.key, session.title)
      // The session the prospect was invited to, by its title once known.
      const invitedTo = current?.invitedTo
      const invitedFact = info.querySelector<HTMLElement>(
        `dd[data-fact="${text('sidebar.prospects.invitedTo')}"]`
      )
      if (invitedTo && invitedFact)
        invitedFact.textContent = sessionTitles.get(invitedTo) ?? invitedTo
      const group = (label: string, sessions: SessionChoice[]) =>
        sessions.length > 0 &&
        h(
          'optgroup',
          { label },
          ...sessions.map((session) =>
            h(
              'option',
              { value: `${session.kind}:${session.key}` },
              `${session.title} · ${session.when}`
            )
          )
        )
      replaceChildren(
        sessionSelect,
        h(
          'option',
          { value: '' },
          result.sessions.length > 0 ? text('sidebar.prospects.pickSession') : result.message
        ),
        group(
          text('sidebar.prospects.webinars'),
          result.sessions.filter((session) => session.kind === 'webinar')
        ),
        group(
          text('sidebar.prospects.events'),
          result.sessions.filter((session) => session.kind === 'event')
        )
      )
    } catch (error) {
      replaceChildren(sessionSelect, h('option', { value: '' }, errorText(error, text)))
    }
  }

  const show = actionButton(
    text('sidebar.prospects.show'),
    (button) =>
      void runAction({
        button,
        status,
        context,
        busyLabel: text('sidebar.prospects.showing'),
        run: () => call('selectedProspect'),
        done: (report) => {
          status.show(h('p', { class: 'result' }, report.message))
          inviteStatus.clear()
          render(report.prospect)
          void loadSessions()
        },
      }),
    { primary: true }
  )

  return section(
    'prospects',
    text('sidebar.prospects.heading'),
    text('sidebar.prospects.intro'),
    h('div', { class: 'actions' }, show),
    status.element,
    panel
  )
}
