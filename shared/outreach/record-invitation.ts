// What an invitation to a teleconference does to a prospect's row: the stage, Invited on and
// Invited to.
import { type PipelineOutcome, refuse } from './pipeline-refusal'
import { isFinalStage, type PipelineProspect, stageRank } from './pipeline-stages'
import { stepDateRefusal } from './step-date'

/** An invitation sent on a day to one session. */
export interface Invitation {
  /** The day it went out, YYYY-MM-DD. */
  on: string
  /** The session: a webinar's slug or an event's ID (the Invited to column). */
  session: string
}

/**
 * The prospect once invited, or why they cannot be. A prospect who has not reached 'invited'
 * moves to it; one further on (attended, applied) keeps their stage, since an invitation to
 * another teleconference is not a step back. Invited on becomes `on`, the day of the last
 * invitation, so that it and Invited to always speak of the same one (a later Invited on
 * already in the row is kept); joined and declined prospects are not invited. Dates follow
 * stepDateRefusal.
 *
 * @example
 * recordInvitation({ stage: 'contacted', ... }, { on: '2026-03-02', session: 'dnssec-2026' })
 * // { ok: true, prospect: { ..., stage: 'invited', invitedOn: '2026-03-02', invitedTo: 'dnssec-2026' } }
 */
export function recordInvitation<P extends PipelineProspect>(
  prospect: P,
  invitation: Invitation
): PipelineOutcome<P> {
  if (isFinalStage(prospect.stage)) return refuse('final-stage', { stage: prospect.stage })
  const refusal = stepDateRefusal(prospect, 'invited', invitation.on)
  if (refusal) return { ok: false, refusal }
  const invitedOn =
    prospect.invitedOn !== null && prospect.invitedOn > invitation.on
      ? prospect.invitedOn
      : invitation.on
  return {
    ok: true,
    prospect: {
      ...prospect,
      stage: stageRank(prospect.stage) < stageRank('invited') ? 'invited' : prospect.stage,
      invitedOn,
      invitedTo: invitation.session,
    },
  }
}
