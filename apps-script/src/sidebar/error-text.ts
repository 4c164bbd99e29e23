// A failed call in the user's language: the server's own words, or the sidebar's when the server
// was never reached.
import { ServerCallError } from './server-call'
import type { SidebarText } from './sidebar-text'

/**
 * What to tell the user about a failure, in their language: the server's own message (it
 * speaks the user's language), or the sidebar's words when the server was not reached.
 *
 * @example
 * status.error(errorText(error, text))
 */
export function errorText(error: unknown, text: SidebarText): string {
  if (error instanceof ServerCallError) {
    if (error.failure === 'network') return text('sidebar.error.network')
    if (error.failure === 'unavailable') return text('sidebar.error.unavailable')
  }
  const message = error instanceof Error ? error.message : String(error)
  return message.trim() === '' ? text('sidebar.error.unknown') : message
}
