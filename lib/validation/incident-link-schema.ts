import { z } from 'zod'
import { EVENT_ID_MAX } from './event-schemas'

const id = (what: string) =>
  z
    .string({ error: `Name the ${what} by its id.` })
    .trim()
    .min(1, `Name the ${what} by its id.`)
    .max(EVENT_ID_MAX, `An id has at most ${EVENT_ID_MAX} characters.`)

/**
 * A person's change to the deployment an incident is linked to: a deployment id links it, an empty
 * one removes the link (the incident then caused no deployment's failure).
 */
export const incidentLinkSchema = z.object({
  incident: id('incident'),
  deployment: z
    .string()
    .trim()
    .max(EVENT_ID_MAX, `An id has at most ${EVENT_ID_MAX} characters.`)
    .nullish()
    .transform((v) => (v ? v : null)),
})

export type IncidentLinkInput = z.infer<typeof incidentLinkSchema>
