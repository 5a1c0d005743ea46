import type { RenderResult } from '@/lib/templates/render';

export interface TemplatePreviewProps {
  /** Rendered with `highlightMissing`, so missing variables show as marks. */
  rendered: RenderResult;
  /** Sanitises the HTML (DOMPurify in the page's window) before it is shown. */
  sanitize: (html: string) => string;
  label: string;
  dir?: 'auto' | 'ltr' | 'rtl';
}

/** The template as it will be inserted, filled with the current context; missing variables are highlighted. */
export function TemplatePreview({ rendered, sanitize, label, dir }: TemplatePreviewProps) {
  return (
    <div
      class="rw-tpl-preview"
      role="region"
      aria-label={label}
      dir={dir}
      // The HTML comes from our renderer (every character escaped) and is sanitised again here.
      dangerouslySetInnerHTML={{ __html: sanitize(rendered.html) }}
    />
  );
}
