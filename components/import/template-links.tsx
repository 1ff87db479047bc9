import { buttonClass } from '@/components/ui/button'

/**
 * Plain download links: the route answers with an attachment, so no script is needed. The template
 * is for the scope and quarter the page was opened with (the picker's choice).
 */
export function TemplateLinks({ quarter, scope }: { quarter: string; scope: string }) {
  const href = (format: 'csv' | 'xlsx') => `/api/import/template?${new URLSearchParams({ format, quarter, scope }).toString()}`
  return (
    <div className="flex flex-wrap gap-2">
      <a href={href('csv')} download className={buttonClass('secondary')}>
        Download CSV template
      </a>
      <a href={href('xlsx')} download className={buttonClass('secondary')}>
        Download XLSX template
      </a>
    </div>
  )
}
