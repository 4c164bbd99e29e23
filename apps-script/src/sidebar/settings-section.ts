// "Connection": the Worker URL and the admin secret (write-only: typed in, never shown back),
// saved in Script Properties by the server, and a test of the signed connection.
/// <reference lib="dom" />
import type { SettingsReport } from '../actions/worker-settings-actions'
import { actionButton, createStatus, runAction } from './action'
import { h, replaceChildren, uniqueId } from './dom'
import { errorText } from './error-text'
import { isFailure } from './outcome'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

/** What the rest of the sidebar learns when the settings are read or saved. */
export type SettingsListener = (settings: Pick<SettingsReport, 'workerUrl' | 'secretSet'>) => void

function field(label: string, input: HTMLInputElement, hint: HTMLElement): HTMLElement {
  const hintId = uniqueId('hint')
  hint.id = hintId
  input.setAttribute('aria-describedby', hintId)
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hint)
}

/**
 * The Connection section; it reads the saved settings when built and tells `onSettings`.
 *
 * @example
 * root.append(settingsSection(context, (settings) => notice.hidden = settings.secretSet))
 */
export function settingsSection(
  context: SidebarContext,
  onSettings: SettingsListener = () => {}
): HTMLElement {
  const { text, call } = context
  const status = createStatus(text)
  const url = h('input', {
    type: 'url',
    id: uniqueId('worker-url'),
    name: 'workerUrl',
    inputmode: 'url',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'https://lacralo-outreach.example.workers.dev',
  })
  const secret = h('input', {
    type: 'password',
    id: uniqueId('admin-secret'),
    name: 'secret',
    autocomplete: 'new-password',
    spellcheck: 'false',
  })
  const secretHint = h('p', { class: 'hint' }, text('sidebar.settings.secretUnknown'))

  const show = (settings: Pick<SettingsReport, 'workerUrl' | 'secretSet'>) => {
    if (settings.workerUrl) url.value = settings.workerUrl
    replaceChildren(
      secretHint,
      text(settings.secretSet ? 'sidebar.settings.secretSet' : 'sidebar.settings.secretMissing')
    )
    onSettings(settings)
  }

  const save = actionButton(
    text('sidebar.settings.save'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.settings.saveBusy'),
        run: () =>
          call('saveWorkerSettings', {
            workerUrl: url.value.trim() || undefined,
            secret: secret.value === '' ? undefined : secret.value,
          }),
        done: (report) => {
          // The secret is write-only: it leaves the page once saved.
          secret.value = ''
          show(report)
          status.show(h('p', { class: 'result' }, report.message))
        },
      }),
    { primary: true }
  )
  const test = actionButton(
    text('sidebar.settings.test'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.settings.testBusy'),
        run: () => call('testConnection'),
        done: (report) => status.show(h('p', { class: 'result' }, report.message)),
      })
  )
  // Not a <form>: nothing is submitted, and browsers would offer to remember the secret.
  const form = h(
    'div',
    { class: 'settings' },
    field(
      text('sidebar.settings.url'),
      url,
      h('p', { class: 'hint' }, text('sidebar.settings.urlHint'))
    ),
    field(text('sidebar.settings.secret'), secret, secretHint),
    h('div', { class: 'actions' }, save, test)
  )
  // Enter in a field saves, as in a form.
  form.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return
    event.preventDefault()
    save.click()
  })

  const element = section(
    'settings',
    text('sidebar.settings.heading'),
    text('sidebar.settings.intro'),
    form,
    status.element
  )
  void call('getWorkerSettings')
    .then(
      (settings) => {
        if (isFailure(settings)) status.error(settings.message)
        else show(settings)
      },
      (error: unknown) => status.error(errorText(error, text))
    )
    .finally(() => {
      // For people waiting on the page, and tests: the saved settings are in the form now.
      element.dataset.loaded = 'true'
    })
  return element
}
