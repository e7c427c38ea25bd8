/**
 * The Web Worker that lays out a map (run-auto-layout.ts): one layout per worker, which the window
 * terminates on Cancel. ELK is imported first: its bundled build, loaded in a worker, takes over the
 * worker's `onmessage` for its own protocol, and `serveRequest` then takes it back.
 */
import 'elkjs/lib/elk.bundled.js';
import type { JourneyDocument } from '../../domain/model';
import { serveRequest } from '../../ui/off-thread';
import { computeAutoLayout, type LayoutResult } from './auto-layout';

serveRequest<JourneyDocument, LayoutResult>((doc) => computeAutoLayout(doc));
