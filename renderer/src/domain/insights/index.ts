/** CX metrics and insights: pure functions over a JourneyDocument. See README.md for every formula. */
export * from './metrics';
export * from './path';
export * from './curve';
export * from './refs';
export * from './format';
export * from './emotion';
export * from './hotspots';
export * from './moments';
export * from './coverage';
export * from './health';
export * from './loyalty';
export * from './heat';
export * from './compare';
export * from './insights';
