import { vi } from 'vitest';

/** The library grid's actions as mocks, for tests that render `JourneyGrid`. */
export const gridActions = () => ({
  open: vi.fn(),
  startRename: vi.fn(),
  endRename: vi.fn(),
  duplicate: vi.fn(),
  trash: vi.fn(),
});

/** A journey card's handlers as mocks, for tests that render `JourneyCard`. */
export const cardHandlers = () => ({
  onOpen: vi.fn(),
  onStartRename: vi.fn(),
  onEndRename: vi.fn(),
  onDuplicate: vi.fn(),
  onTrash: vi.fn(),
});
