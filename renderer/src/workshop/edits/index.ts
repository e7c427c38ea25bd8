/**
 * Workshop edits as pure functions over the editor's document state: each
 * returns the row changes it makes (or a human sentence saying why it cannot),
 * so the editor store records every one as a single undoable, autosaved step.
 */
export * from './session';
export * from './note-placement';
export * from './capture';
export * from './note-conversion';
export * from './clusters';
export * from './votes';
export * from './parking';
export * from './result';
