/** How each connection kind is drawn: colour plus a dash pattern, so kinds differ without colour too. */
import type { ConnectionKind } from '../../domain/vocabulary';

export interface ConnectionStyle {
  colour: string;
  width: number;
  dash: string | null;
}

export const CONNECTION_STYLES: Record<ConnectionKind, ConnectionStyle> = {
  main: { colour: '#495057', width: 1.8, dash: null },
  alternative: { colour: '#868e96', width: 1.5, dash: '7 4' },
  failure: { colour: '#d32f2f', width: 1.8, dash: '2.5 3' },
  recovery: { colour: '#2f9e44', width: 1.8, dash: '10 3 2.5 3' },
};

export function strokeAttrs(style: ConnectionStyle): string {
  return `stroke="${style.colour}" stroke-width="${style.width}" fill="none" stroke-linecap="round"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}`;
}

export function arrowMarkers(prefix: string): string {
  return (Object.entries(CONNECTION_STYLES) as [ConnectionKind, ConnectionStyle][])
    .map(
      ([kind, s]) =>
        `<marker id="${prefix}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${s.colour}"/></marker>`,
    )
    .join('');
}
