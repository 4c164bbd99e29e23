// The Worker's member input feeds (GET /admin/proposals and GET /admin/suggestions), read a page
// at a time through the WorkerClient, every item parsed by its shared schema.
import {
  type CandidateSuggestion,
  candidateSuggestionSchema,
} from '../../../shared/schemas/candidate-suggestion'
import { type EventProposal, eventProposalSchema } from '../../../shared/schemas/event-proposal'
import { ActionError } from '../actions/action-error'
import type { WorkerClient } from './worker-client'

/** The feeds, by name, with the admin route each is read from. */
export const MEMBER_INPUT_FEEDS = {
  proposals: { path: '/admin/proposals', schema: eventProposalSchema },
  suggestions: { path: '/admin/suggestions', schema: candidateSuggestionSchema },
} as const
export type MemberInputFeed = keyof typeof MEMBER_INPUT_FEEDS

/** What each feed's items are. */
export interface MemberInputItems {
  proposals: EventProposal
  suggestions: CandidateSuggestion
}

/** One page of a feed. */
export interface MemberInputPage<Item> {
  items: Item[]
  /** Save it once the page's rows are written; ask `?after=` it next. */
  nextCursor: string
  hasMore: boolean
}

/**
 * The page of `feed` after change number `after`, at most `limit` items. An answer that is not
 * such a page, or holds one item its schema refuses, is an 'unexpected-answer' error: nothing
 * of it may be written, and the cursor must stay where it is.
 *
 * @example
 * const page = memberInputPage(client, 'proposals', '0', 200)
 * page.items[0]?.title // 'Foro de Gobernanza de Internet de Bolivia'
 */
export function memberInputPage<Feed extends MemberInputFeed>(
  client: WorkerClient,
  feed: Feed,
  after: string,
  limit: number
): MemberInputPage<MemberInputItems[Feed]> {
  const { path, schema } = MEMBER_INPUT_FEEDS[feed]
  const answer = client.admin('GET', `${path}?after=${after}&limit=${limit}`) as Record<
    string,
    unknown
  > | null
  const unexpected = () =>
    new ActionError('unexpected-answer', 'actions.worker.unexpected', {
      status: 200,
      url: client.address,
    })
  if (answer === null || typeof answer !== 'object') throw unexpected()
  const { items, nextCursor, hasMore } = answer
  if (!Array.isArray(items) || typeof hasMore !== 'boolean') throw unexpected()
  if (typeof nextCursor !== 'string' || !/^\d{1,15}$/.test(nextCursor)) throw unexpected()
  const parsed: MemberInputItems[Feed][] = []
  for (const item of items) {
    const result = schema.safeParse(item)
    if (!result.success) throw unexpected()
    parsed.push(result.data as MemberInputItems[Feed])
  }
  return { items: parsed, nextCursor, hasMore }
}
