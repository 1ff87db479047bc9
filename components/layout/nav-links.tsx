'use client'

import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

const LINKS = [
  { href: '/', label: 'Scorecard', match: (p: string) => p === '/' || p.startsWith('/category') || p.startsWith('/metric/') },
  { href: '/entry', label: 'Enter figures', match: (p: string) => p.startsWith('/entry') },
  { href: '/metrics', label: 'Metrics', match: (p: string) => p === '/metrics' },
  { href: '/how-scores-work', label: 'How scores work', match: (p: string) => p === '/how-scores-work' },
  { href: '/teams', label: 'Teams', match: (p: string) => p === '/teams' },
  { href: '/settings', label: 'Settings', match: (p: string) => p === '/settings' },
]

/** Main navigation; links carry the chosen quarter and scope along. */
export function NavLinks({ quarter, scope }: { quarter: string; scope: string }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const q = searchParams.get('quarter') ?? quarter
  const s = searchParams.get('scope') ?? scope
  return (
    <ul className="flex flex-wrap gap-1 text-sm">
      {LINKS.map((link) => {
        const href = link.href === '/entry' ? `/entry/${q}?scope=${s}` : `${link.href}?quarter=${q}&scope=${s}`
        const active = link.match(pathname)
        return (
          <li key={link.href}>
            <Link
              href={href}
              aria-current={active ? 'page' : undefined}
              className={`rounded-md px-3 py-1.5 ${active ? 'bg-white/15 font-semibold text-white' : 'text-blue-100 hover:bg-white/10 hover:text-white'}`}
            >
              {link.label}
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
