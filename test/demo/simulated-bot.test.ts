import { describe, expect, it } from 'vitest';
import { compilePolicy, defaultPolicy, evaluate, initialState, type ConversationState } from '../../packages/core/src/index.js';
import { parsePolicy } from '../../packages/protocol/src/index.js';
import { createSimulatedBot, DEMO_ORDER, SUGGESTED_PROMPTS } from '../../demo/src/bot/simulated-bot.js';

/** Plays customer lines through the bot and Baton's evaluate(), as the storefront does; returns the first decision. */
function converse(lines: string[], policy = compilePolicy(defaultPolicy)) {
  const bot = createSimulatedBot();
  let state: ConversationState = initialState();
  for (const text of lines) {
    let result = evaluate(policy, state, { role: 'customer', text });
    state = result.state;
    if (result.decision) return { decision: result.decision, at: text };
    const reply = bot.reply(text);
    result = evaluate(policy, state, { role: 'bot', text: reply.text, confidence: reply.confidence, intent: reply.intent });
    state = result.state;
    if (result.decision) return { decision: result.decision, at: text };
  }
  return { decision: null, at: null };
}

describe('simulated bot', () => {
  it('answers everyday questions confidently, with an intent and the order reference', () => {
    const bot = createSimulatedBot();
    const order = bot.reply('Where is my order BT-31337?');
    expect(order).toMatchObject({ intent: 'order_status' });
    expect(order.confidence).toBeGreaterThan(0.9);
    expect(order.text).toContain('BT-31337');
    expect(bot.reply('How do I return it?')).toMatchObject({ intent: 'returns' });
    expect(bot.reply('how long does shipping take?')).toMatchObject({ intent: 'shipping' });
    expect(bot.reply('I was charged twice')).toMatchObject({ intent: 'billing' });
    expect(bot.reply('Does it run small? which size?')).toMatchObject({ intent: 'sizing' });
    expect(bot.reply('thanks!')).toMatchObject({ intent: 'thanks' });
  });

  it('uses the demo order when the customer names none', () => {
    expect(createSimulatedBot().reply('has my order shipped? tracking please').text).toContain(DEMO_ORDER);
  });

  it('is deterministic: the same conversation gets the same replies', () => {
    const lines = ['hello', 'where is my order', 'still waiting', 'can I pay in instalments on the moon?'];
    const run = () => {
      const bot = createSimulatedBot();
      return lines.map((l) => bot.reply(l));
    };
    expect(run()).toEqual(run());
  });

  it('cannot answer some questions and says so with a low confidence', () => {
    const reply = createSimulatedBot().reply('Do you have a store in Lisbon?');
    expect(reply.intent).toBe('unknown');
    expect(reply.confidence).toBeLessThan(0.3);
    expect(converse(['Do you have a store in Lisbon?']).decision).toMatchObject({ trigger: 'low_confidence', kind: 'takeover' });
  });

  it('answers refunds inside the review band: a takeover by default, held for review when the policy enables it', () => {
    const reply = createSimulatedBot().reply('Can I get a refund for the jacket?');
    expect(reply.intent).toBe('refund');
    expect(reply.confidence).toBeGreaterThanOrEqual(0.3);
    expect(reply.confidence).toBeLessThan(0.5);
    expect(converse(['Can I get a refund for the jacket?']).decision).toMatchObject({ trigger: 'low_confidence', kind: 'takeover' });
    const withReview = compilePolicy(parsePolicy({ version: 1, review: { enabled: true } }));
    expect(converse(['Can I get a refund for the jacket?'], withReview).decision).toMatchObject({ trigger: 'low_confidence', kind: 'review' });
  });

  it('loops on promo codes: follow-ups keep the same intent and reply until Baton calls it a loop', () => {
    const bot = createSimulatedBot();
    const first = bot.reply('My promo code doesn’t work');
    const second = bot.reply('still not working');
    const third = bot.reply("I did that, it didn't help");
    expect([first.intent, second.intent, third.intent]).toEqual(['promo_code', 'promo_code', 'promo_code']);
    expect(second.text).toBe(first.text);
    expect(first.confidence).toBeGreaterThanOrEqual(0.5);
    const result = converse(['My promo code doesn’t work', 'still not working', "I did that, it didn't help"]);
    expect(result).toMatchObject({ decision: { trigger: 'loop' }, at: "I did that, it didn't help" });
  });

  it('does not carry a topic into an unrelated question', () => {
    const bot = createSimulatedBot();
    bot.reply('My promo code doesn’t work');
    expect(bot.reply('what is the meaning of life').intent).toBe('unknown');
  });

  it('forgets the conversation on reset', () => {
    const bot = createSimulatedBot();
    bot.reply('My promo code doesn’t work');
    bot.reply('where is order BT-99999');
    bot.reset();
    expect(bot.reply('still not working').intent).toBe('unknown');
    expect(bot.reply('where is my order').text).toContain(DEMO_ORDER);
  });

  it('offers suggested prompts that each show the path they promise under the storefront policy', () => {
    const storefront = compilePolicy(parsePolicy({ version: 1, review: { enabled: true } }));
    const outcome = (text: string) => converse([text], storefront).decision;
    const byLabel = new Map(SUGGESTED_PROMPTS.map((p) => [p.label, p.text]));
    expect(outcome(byLabel.get('Where is my order?')!)).toBeNull();
    expect(outcome(byLabel.get('Refund question')!)).toMatchObject({ trigger: 'low_confidence', kind: 'review' });
    expect(outcome(byLabel.get('Store in Lisbon?')!)).toMatchObject({ trigger: 'low_confidence', kind: 'takeover' });
    expect(outcome(byLabel.get('Ask for a person')!)).toMatchObject({ trigger: 'explicit_request' });
    expect(outcome(byLabel.get('Legal topic')!)).toMatchObject({ trigger: 'topic', rule: 'legal' });
    expect(outcome(byLabel.get('Promo code loop')!)).toBeNull();
  });
});
