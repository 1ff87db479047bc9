'use client'

import { useEffect } from 'react'

export const LEAVE_MESSAGE = 'You have unsaved changes. Leave this page and lose them?'

/** The forms on the page with unsaved edits. Module state: every form and the picker share one answer. */
const dirtyForms = new Set<symbol>()
/** A guard entry pushed on the history stack, so Back first lands here and can be stopped. */
const GUARD_KEY = '__unsavedChangesGuard'
/** Set when the person agreed to go back, so the popstate that follows passes to the router. */
let passNextPop = false

/**
 * Asks before leaving when a form has unsaved edits; true when there are none or the person agrees.
 * For in-app navigation that is not a link click (the quarter and scope picker).
 */
export function confirmLeave(): boolean {
  return dirtyForms.size === 0 || window.confirm(LEAVE_MESSAGE)
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (dirtyForms.size === 0) return
  // Browsers show their own wording; preventDefault is what asks them to.
  event.preventDefault()
}

/** A same-origin link to another page, clicked as a plain left click (not "open in new tab"). */
function leavingLink(event: MouseEvent): boolean {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target === '_blank' || anchor.hasAttribute('download')) return false
  const to = new URL(anchor.href, window.location.href)
  // Another origin is a full page load: beforeunload asks. A jump within the page loses nothing.
  if (to.origin !== window.location.origin) return false
  return to.pathname !== window.location.pathname || to.search !== window.location.search
}

/**
 * Capture phase on the window, so it runs before Next's Link handler and can stop the client-side
 * navigation altogether (a Link's own onClick would see the click after React has routed it).
 */
function onClickCapture(event: MouseEvent): void {
  if (!leavingLink(event) || confirmLeave()) return
  event.preventDefault()
  event.stopPropagation()
}

/**
 * Back and Forward cannot be cancelled, so the page keeps a duplicate history entry while edits are
 * unsaved: Back pops only that entry (same URL), and this listener, registered for the capture
 * phase on the window so it runs before the router's own popstate listener, either lets the person
 * stay (pushing the guard again) or goes back for real.
 */
function onPopState(event: PopStateEvent): void {
  if (passNextPop) {
    passNextPop = false
    return
  }
  if (dirtyForms.size === 0) return
  event.stopImmediatePropagation()
  if (confirmLeave()) {
    passNextPop = true
    window.history.back()
  } else pushGuard()
}

function pushGuard(): void {
  const state: unknown = window.history.state
  if (typeof state === 'object' && state !== null && GUARD_KEY in state) return
  window.history.pushState({ ...(typeof state === 'object' ? state : {}), [GUARD_KEY]: true }, '', window.location.href)
}

/**
 * Warns before unsaved edits are lost: a reload or closing the tab (the browser's own prompt), a
 * link to another page (category tabs, the menu), Back and Forward, and the quarter or scope picker
 * (which calls confirmLeave). Every form that edits calls it with whether it has unsaved edits.
 */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    const id = Symbol('unsaved form')
    dirtyForms.add(id)
    // Adding the same listener twice is a no-op, so several dirty forms install each once.
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('click', onClickCapture, true)
    window.addEventListener('popstate', onPopState, true)
    pushGuard()
    return () => {
      dirtyForms.delete(id)
      if (dirtyForms.size > 0) return
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('click', onClickCapture, true)
      window.removeEventListener('popstate', onPopState, true)
    }
  }, [dirty])
}

/** Whether any field differs from what was last saved (a missing field counts as blank). */
export function hasUnsavedEdits(fields: Readonly<Record<string, string>>, saved: Readonly<Record<string, string>>): boolean {
  const names = new Set([...Object.keys(fields), ...Object.keys(saved)])
  return [...names].some((name) => (fields[name] ?? '') !== (saved[name] ?? ''))
}
