/**
 * `MAX_MESSAGE_CHARS` of @baton/protocol: the longest chat message the relay accepts (UTF-16 units,
 * after trimming). Copied rather than imported because the constant lives beside the zod schemas,
 * which stay off the SDK's default path; test/fit-payload.test.ts keeps the two equal. The elements'
 * composers stop typing at it, and the SDK shortens anything longer before it is sent.
 */
export const MAX_MESSAGE_CHARS = 10_000;
