export * from './vocabulary.js';
export * from './errors.js';
export * from './policy.schema.js';
export * from './message.schema.js';
export * from './summary.schema.js';
export * from './wire/index.js';
