// Lays out and writes the report PDF off the main thread: pdfmake's layout and pdfkit's font
// subsetting are synchronous and CPU-bound, and would otherwise stall every other request
// the server is handling. Plain JavaScript, loaded by path, so it runs the same under Next's
// server, tsx and Vitest without a bundler. It receives a data-only document definition
// (lib/report/pdf-definition.ts) and answers with progress messages and the file.
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";

const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake");

// DejaVu covers Latin, Greek, Cyrillic and the arrows and symbols the report uses; the
// fourteen standard PDF fonts only cover Windows-1252, which would drop many names.
const fontDir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const font = (name) => path.join(fontDir, `${name}.ttf`);
pdfmake.setFonts({
  DejaVuSans: {
    normal: font("DejaVuSans"),
    bold: font("DejaVuSans-Bold"),
    italics: font("DejaVuSans-Oblique"),
    bolditalics: font("DejaVuSans-BoldOblique"),
  },
  DejaVuSansMono: {
    normal: font("DejaVuSansMono"),
    bold: font("DejaVuSansMono-Bold"),
    italics: font("DejaVuSansMono-Oblique"),
    bolditalics: font("DejaVuSansMono-BoldOblique"),
  },
});
// Nothing in a report may make the writer read a file other than the fonts, or fetch a URL.
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === fontDir);
pdfmake.setUrlAccessPolicy(() => false);

let reported = 0;
pdfmake.setProgressCallback((share) => {
  // Rendering calls back once per drawn item; a message per whole percent is plenty.
  const value = Math.floor(share * 100);
  if (value > reported) {
    reported = value;
    parentPort.postMessage({ type: "progress", value: share });
  }
});

const { definition, footer } = workerData;
const FOOTER_STYLE = "pageFooter";
const pdf = await pdfmake
  .createPdf({
    ...definition,
    // A heading never ends a page: it moves to the next one with the text it introduces.
    // (The footer counts among a page's nodes for pdfmake, so it is left out by its style.)
    pageBreakBefore: (node, { getFollowingNodesOnPage }) =>
      Boolean(node.headlineLevel) &&
      getFollowingNodesOnPage().every((next) => next.style === FOOTER_STYLE),
    footer: (page, pages) => ({
      text: footer.replace("{page}", String(page)).replace("{pages}", String(pages)),
      style: FOOTER_STYLE,
      alignment: "center",
      fontSize: 8,
      color: "#475569",
    }),
  })
  .getBuffer();
const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength).slice();
parentPort.postMessage({ type: "done", pdf: bytes }, [bytes.buffer]);
