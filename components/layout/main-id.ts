/** The id of every page's <main>: the target of the "Skip to content" link that opens each page. */
export const MAIN_ID = 'main'
