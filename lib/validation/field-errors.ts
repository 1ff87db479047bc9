import type { z } from 'zod'

/** Field errors keyed by the form field's name ("values.releases", "inputs.leavers", …). */
export type FieldErrors = Record<string, string>

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const name = issue.path.join('.') || 'form'
    errors[name] ??= issue.message
  }
  return errors
}

/** A form's own text fields; React's internal "$ACTION…" entries are left out. */
export function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of formData.entries()) if (typeof value === 'string' && !name.startsWith('$')) out[name] = value
  return out
}
