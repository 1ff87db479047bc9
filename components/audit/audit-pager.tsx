import Link from 'next/link'
import { buttonClass } from '@/components/ui/button'

/** "Newer" and "Older" links; a direction with nothing more is shown disabled, not hidden, so the layout holds. */
export function AuditPager({ newerHref, olderHref }: { newerHref: string | null; olderHref: string | null }) {
  const off = `${buttonClass('secondary')} pointer-events-none opacity-50`
  return (
    <nav aria-label="Audit log pages" className="mt-4 flex justify-between gap-2">
      {newerHref ? (
        <Link href={newerHref} className={buttonClass('secondary')}>
          <span aria-hidden="true">←</span> Newer
        </Link>
      ) : (
        <span aria-disabled="true" className={off}>
          <span aria-hidden="true">←</span> Newer
        </span>
      )}
      {olderHref ? (
        <Link href={olderHref} className={buttonClass('secondary')}>
          Older <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span aria-disabled="true" className={off}>
          Older <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  )
}
