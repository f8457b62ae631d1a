// Browsers send a textarea's line breaks as CRLF (the HTML form-submission rules), whatever
// the page showed; text stored by the server, seeded or imported uses LF. Comparing or
// storing the two as they come makes an unchanged text look changed, so everything a form
// sends is brought to LF once, where it enters the server (formDataToObject).

/** CRLF and lone CR become LF. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
