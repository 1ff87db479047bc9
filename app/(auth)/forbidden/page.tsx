import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Not allowed' }

export default function ForbiddenPage() {
  return (
    <>
      <h1 className="mb-2 text-lg font-semibold">You do not have access to that page</h1>
      <p className="text-sm text-slate-600">Your role does not allow it. An admin can change your role under Users.</p>
      <p className="mt-4">
        <Link href="/" className="text-blue-700 underline">
          Back to the scorecard
        </Link>
      </p>
    </>
  )
}
