/**
 * What publishing the organisation's quarter does to the teams' quarters, said before it happens.
 * They stay open unless the admin ticks the box (see publishQuarter for why that is the default).
 */
export function TeamQuartersChoice({ quarterLabel, count }: { quarterLabel: string; count: number }) {
  if (count === 0) {
    return (
      <p className="w-full text-amber-950">
        No team has unpublished figures for {quarterLabel}: this publishes the organisation’s quarter only.
      </p>
    )
  }
  const teams = count === 1 ? 'one team’s quarter' : `the ${count} teams’ quarters`
  return (
    <div className="w-full space-y-2 text-amber-950">
      <p>
        This publishes the organisation’s quarter, which the board report shows. {count === 1 ? 'One team has' : `${count} teams have`}{' '}
        figures for {quarterLabel} not yet published: they stay open for their managers to correct, and each is published from its team’s
        scorecard, unless you publish them now too.
      </p>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="alsoPublishTeams" value="yes" className="mt-1" />
        <span>
          Also publish {teams} for {quarterLabel}
        </span>
      </label>
    </div>
  )
}
