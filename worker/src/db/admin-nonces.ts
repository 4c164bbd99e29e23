// Queries on the admin nonces: the signatures already accepted, kept while they could be replayed.

/**
 * Records a signature as used, and forgets those whose window has passed. Answers false when
 * the signature was already recorded (a replay); the primary key makes this safe even for
 * two identical requests arriving at the same moment.
 *
 * @example
 * const fresh = await rememberSignature(c.env.DB, { signature, expiresAt: timestamp + 300, now })
 * if (!fresh) throw unauthorized()
 */
export async function rememberSignature(
  db: D1Database,
  nonce: { signature: string; expiresAt: number; now: number }
): Promise<boolean> {
  const [, inserted] = await db.batch([
    db.prepare('DELETE FROM admin_nonces WHERE expires_at < ?').bind(nonce.now),
    db
      .prepare(
        'INSERT INTO admin_nonces (signature, expires_at) VALUES (?, ?) ON CONFLICT (signature) DO NOTHING'
      )
      .bind(nonce.signature, nonce.expiresAt),
  ])
  return inserted?.meta.changes === 1
}

/**
 * How many signatures are currently remembered (for tests and the operator's curiosity).
 *
 * @example
 * await countRememberedSignatures(env.DB) // 3
 */
export async function countRememberedSignatures(db: D1Database): Promise<number> {
  const row = await db
    .prepare('SELECT COUNT(*) AS count FROM admin_nonces')
    .first<{ count: number }>()
  return row?.count ?? 0
}
