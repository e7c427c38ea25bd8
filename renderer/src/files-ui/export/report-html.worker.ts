/**
 * The Web Worker that builds the report's HTML (report-html.ts): one build per
 * worker, which the window terminates when the build is no longer wanted.
 */
import { serveRequest } from '../../ui/off-thread';
import { reportHtmlFor, type ReportHtmlRequest } from './report-html';

serveRequest<ReportHtmlRequest, string>((request) => reportHtmlFor(request));
