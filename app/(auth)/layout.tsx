import { MAIN_ID } from '@/components/layout/main-id'
import type { ReactNode } from 'react'

/** The signed-out shell: the product name and one centred card. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4">
      <p className="mb-6 text-xl font-semibold tracking-tight text-slate-900">CTO Scorecard</p>
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className="w-full focus:outline-none max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      >
        {children}
      </main>
    </div>
  )
}
