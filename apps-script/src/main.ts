// The add-on's entry points: the build declares a global function for every export here,
// so export only functions Apps Script should call (triggers, menu items, google.script.run).
/// <reference types="google-apps-script" />
import { appsScriptActionHost } from './actions/action-host'
import type { ShortlistReport } from './actions/crop-shortlist'
import {
  type DashboardSchedule,
  runDashboardSchedule,
  runInstallDashboardSchedule,
  runRemoveDashboardSchedule,
} from './actions/dashboard-schedule'
import type { DecisionReport } from './actions/decide-proposal'
import type { AnnouncementReport } from './actions/draft-announcement'
import type { AttendanceReport } from './actions/import-attendance'
import type { ImportReport, ImportRequest } from './actions/import-events'
import type { InvitableSessionsReport } from './actions/invitable-sessions'
import type { InvitationReport } from './actions/invite-prospect'
import type { ProspectReport } from './actions/move-prospect-view'
import { type CalendarPublishReport, runPublishCalendar } from './actions/publish-calendar'
import { runPublishWebinars, type WebinarPublishReport } from './actions/publish-webinars'
import type { DashboardReport } from './actions/rebuild-dashboard'
import type { ActionResult } from './actions/run-action'
import type { MemberInputSyncReport, MemberProposalsView } from './actions/sync-member-input'
import {
  runScheduledSync,
  runSyncRegistrations,
  SYNC_TIME_BUDGET_MS,
  type SyncReport,
} from './actions/sync-registrations'
import {
  runInstallSchedule,
  runRemoveSchedule,
  runSyncStatus,
  type SyncStatus,
} from './actions/sync-schedule'
import {
  runSelectCell,
  runValidation,
  type SelectedCell,
  type ValidationReport,
} from './actions/validate-workbook'
import {
  runGetWorkerSettings,
  runSaveWorkerSettings,
  runTestConnection,
  type SettingsReport,
} from './actions/worker-settings-actions'
import { createInsightsLoader } from './insights-loader'
import { installAddonMenu } from './menu'
import { appsScriptServices } from './services'
import type { ConnectionReport } from './settings/test-connection'
import type { WorkerSettingsInput } from './settings/worker-settings'
import { showAddonSidebar } from './sidebar'
import { resolveUserLocale } from './user-locale'
import { runSetUp, type SetupReport } from './workbook/setup'
import { activeWorkbook } from './workbook/sheet-workbook'

type TriggerEvent = Partial<GoogleAppsScript.Events.AppsScriptEvent>

// The import, dashboard, attendance and CROP actions live in the insights chunk (insights.ts, built
// as insights.html), read and evaluated only by the calls below that need them. The dashboard
// schedule's functions stay here: the sidebar asks for the schedule every time it opens.
const insights = createInsightsLoader({ services: appsScriptServices })

/** Simple trigger, run when the spreadsheet opens (in any auth mode): adds the add-on menu. */
export function onOpen(_event?: TriggerEvent): void {
  installAddonMenu(appsScriptServices())
}

/** Run once when a user installs the add-on, so the menu appears without reopening the file. */
export function onInstall(event?: TriggerEvent): void {
  onOpen(event)
}

/** Menu item "Open sidebar". */
export function openSidebar(): void {
  showAddonSidebar(appsScriptServices())
}

/** Menu item "Set up this spreadsheet"; returns what it changed, for the sidebar to show. */
export function setUpSpreadsheet(): SetupReport {
  return runSetUp(activeWorkbook(), resolveUserLocale(appsScriptServices().userLocale()))
}

/** Menu item "Check the spreadsheet": every tab through its schema, problem cells marked. */
export function validateSpreadsheet(): ActionResult<ValidationReport> {
  return runValidation(appsScriptActionHost())
}

/** Called by the sidebar when a problem is clicked: puts the cursor on its cell. */
export function selectCell(
  tab: string,
  row: number,
  column: string | null
): ActionResult<SelectedCell> {
  return runSelectCell(appsScriptActionHost(), tab, row, column)
}

/**
 * Menu item "Import events": from the Import tab, or (from the sidebar) from the `{ table,
 * unclosedQuoteRows }` the sidebar read from a CSV file with readTable.
 */
export function importEvents(request?: ImportRequest): ActionResult<ImportReport> {
  return insights().importEvents(request)
}

/** Menu item "Publish the calendar": the Events tab to PUT /admin/events. */
export function publishCalendar(): ActionResult<CalendarPublishReport> {
  return runPublishCalendar(appsScriptActionHost())
}

/** Menu item "Publish the webinars": the Webinars tab to PUT /admin/webinars. */
export function publishWebinars(): ActionResult<WebinarPublishReport> {
  return runPublishWebinars(appsScriptActionHost())
}

/** Menu item "Sync webinar registrations". */
export function syncRegistrations(): ActionResult<SyncReport> {
  return runSyncRegistrations(appsScriptActionHost())
}

/**
 * Run by the time-driven trigger that installSyncSchedule creates: the registrations, then the
 * member proposals and suggestions (through the insights chunk) in the time the registrations
 * left of the run's budget. Either runs when the other fails; a failure neither could report
 * is thrown after both have run, for Apps Script's log.
 */
export function syncRegistrationsOnSchedule(_event?: TriggerEvent): void {
  const started = Date.now()
  const failures: unknown[] = []
  for (const run of [
    () => runScheduledSync(appsScriptActionHost()),
    () =>
      insights().syncMemberInputOnSchedule({
        timeBudgetMs: SYNC_TIME_BUDGET_MS - (Date.now() - started),
      }),
  ]) {
    try {
      run()
    } catch (error) {
      failures.push(error)
    }
  }
  if (failures.length > 0) throw failures[0]
}

