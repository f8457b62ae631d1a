import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { getTranslator } from "@/lib/i18n/translator.ts";
import type { ComposedReport } from "./compose-report.ts";
import { reportPdfDefinition } from "./pdf-definition.ts";

// The worker is a plain file found from the project root. Next's bundler rewrites any
// `new Worker(…)` it sees into a bundled module id, so the constructor is called through
// Reflect.construct, which it leaves alone; the file must stay the plain file it is.
const WORKER = path.join(process.cwd(), "lib", "report", "pdf-worker.mjs");
const TIMEOUT_MS = 120_000;

type WorkerMessage = { type: "progress"; value: number } | { type: "done"; pdf: Uint8Array };

/**
 * The report as a PDF, laid out in a worker thread so that the server keeps answering
 * other requests meanwhile. `onProgress` receives the share of the drawing done (0–1).
 */
export function renderReportPdf(
  report: ComposedReport,
  onProgress: (share: number) => void = () => {},
): Promise<Buffer> {
  const footer = getTranslator("report.text")("pdfFooter", {
    title: report.title,
    page: "{page}",
    pages: "{pages}",
  });
  const worker: Worker = Reflect.construct(Worker, [
    WORKER,
    { workerData: { definition: reportPdfDefinition(report), footer } },
  ]);
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const timer = setTimeout(() => {
      void worker.terminate();
      settle(() => reject(new Error(`PDF rendering took longer than ${TIMEOUT_MS / 1000} s`)));
    }, TIMEOUT_MS);
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.value);
      else settle(() => resolve(Buffer.from(message.pdf)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    // Any exit before the file arrived, even a clean one, is a failure, never a hang.
    worker.on("exit", (code) =>
      settle(() => reject(new Error(`PDF worker stopped (code ${code}) without a file`))),
    );
  });
}
