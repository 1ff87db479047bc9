import { redirect } from 'next/navigation'
import { resolveQuarter, type SearchParams } from '@/lib/request/page-params'
import { requirePagePermission } from '@/lib/request/current-user'

/** The entry pages keep the quarter in the path; pick it as every page does, then go there. */
export default async function EntryIndexPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePagePermission({ do: 'read' })
  const params = await searchParams
  const quarter = await resolveQuarter(params.quarter)
  const scope = typeof params.scope === 'string' ? params.scope : 'org'
  redirect(`/entry/${quarter}?${new URLSearchParams({ scope }).toString()}`)
}
