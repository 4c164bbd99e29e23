// The insights chunk's entry: the import, dashboard, attendance and CROP actions, which the build bundles
// apart from Code.js (as dist/insights.html) so that ordinary calls never parse them. main.ts
// declares the global functions of the same names; each loads this chunk (insights-loader.ts)
// and calls the implementation here. Each runs the whole action, its host included: the chunk
// has its own copy of the shared modules (ActionError, WorkbookError, the message loader), so
// nothing made by Code.js's copy may cross into it.
/// <reference types="google-apps-script" />
import { appsScriptActionHost } from './actions/action-host'
import { runCropShortlist, type ShortlistReport } from './actions/crop-shortlist'
import { type DecisionReport, runDecideProposal } from './actions/decide-proposal'
import { type AnnouncementReport, runDraftAnnouncement } from './actions/draft-announcement'
import {
  type AttendanceReport,
  runImportAttendance,
  runRecordAttendance,
} from './actions/import-attendance'
import { type ImportReport, type ImportRequest, runImportEvents } from './actions/import-events'
import {
  type InvitableSessionsReport,
  runListInvitableSessions,
} from './actions/invitable-sessions'
import { type InvitationReport, runInviteProspect } from './actions/invite-prospect'
import { runMoveProspect } from './actions/move-prospect'
import { type ProspectReport, runSelectedProspect } from './actions/move-prospect-view'
import { type DashboardReport, runRebuildDashboard } from './actions/rebuild-dashboard'
import type { ActionResult } from './actions/run-action'
import {
  type MemberInputSyncReport,
  type MemberProposalsView,
  runMemberProposals,
  runScheduledMemberInputSync,
  runSyncMemberInput,
} from './actions/sync-member-input'

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

/** Proposals and suggestions from the Worker into Proposals, Events ('proposed') and Prospects. */
export function syncMemberInput(): ActionResult<MemberInputSyncReport> {
  return runSyncMemberInput(appsScriptActionHost())
}

/**
 * The 15-minute trigger's run of the member input sync: no toast, its outcome kept. Within
 * `timeBudgetMs` when given (what the registrations' sync left of the run's time).
 */
export function syncMemberInputOnSchedule(options: { timeBudgetMs?: number } = {}): void {
  runScheduledMemberInputSync(appsScriptActionHost(), options)
}

/** The proposals waiting for a decision, and the last sync, for the sidebar. */
export function memberProposals(): ActionResult<MemberProposalsView> {
  return runMemberProposals(appsScriptActionHost())
}

/**
 * Accepts or rejects a member's proposal; the proposer is told by email.
 *
 * @example
 * decideProposal({ proposalId: 'prop-1', decision: 'accepted', note: 'Gracias' })
 */
export function decideProposal(request: unknown): ActionResult<DecisionReport> {
  return runDecideProposal(appsScriptActionHost(), request)
}

/** The prospect on the selected row of Prospects (or `request.prospectId`), for the sidebar. */
export function selectedProspect(request?: unknown): ActionResult<ProspectReport> {
  return runSelectedProspect(appsScriptActionHost(), SpreadsheetApp, request)
}

/**
 * Moves a prospect along the outreach pipeline and/or assigns its liaison.
 *
 * @example
 * moveProspect({ prospectId: 'sug-91c2', stage: 'contacted', liaison: 'M-014' })
 */
export function moveProspect(request: unknown): ActionResult<ProspectReport> {
  return runMoveProspect(appsScriptActionHost(), SpreadsheetApp, request)
}

/**
 * Sends a prospect a bilingual invitation to a webinar or event, and records it.
 *
 * @example
 * inviteProspect({ prospectId: 'sug-91c2', session: { kind: 'webinar', slug: 'dnssec-2026' } })
 */
export function inviteProspect(request: unknown): ActionResult<InvitationReport> {
  return runInviteProspect(appsScriptActionHost(), SpreadsheetApp, request)
}

/** The upcoming webinars and events a prospect can be invited to, for the sidebar's picker. */
export function listInvitableSessions(): ActionResult<InvitableSessionsReport> {
  return runListInvitableSessions(appsScriptActionHost())
}
