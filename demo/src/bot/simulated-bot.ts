// A scripted stand-in for the host's AI assistant. Deterministic on purpose: the same words always get
// the same reply, confidence and intent, so every demo path (a confident answer, a question it cannot
// answer, a refund it is unsure about, a topic it loops on) can be shown, explained and tested.

/** What the bot says back, and what a real assistant would report alongside it. */
export interface BotReply {
  text: string;
  /** The assistant's confidence in this reply, 0..1. */
  confidence: number;
  /** The intent it recognised; Baton counts loops per intent. */
  intent: string;
}

interface Intent {
  id: string;
  /** Any of these, matched on lowercase text with word boundaries. */
  patterns: RegExp[];
  confidence: number;
  /** Replies in turn for repeated questions; the last one repeats. `{order}` is the order reference. */
  replies: string[];
}

/** Shown as "order reference" when the customer gives none. */
export const DEMO_ORDER = 'BT-20417';

// Order matters: the first intent whose pattern matches wins (refund before returns, promo before billing,
// thanks last).
const INTENTS: readonly Intent[] = [
  {
    id: 'greeting',
    patterns: [/^(hi|hello|hey|good (morning|afternoon|evening)|hola|bonjour|hallo|ciao|olá|ola)\b[\s!.,]*$/],
    confidence: 0.97,
    replies: ['Hi! I’m Nova, Northwind’s assistant. I can help with orders, shipping, returns, sizing and billing.'],
  },
  {
    id: 'promo_code',
    patterns: [/\b(promo|discount|coupon|voucher)\b/, /\bcode\b.*\b(work|invalid|expired|accept)/],
    confidence: 0.74,
    // One answer, every time: this is the topic the assistant loops on.
    replies: [
      'Promo codes are case-sensitive: type the code in capitals, without spaces, on the basket page and press Apply.',
    ],
  },
  {
    id: 'refund',
    patterns: [/\brefund(s|ed)?\b/, /\bmoney back\b/],
    // Inside the review band (0.3 ≤ c < 0.5): held for a teammate when the policy enables review.
    confidence: 0.42,
    replies: [
      'I think order {order} qualifies for a full refund of €89.00 to your original card within 5 business days, but I’m not completely sure about the sale exception.',
    ],
  },
  {
    id: 'order_status',
    patterns: [/\b(where('?s| is) my (order|parcel|package)|track(ing)?|order status|has my order|not arrived|hasn'?t arrived|still waiting)\b/],
    confidence: 0.93,
    replies: [
      'Order {order} left our warehouse yesterday with DHL (tracking JD014600006251). It should arrive on Thursday between 9:00 and 13:00.',
      'The latest scan for {order} is the Leipzig hub this morning; it’s still on track for Thursday.',
    ],
  },
  {
    id: 'returns',
    patterns: [/\b(return(s|ing)?|exchange|send (it )?back|wrong size)\b/],
    confidence: 0.88,
    replies: [
      'You can return anything within 30 days. Open Orders → {order} → Return items, print the free label, and drop the parcel at any DHL point.',
      'Once the parcel is scanned at the drop-off, we email you; exchanges ship the same day.',
    ],
  },
  {
    id: 'shipping',
    patterns: [/\b(shipping|delivery|deliver|ship to|express|next day|how long)\b/],
    confidence: 0.9,
    replies: [
      'Standard delivery is free over €50 and takes 2–4 business days in the EU. Express (next business day) costs €9.90 if you order before 14:00.',
    ],
  },
  {
    id: 'sizing',
    patterns: [/\b(size|sizing|fit|fits|measurements?|true to size)\b/],
    confidence: 0.86,
    replies: [
      'Our jackets run true to size. If you’re between two sizes, take the larger one for layering; the size guide on each product page lists chest and sleeve lengths.',
    ],
  },
  {
    id: 'billing',
    patterns: [/\b(charged|charge|invoice|receipt|payment|card declined|billing|vat)\b/],
    confidence: 0.81,
    replies: [
      'I can see one payment of €89.00 for {order}. A second line on your statement is usually a card pre-authorisation that disappears within 3 days. Your invoice is under Orders → {order} → Invoice.',
    ],
  },
  {
    id: 'account',
    patterns: [/\b(password|log ?in|sign ?in|account|email address)\b/],
    confidence: 0.84,
    replies: ['Use “Forgot password” on the sign-in page; the reset link is valid for 30 minutes. Check your spam folder if it hasn’t arrived.'],
  },
  {
    // Last: "no thanks, I want a refund" is about the refund.
    id: 'thanks',
    patterns: [/\b(thanks|thank you|cheers|great, thanks|perfect)\b/],
    confidence: 0.96,
    replies: ['You’re welcome! Anything else I can help with?'],
  },
];

/** Follow-ups that carry no topic of their own: they continue the previous intent. */
const FOLLOW_UP = /\b(still|again|didn'?t (help|work)|doesn'?t (help|work)|not working|same (thing|problem|error)|tried that|that'?s what i did|it says)\b/;

const FALLBACK: Omit<BotReply, 'text'> = { confidence: 0.18, intent: 'unknown' };
const FALLBACK_REPLIES = [
  'I’m sorry, I don’t have an answer for that yet. I can help with orders, shipping, returns, sizing and billing.',
  'I’m not sure I understood. Could you rephrase it, or ask about an order, a delivery or a return?',
];

const ORDER_REFERENCE = /\b(?:bt-?\d{4,6}|#\d{4,6})\b/i;

export interface SimulatedBot {
  /** The reply to one customer message. */
  reply(customerText: string): BotReply;
  /** Forget the conversation (a new chat). */
  reset(): void;
}

/** A fresh assistant with no memory of earlier conversations. */
export function createSimulatedBot(): SimulatedBot {
  let previousIntent: string | null = null;
  let order = DEMO_ORDER;
  const asked = new Map<string, number>();
  let fallbacks = 0;

  return {
    reply(customerText) {
      const text = customerText.toLowerCase().replaceAll('’', "'").trim();
      const reference = customerText.match(ORDER_REFERENCE)?.[0];
      if (reference) order = reference.toUpperCase().replace(/^#/, 'BT-');

      const intent =
        INTENTS.find((candidate) => candidate.patterns.some((pattern) => pattern.test(text))) ??
        (previousIntent && FOLLOW_UP.test(text) ? INTENTS.find((candidate) => candidate.id === previousIntent) : undefined);

      if (!intent) {
        previousIntent = FALLBACK.intent;
        return { ...FALLBACK, text: FALLBACK_REPLIES[fallbacks++ % FALLBACK_REPLIES.length]! };
      }
      const turn = asked.get(intent.id) ?? 0;
      asked.set(intent.id, turn + 1);
      previousIntent = intent.id;
      const template = intent.replies[Math.min(turn, intent.replies.length - 1)]!;
      return { text: template.replaceAll('{order}', order), confidence: intent.confidence, intent: intent.id };
    },
    reset() {
      previousIntent = null;
      order = DEMO_ORDER;
      asked.clear();
      fallbacks = 0;
    },
  };
}

/** Prompts the demo pages offer as one-click chips, each showing one path through Baton. */
export const SUGGESTED_PROMPTS: ReadonlyArray<{ label: string; text: string; shows: string }> = [
  { label: 'Where is my order?', text: 'Where is my order BT-20417?', shows: 'a confident answer (0.93)' },
  { label: 'Refund question', text: 'Can I get a refund for the jacket I bought in the sale?', shows: 'a reply held for review (0.42)' },
  { label: 'Promo code loop', text: 'My promo code doesn’t work', shows: 'a loop: send “still not working” twice more' },
  { label: 'Store in Lisbon?', text: 'Do you have a store in Lisbon?', shows: 'a question it cannot answer (0.18)' },
  { label: 'Ask for a person', text: 'Can I talk to a real person please?', shows: 'an explicit request' },
  { label: 'Legal topic', text: 'I will contact my lawyer about this order', shows: 'a policy topic (legal)' },
];
