'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * The in-page "are you sure?" step shared by destructive buttons (publish, remove demo data, revoke
 * a token): works with a keyboard and a screen reader, unlike window.confirm. Opening the step
 * focuses its panel; cancelling returns focus to the trigger; an answer from the server action closes
 * the step and runs `afterAnswer` with the trigger button (say, to move focus to the result).
 */
export function useConfirmStep<Panel extends HTMLElement>(answer: unknown, afterAnswer: (trigger: HTMLButtonElement | null) => void) {
  const [confirming, setConfirming] = useState(false)
  const [handled, setHandled] = useState(answer)
  const panel = useRef<Panel>(null)
  const trigger = useRef<HTMLButtonElement>(null)

  // A new answer closes the step during render (React's pattern for state that follows a prop),
  // rather than in an effect that would render twice.
  if (answer !== handled) {
    setHandled(answer)
    if (answer) setConfirming(false)
  }
  useEffect(() => {
    if (confirming) panel.current?.focus()
  }, [confirming])
  useEffect(() => {
    if (answer) afterAnswer(trigger.current)
    // Once per answer: afterAnswer is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer])

  function cancel() {
    setConfirming(false)
    requestAnimationFrame(() => trigger.current?.focus())
  }

  return { confirming, ask: () => setConfirming(true), cancel, panel, trigger }
}
