import type { FirstRunProgress } from '@/lib/db/queries/first-run'

export interface FirstRunItem {
  label: string
  done: boolean
  /**
   * Where it is done. Link texts avoid the menu's words ("Teams", "Import", "Settings"), so a link
   * found by the menu's name is never ambiguous while the checklist shows.
   */
  links: { href: string; text: string }[]
}

/** The steps a new installation takes before its first board meeting, in the order they are best done. */
export function firstRunItems(progress: FirstRunProgress, quarter: string): FirstRunItem[] {
  return [
    { label: 'Name the organisation', done: progress.orgNamed, links: [{ href: '/settings', text: 'Set the organisation name' }] },
    {
      label: 'Set the fiscal year start and time zone',
      done: progress.calendarSet,
      links: [{ href: '/settings', text: 'Set the fiscal year and time zone' }],
    },
    {
      label: 'Remove the demo data',
      done: progress.demoRemoved,
      links: [{ href: '/settings#demo-data', text: 'Remove the demo data' }],
    },
    {
      label: 'Add teams and people',
      done: progress.teamsAndPeople,
      links: [
        { href: '/teams', text: 'Create a team' },
        { href: '/admin/users', text: 'Add people' },
      ],
    },
    {
      label: 'Enter or import a quarter',
      done: progress.quarterEntered,
      links: [
        { href: `/entry/${quarter}?scope=org`, text: 'Enter a quarter' },
        { href: `/import?quarter=${quarter}&scope=org`, text: 'Upload a quarter’s file' },
      ],
    },
    {
      label: 'Connect sources',
      done: progress.sourcesConnected,
      links: [
        { href: '/admin/connections', text: 'Connect GitHub, GitLab or PagerDuty' },
        { href: '/admin/tokens', text: 'Create an ingest token' },
      ],
    },
  ]
}

/**
 * Whether the scorecard shows the checklist: until an admin dismisses it or the data shows every
 * step done. A finished checklist has nowhere left to lead, so it leaves the page by itself.
 */
export function showsFirstRun({ dismissed, progress }: { dismissed: boolean; progress: FirstRunProgress }): boolean {
  return !dismissed && Object.values(progress).some((done) => !done)
}
