// The insights chunk's entry: the import, dashboard, attendance and CROP actions, which the build bundles
// apart from Code.js (as dist/insights.html) so that ordinary calls never parse them. main.ts
// declares the global functions of the same names; each loads this chunk (insights-loader.ts)
// and calls the implementation here. Each runs the whole action, its host included: the chunk
// has its own copy of the shared modules (ActionError, WorkbookError, the message loader), so
// nothing made by Code.js's copy may cross into it.
/// <reference types="google-apps-script" />
import { appsScriptActionHost } from './actions/action-host'
import { runCropShortlist, type ShortlistReport } from './actions/crop-shortlist'
import { type AnnouncementReport, runDraftAnnouncement } from './actions/draft-announcement'
import {
  type AttendanceReport,
  runImportAttendance,
  runRecordAttendance,
} from './actions/import-attendance'
import { type ImportReport, type ImportRequest, runImportEvents } from './actions/import-events'
import { type DashboardReport, runRebuildDashboard } from './actions/rebuild-dashboard'
import type { ActionResult } from './actions/run-action'

/** Events from the Import tab, or from a CSV table the sidebar read. */
export function importEvents(request?: ImportRequest): ActionResult<ImportReport> {
  return runImportEvents(appsScriptActionHost(), request)
}

/**
 * A meeting's participant list matched to members, appended to Participation; Active and
 * Reason recomputed.
 *
 * @example
 * importAttendance({ date: '2024-05-14', activity: 'monthly-call', rows: [...] })
 */
export function importAttendance(request: unknown): ActionResult<AttendanceReport> {
  return runImportAttendance(appsScriptActionHost(), request)
}

/** Records a meeting for members a person picked for unmatched rows. */
export function recordAttendance(request: unknown): ActionResult<AttendanceReport> {
  return runRecordAttendance(appsScriptActionHost(), request)
}

/** The Dashboard tab, its charts, Active and Reason. */
export function rebuildDashboard(): ActionResult<DashboardReport> {
  return runRebuildDashboard(appsScriptActionHost(), SpreadsheetApp)
}

/** The daily trigger's rebuild: no toast, its outcome kept for the sidebar. */
export function rebuildDashboardOnSchedule(): void {
  runRebuildDashboard(appsScriptActionHost(), SpreadsheetApp, { trigger: 'schedule' })
}

/** The event selected on Events (or `request.eventId`): its shortlist, written to its tab. */
export function cropShortlist(request?: unknown): ActionResult<ShortlistReport> {
  return runCropShortlist(appsScriptActionHost(), SpreadsheetApp, request)
}

/** One Gmail draft per language to the shortlist's tier-1 members. */
export function draftCropAnnouncement(request: unknown): ActionResult<AnnouncementReport> {
  return runDraftAnnouncement(appsScriptActionHost(), SpreadsheetApp, GmailApp, request)
}
