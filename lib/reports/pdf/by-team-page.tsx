import { Page, Text, View } from '@react-pdf/renderer'
import type { ReportModel, ReportTeamRow, ScoreSummary } from '../report-types'
import { Delta } from './delta-text'
import { PageFrame } from './page-frame'
import { COLOURS, styles } from './pdf-theme'
import { pdfText } from './pdf-text'
import { StatusMark } from './status-mark'

const TEAM_WIDTH = 120
const row = { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule } as const

function Score({ summary }: { summary: ScoreSummary }) {
  return (
    <View style={{ flex: 1, paddingRight: 4 }}>
      <Text style={{ fontFamily: 'Helvetica-Bold' }}>{pdfText(summary.scoreText)}</Text>
      <StatusMark status={summary.status} text={summary.statusText} fontSize={7.5} />
      <Delta delta={summary.sincePrevious} />
    </View>
  )
}

function TeamRow({ team }: { team: ReportTeamRow }) {
  return (
    <View wrap={false} style={row}>
      <Text style={{ width: TEAM_WIDTH, paddingRight: 6, fontFamily: 'Helvetica-Bold' }}>{pdfText(team.name)}</Text>
      {team.hasFigures ? (
        <>
          <Score summary={team.overall} />
          {team.categories.map((c) => (
            <Score key={c.key} summary={c} />
          ))}
        </>
      ) : (
        <Text style={[styles.muted, { flex: 7 }]}>No figures</Text>
      )}
    </View>
  )
}

/** The organisation's report only: each active team's overall and category scores, one row a team. */
export function ByTeamPage({ model, rows }: { model: ReportModel; rows: ReportTeamRow[] }) {
  const { meta } = model
  return (
    <Page size={meta.pageSize} orientation="landscape" style={styles.page}>
      <PageFrame meta={meta} />
      <Text style={styles.h1}>By team</Text>
      <Text style={[styles.small, { marginBottom: 8 }]}>
        {pdfText(`Each team's scores in ${meta.quarterLabel}, with the change since ${meta.previousLabel}.`)}
      </Text>
      {rows.length === 0 ? (
        <Text style={styles.muted}>There are no active teams to compare.</Text>
      ) : (
        <>
          <View fixed style={[row, { fontSize: 8, color: COLOURS.muted }]}>
            <Text style={{ width: TEAM_WIDTH }}>Team</Text>
            <Text style={{ flex: 1 }}>Overall</Text>
            {model.sections.map((s) => (
              <Text key={s.key} style={{ flex: 1, paddingRight: 4 }}>
                {pdfText(s.label)}
              </Text>
            ))}
          </View>
          {rows.map((team) => (
            <TeamRow key={team.slug} team={team} />
          ))}
        </>
      )}
    </Page>
  )
}
