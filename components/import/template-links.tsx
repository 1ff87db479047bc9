import { buttonClass } from '@/components/ui/button'

/** Plain download links: the route answers with an attachment, so no script is needed. */
export function TemplateLinks() {
  return (
    <div className="flex flex-wrap gap-2">
      <a href="/api/import/template?format=csv" download className={buttonClass('secondary')}>
        Download CSV template
      </a>
      <a href="/api/import/template?format=xlsx" download className={buttonClass('secondary')}>
        Download XLSX template
      </a>
    </div>
  )
}
