import { EVENT_FORMULAS } from '@/lib/metrics/dora-events'
import { progressText } from '@/lib/metrics/quarter-progress'
import { MethodSection } from './method-section'

/**
 * The rules that keep what the board reads honest: measured zeros, the quarter in progress,
 * restatements, formulas and demo data. Their own sections, after the scoring method's.
 */
export function HonestFigures() {
  return (
    <>
      <MethodSection id="measured-zeros" title="Quiet quarters are measured, not missing">
        <p>
          Once a team (or the organisation) has sent its first deployment or incident, every quarter from then through the current one is
          computed from events, including quarters in which nothing happened:
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>No deployments in a quarter: deployment frequency is 0 per day (n = 0), and it is scored like any other value.</li>
          <li>No incidents opened in a quarter: major incidents is 0.</li>
          <li>
            A rate over nothing stays &ldquo;no data&rdquo;: change failure rate and rework rate without deployments, and lead time,
            recovery time, MTTA and MTTR with nothing to measure.
          </li>
          <li>
            Quarters before a scope&rsquo;s first deployment have no frequency, and those before its first incident no count of major
            incidents: the feed had not begun, so a zero would claim what nobody measured.
          </li>
        </ul>
        <p>The figures API, the pages and every export show the same values.</p>
      </MethodSection>
      <MethodSection id="in-progress" title="A quarter in progress">
        <p>
          The current quarter is marked with how far it has run, counted in whole days of the organisation&rsquo;s time zone, today included
          (for example &ldquo;{progressText({ day: 40, days: 92 })}&rdquo;), on every page and on every page of every export. Its figures,
          scores and statuses are provisional.
        </p>
        <p>
          A per-day rate divides by the days elapsed, not by the whole quarter: 20 deployments by day 40 are 0.5 a day, not 0.22. It is
          computed again each day, and once more when the quarter ends.
        </p>
        <p>
          Publishing a quarter before it ends needs an explicit confirmation, and the board report of such a quarter says on its cover that
          it is in progress.
        </p>
      </MethodSection>
      <MethodSection id="restatements" title="Restatements, formulas and demo data">
        <p>
          A figure changed after its quarter was published is a restatement. The report page and every export (PDF, PPTX, XLSX, CSV) show
          the value that was published, the value now and the reason, and list every restatement in the appendix, so a report downloaded
          again never silently shows a different number.
        </p>
        <p>
          A figure computed from events states the formula that computed it, for example deployment frequency ={' '}
          {EVENT_FORMULAS.deployment_frequency}. A target for a DORA figure is shown but marked &ldquo;not scored&rdquo;: the benchmark
          level scores it.
        </p>
        <p>
          Demo figures are marked wherever they show: a banner on every page that shows them, and &ldquo;Demo data&rdquo; on every page,
          slide, sheet and row of an export made from them.
        </p>
      </MethodSection>
    </>
  )
}
