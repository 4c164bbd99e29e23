// What every section of the sidebar is given: the user's language, its strings and the server.
import type { Locale } from '../../../shared/i18n/locales'
import type { ServerCall } from './server-call'
import type { SidebarText } from './sidebar-text'

export interface SidebarContext {
  locale: Locale
  text: SidebarText
  /** Calls the add-on's server functions (google.script.run, typed). */
  call: ServerCall
}
