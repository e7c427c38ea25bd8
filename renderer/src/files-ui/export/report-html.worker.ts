/**
 * The Web Worker that builds the report's HTML (report-html.ts): one build per
 * worker, which the window terminates when the build is no longer wanted.
 */
import { reportHtmlFor, type ReportHtmlReply, type ReportHtmlRequest } from './report-html';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportHtmlRequest>) => void) | null;
  postMessage(message: ReportHtmlReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  let reply: ReportHtmlReply;
  try {
    reply = { kind: 'done', html: reportHtmlFor(event.data) };
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
