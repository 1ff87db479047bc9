/**
 * Who is making a change, for `updatedBy` and the audit trail. Until sign-in exists (issue #3)
 * every change is attributed to the single local user; server actions call this so that sign-in
 * can replace it in one place, together with a permission check.
 */
export async function currentActor(): Promise<string> {
  return 'local user'
}
