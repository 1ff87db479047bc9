'use client'

import { createContext, useContext, type ReactNode } from 'react'

const NoteTexts = createContext<Readonly<Record<number, string>>>({})

/** The id of the element holding a note's text, which every marker naming that note points to. */
export const noteTextId = (id: number) => `chart-note-${id}`

/** The texts of the notes in view, by id, for the markers that show them on hover and focus. */
export const useNoteTexts = () => useContext(NoteTexts)

/**
 * The text of every note the page's sparklines mark, sent once: a note about the whole scope is on
 * all seven sparklines of the scorecard, and its text would otherwise travel seven times in the
 * HTML and seven in the component payload. Markers take their accessible names from the hidden
 * copies here (aria-labelledby) and their hover text from the context.
 */
export function ChartNoteTexts({ texts, children }: { texts: Readonly<Record<number, string>>; children: ReactNode }) {
  return (
    <NoteTexts value={texts}>
      {children}
      <div hidden>
        {Object.entries(texts).map(([id, text]) => (
          <span key={id} id={noteTextId(Number(id))}>
            {text}
          </span>
        ))}
      </div>
    </NoteTexts>
  )
}