/** For the sidebar: whether the sync runs by itself, and how the last run went. */
export function getSyncStatus(): ActionResult<SyncStatus> {
  return runSyncStatus(appsScriptActionHost())
}

/** For the sidebar: turns the automatic sync (every 15 minutes) on. */
export function installSyncSchedule(): ActionResult<SyncStatus> {
  return runInstallSchedule(appsScriptActionHost())
}

/** For the sidebar: turns the automatic sync off. */
export function removeSyncSchedule(): ActionResult<SyncStatus> {
  return runRemoveSchedule(appsScriptActionHost())
}

/** For the sidebar: the Worker URL and whether the admin secret is set (never the secret). */
export function getWorkerSettings(): ActionResult<SettingsReport> {
  return runGetWorkerSettings(appsScriptActionHost())
}

/** For the sidebar: saves the Worker URL and/or the admin secret. */
export function saveWorkerSettings(input: WorkerSettingsInput): ActionResult<SettingsReport> {
  return runSaveWorkerSettings(appsScriptActionHost(), input)
}

/** Menu item "Test the connection": one signed GET to the Worker. */
export function testConnection(): ActionResult<ConnectionReport> {
  return runTestConnection(appsScriptActionHost())
}

/**
 * For the sidebar: a meeting's participant list (parsed in the sidebar with parseAttendanceCsv)
 * matched to members, appended to Participation; Active and Reason recomputed.
 */
export function importAttendance(request: unknown): ActionResult<AttendanceReport> {
  return insights().importAttendance(request)
}

/** For the sidebar: records a meeting for members a person picked for unmatched rows. */
export function recordAttendance(request: unknown): ActionResult<AttendanceReport> {
  return insights().recordAttendance(request)
}

/** Menu item "Rebuild the dashboard": the Dashboard tab, its charts, Active and Reason. */
export function rebuildDashboard(): ActionResult<DashboardReport> {
  return insights().rebuildDashboard()
}

/** Run by the daily trigger that installDashboardSchedule creates. */
export function rebuildDashboardOnSchedule(_event?: TriggerEvent): void {
  insights().rebuildDashboardOnSchedule()
}

/** For the sidebar: whether the dashboard rebuilds itself each day, and the last rebuild. */
export function getDashboardSchedule(): ActionResult<DashboardSchedule> {
  return runDashboardSchedule(appsScriptActionHost(), ScriptApp)
}

/** For the sidebar: turns the daily rebuild on. */
export function installDashboardSchedule(): ActionResult<DashboardSchedule> {
  return runInstallDashboardSchedule(appsScriptActionHost(), ScriptApp)
}

/** For the sidebar: turns the daily rebuild off. */
export function removeDashboardSchedule(): ActionResult<DashboardSchedule> {
  return runRemoveDashboardSchedule(appsScriptActionHost(), ScriptApp)
}

/**
 * Menu item "CROP shortlist for the selected event", and the sidebar's: the event selected on
 * Events (or `request.eventId`), written to its Shortlist tab.
 */
export function cropShortlist(request?: unknown): ActionResult<ShortlistReport> {
  return insights().cropShortlist(request)
}

/** For the sidebar: one Gmail draft per language to the shortlist's tier-1 members. */
export function draftCropAnnouncement(request: unknown): ActionResult<AnnouncementReport> {
  return insights().draftCropAnnouncement(request)
}

/** For the sidebar: member proposals and suggestions from the Worker into the workbook. */
export function syncMemberInput(): ActionResult<MemberInputSyncReport> {
  return insights().syncMemberInput()
}

/**
 * The member input sync as a trigger runs it (no toast, its outcome kept for the sidebar):
 * syncRegistrationsOnSchedule calls it every 15 minutes.
 */
export function syncMemberInputOnSchedule(_event?: TriggerEvent): void {
  insights().syncMemberInputOnSchedule()
}

/** For the sidebar: the member proposals waiting for a decision, and the last sync. */
export function memberProposals(): ActionResult<MemberProposalsView> {
  return insights().memberProposals()
}

/**
 * For the sidebar: accepts or rejects a member's proposal (`{ proposalId, decision:
 * 'accepted' | 'rejected', note? }`); the proposer is told by email in their language.
 */
export function decideProposal(request: unknown): ActionResult<DecisionReport> {
  return insights().decideProposal(request)
}

/** For the sidebar: the prospect on the selected row of Prospects (or `request.prospectId`). */
export function selectedProspect(request?: unknown): ActionResult<ProspectReport> {
  return insights().selectedProspect(request)
}

/**
 * For the sidebar: moves a prospect along the outreach pipeline (`{ prospectId?, stage?,
 * liaison?, correct?, reopen? }`) and/or assigns its liaison.
 */
export function moveProspect(request: unknown): ActionResult<ProspectReport> {
  return insights().moveProspect(request)
}

/**
 * For the sidebar: a bilingual invitation to a teleconference (`{ prospectId?, session: { kind:
 * 'webinar', slug } | { kind: 'event', id } }`) with its .ics, then the prospect marked invited.
 */
export function inviteProspect(request: unknown): ActionResult<InvitationReport> {
  return insights().inviteProspect(request)
}

/** For the sidebar: the upcoming webinars and events a prospect can be invited to. */
export function listInvitableSessions(): ActionResult<InvitableSessionsReport> {
  return insights().listInvitableSessions()
}
