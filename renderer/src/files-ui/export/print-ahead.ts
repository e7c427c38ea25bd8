/**
 * How long the report preview shows, unchanged, before the desktop app prints its document ahead:
 * long enough that a run of changes does not print each one, short enough to be done before most
 * users click Export. Its own module, so the benchmark times the export with the app's delay.
 */
export const PRINT_AHEAD_DELAY_MS = 800;
