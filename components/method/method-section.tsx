import type { ReactNode } from 'react'
import { Card } from '@/components/ui/card'

/** One numbered part of the method page; the id lets the contents link to it. */
export function MethodSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card className="scroll-mt-4">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <div className="space-y-3 text-sm leading-6 text-slate-700">{children}</div>
    </Card>
  )
}
