export * from './ids';
export * from './vocabulary';
export * from './model';
export * from './factories';
export * from './layout';
export * from './migrations';
export * from './document';
export * from './search';
