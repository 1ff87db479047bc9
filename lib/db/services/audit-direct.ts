import { writeTransaction } from '../write-transaction'
import { appendAudit } from './audit'

/** Appends an audit event outside any other write (sign-in and sign-out have no other write to join). */
export async function appendAuditDirect(event: Parameters<typeof appendAudit>[1]): Promise<void> {
  await writeTransaction((tx) => appendAudit(tx, event))
}
