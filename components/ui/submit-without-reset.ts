import { startTransition, type FormEvent } from 'react'

/**
 * An onSubmit handler that dispatches the form action itself. When React runs a form's `action`,
 * it resets the form afterwards, and a reset puts selects and checkboxes back to their first
 * rendered state even when they are controlled: a refused submit would then show a choice other
 * than the one sent (a role, a fiscal start month). The form keeps `action` too, so it still works before JavaScript has loaded.
 */
export function submitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => dispatch(formData))
  }
}
