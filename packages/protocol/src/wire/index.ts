export * from './common.schema.js';
export * from './ack.schema.js';
export * from './handshake.schema.js';
export * from './escalation.schema.js';
export * from './customer.schema.js';
export * from './agent.schema.js';
export * from './event-maps.js';
export * from './visibility.js';
