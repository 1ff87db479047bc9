'use client'

import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

/** Which links a person sees; the pages check permission themselves whatever the menu shows. */
export interface NavAccess {
  edit: boolean
  admin: boolean
}

const LINKS = [
  {
    href: '/',
    label: 'Scorecard',
    show: () => true,
    match: (p: string) => p === '/' || p.startsWith('/category') || p.startsWith('/metric/'),
  },
  { href: '/entry', label: 'Enter figures', show: (a: NavAccess) => a.edit, match: (p: string) => p.startsWith('/entry') },
  { href: '/import', label: 'Import', show: (a: NavAccess) => a.edit, match: (p: string) => p === '/import' },
  { href: '/compare', label: 'Compare teams', show: () => true, match: (p: string) => p === '/compare' },
  { href: '/report', label: 'Board report', show: () => true, match: (p: string) => p === '/report' },
  { href: '/metrics', label: 'Metrics', show: () => true, match: (p: string) => p === '/metrics' },
  { href: '/how-scores-work', label: 'How scores work', show: () => true, match: (p: string) => p === '/how-scores-work' },
  { href: '/teams', label: 'Teams', show: (a: NavAccess) => a.admin, match: (p: string) => p === '/teams' },
  { href: '/admin/users', label: 'Users', show: (a: NavAccess) => a.admin, match: (p: string) => p.startsWith('/admin/users') },
  { href: '/admin/tokens', label: 'API tokens', show: (a: NavAccess) => a.admin, match: (p: string) => p.startsWith('/admin/tokens') },
  {
    href: '/admin/connections',
    label: 'Connections',
    show: (a: NavAccess) => a.admin,
    match: (p: string) => p.startsWith('/admin/connections'),
  },
  { href: '/admin/audit', label: 'Audit log', show: (a: NavAccess) => a.admin, match: (p: string) => p.startsWith('/admin/audit') },
  { href: '/settings', label: 'Settings', show: (a: NavAccess) => a.admin, match: (p: string) => p === '/settings' },
]

/** Main navigation; links carry the chosen quarter and scope along. */
export function NavLinks({ quarter, scope, access }: { quarter: string; scope: string; access: NavAccess }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const q = searchParams.get('quarter') ?? quarter
  const s = searchParams.get('scope') ?? scope
  return (
    <ul className="flex flex-wrap gap-1 text-sm">
      {LINKS.filter((link) => link.show(access)).map((link) => {
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
