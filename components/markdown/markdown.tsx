import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Markdown written by facilitators (and anything typed by experts that is shown as
// Markdown) is rendered without raw HTML: `skipHtml` drops it, react-markdown's default
// URL filter removes javascript:/data: links, and links open without a referrer. GitHub
// flavour adds tables (the figures in a between-round summary) and strikethrough.
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank">
      {children}
    </a>
  ),
  img: ({ alt }) => <span>{alt}</span>,
  h1: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h2: ({ children }) => <h3 className="text-lg font-semibold">{children}</h3>,
  h3: ({ children }) => <h4 className="font-semibold">{children}</h4>,
  // A summary's figures table is wider than a phone: it scrolls in its own box, focusable so
  // that a keyboard can scroll it (axe: scrollable-region-focusable), not the whole page.
  table: ({ children }) => (
    <div className="scroll-cue" tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">{children}</table>
    </div>
  ),
  th: ({ children, style }) => (
    <th style={style} className="border-b border-line-strong px-2 py-1 font-semibold">
      {children}
    </th>
  ),
  td: ({ children, style }) => (
    <td style={style} className="border-b border-line px-2 py-1 tabular-nums">
      {children}
    </td>
  ),
  blockquote: ({ children }) => (
    <blockquote className="border-l-4 border-line-strong pl-3 whitespace-pre-line text-ink-muted">
      {children}
    </blockquote>
  ),
};

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={["prose-livewith flex flex-col gap-3", className].filter(Boolean).join(" ")}>
      <ReactMarkdown skipHtml remarkPlugins={[remarkGfm]} components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
