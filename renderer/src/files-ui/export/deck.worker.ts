/**
 * The Web Worker that builds a PowerPoint deck (deck-off-thread.ts): one deck
 * per worker, which the window terminates on Cancel. The bytes are moved back,
 * not copied.
 */
import { deckFor, type DeckProgress, type DeckRequest } from './deck-off-thread';
import { serveRequest } from '../../ui/off-thread';

serveRequest<DeckRequest, Uint8Array, DeckProgress>(
  (request, progress) => deckFor(request, progress),
  (bytes) => [bytes.buffer as ArrayBuffer],
);
