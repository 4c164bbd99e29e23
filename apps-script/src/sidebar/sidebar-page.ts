// The sidebar page's script (bundled into Sidebar.html): reads the user's language from the
// boot data and builds the sections, each calling the add-on's server functions.
/// <reference lib="dom" />
import { readBoot } from './boot'
import { cropSection } from './crop-section'
import { dashboardSection } from './dashboard-section'
import { h } from './dom'
import { importSection } from './import-section'
import { participationSection } from './participation-section'
import { proposalsSection } from './proposals-section'
import { prospectsSection } from './prospects-section'
import { publishSection } from './publish-section'
import { serverCall } from './server-call'
import { settingsSection } from './settings-section'
import { setupSection } from './setup-section'
import type { SidebarContext } from './sidebar-context'
import { sidebarText } from './sidebar-text'
import { syncSection } from './sync-section'
import { validateSection } from './validate-section'

function start(): void {
  const root = document.getElementById('sidebar')
  if (!root) return
  const { locale, title } = readBoot(document.getElementById('sidebar-boot')?.textContent)
  document.documentElement.lang = locale
  if (title) document.title = title
  const text = sidebarText(locale)
  const context: SidebarContext = { locale, text, call: serverCall }

  // Shown while the Worker URL or the secret is missing: publishing and syncing need both.
  const goToSettings = h('a', { href: '#settings' }, text('sidebar.notice.goToSettings'))
  const notice = h(
    'p',
    { class: 'notice', hidden: true },
    text('sidebar.notice.notConnected'),
    ' ',
    goToSettings
  )
  goToSettings.addEventListener('click', (event) => {
    event.preventDefault()
    const settings = document.getElementById('settings')
    settings?.scrollIntoView({ behavior: 'smooth', block: 'start' })
    settings?.querySelector('input')?.focus({ preventScroll: true })
  })

  root.replaceChildren(
    // Google shows the title above the sidebar; this heading is there for screen readers.
    h('h1', { class: 'visually-hidden' }, document.title),
    notice,
    setupSection(context),
    validateSection(context),
    importSection(context),
    publishSection(context),
    syncSection(context),
    proposalsSection(context),
    prospectsSection(context),
    participationSection(context),
    dashboardSection(context),
    cropSection(context),
    settingsSection(context, (settings) => {
      notice.hidden = Boolean(settings.workerUrl) && settings.secretSet
    })
  )
}

start()
