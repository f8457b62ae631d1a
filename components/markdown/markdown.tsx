import ReactMarkdown, { type Components } from "react-markdown";

// Markdown written by facilitators (and anything typed by experts that is shown as
// Markdown) is rendered without raw HTML: `skipHtml` drops it, react-markdown's default
// URL filter removes javascript:/data: links, and links open without a referrer.
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
};

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={["prose-livewith flex flex-col gap-3", className].filter(Boolean).join(" ")}>
      <ReactMarkdown skipHtml components={components}>
        {source}
      </ReactMarkdown>
    </div>
  );
}
