// Plain-text mail with its http(s) links made clickable; everything else stays inert text.
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="whitespace-pre-wrap break-words font-mono text-sm">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} rel="noreferrer">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
