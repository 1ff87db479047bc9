import { CATALOGUE, getMetric, type RollupRule } from '@/lib/metrics/catalogue'
import { formatValue } from '@/lib/metrics/format'
import { fromTeamsText, ROLLUP_RULE_TEXT, rollUpTeams } from '@/lib/metrics/team-rollup'

const RULE_NAMES: Record<RollupRule, string> = { sum: 'Sum', 'weighted-mean': 'n-weighted mean', none: 'Not rolled up' }

// A worked example, computed by the same function the scorecard uses, so the numbers cannot drift.
const CFR = getMetric('change_failure_rate')
const EXAMPLE = rollUpTeams(
  CFR,
  [
    { team: 'payments', value: 10, n: 100, source: 'manual' },
    { team: 'search', value: 40, n: 50, source: 'manual' },
    { team: 'mobile', value: 25, n: null, source: 'manual' },
  ],
  4,
)

/** How the organisation's figure comes from its teams' when it has none of its own. */
export function TeamRollupExplainer() {
  return (
    <>
      <p>
        Where the organisation has no figure of its own for a metric in a quarter, the scorecard, the category and metric pages, the figures
        API and every export show its active teams&rsquo; figures combined, marked &ldquo;{fromTeamsText({ from: 3, of: 5 })}
        &rdquo;, and score them like an entered figure. Archived teams are left out. The roll-up is worked out when the page is read; it is
        never stored.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>An organisation figure that was entered or imported always wins; where it differs from the roll-up, both are shown.</li>
        <li>
          Figures computed from events already count for the organisation (its events are all its teams&rsquo; events), so they are never
          rolled up again.
        </li>
      </ul>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        {(['sum', 'weighted-mean', 'none'] as const).map((rule) => (
          <div key={rule} className="contents">
            <dt className="font-medium text-slate-800">{RULE_NAMES[rule]}</dt>
            <dd>
              {ROLLUP_RULE_TEXT[rule]}{' '}
              <span className="text-slate-600">
                (
                {CATALOGUE.filter((m) => m.rollup === rule)
                  .map((m) => m.label)
                  .join(', ')}
                )
              </span>
            </dd>
          </div>
        ))}
      </dl>
      {EXAMPLE ? (
        <p>
          For example, change failure rate of 10% over 100 deployments in one team, 40% over 50 in another, and 25% typed without its
          deployments in a third: the organisation shows {formatValue(CFR, EXAMPLE.value)} (n = {EXAMPLE.n}), {fromTeamsText(EXAMPLE)}.
        </p>
      ) : null}
      <p>
        Publishing the organisation&rsquo;s quarter keeps the roll-ups it shows as the organisation&rsquo;s own figures (source
        &ldquo;teams&rdquo;), so a team&rsquo;s later correction never moves a number the board has seen. The figure then reads &ldquo;kept
        at publication as 12; teams sum to 14 now&rdquo;, and changing it is a restatement with a reason, like any published figure.
      </p>
    </>
  )
}
